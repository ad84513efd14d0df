import { verifyWebhookEvent, type ReplayStore, type WebhookBody } from "@docrun/core";
import type { WebhookEvent } from "./types.js";

/**
 * Headers as any server gives them: a `Headers` object or Node's `IncomingHttpHeaders`.
 * @example `await af.webhooks.verify(rawBody, request.headers satisfies HeaderSource, secret);`
 */
export type HeaderSource = Headers | Record<string, string | readonly string[] | undefined>;

/**
 * How deliveries are signed. AnyFormat has not published a scheme; the default is docrun's (the one
 * `@docrun/emulator` uses), and every part can be replaced once AnyFormat documents its own.
 * @example `const scheme: Partial<WebhookScheme> = { signatureHeader: "x-anyformat-signature-v2" };`
 */
export interface WebhookScheme {
  /** Header with the signature (default `x-anyformat-signature`, value `v1=<hex>`). */
  signatureHeader: string;
  /** Header with the Unix-seconds timestamp (default `x-anyformat-timestamp`). */
  timestampHeader: string;
  /**
   * The signed string (default `` `${timestamp}.${body}` ``), as a template: put `body` in exactly
   * once, unchanged (the raw body bytes are HMAC'ed there).
   */
  signedContent(timestamp: string | undefined, body: string): string;
}

/**
 * docrun's AnyFormat webhook scheme: `x-anyformat-signature: v1=<hex HMAC-SHA256 of "{timestamp}.{body}">`.
 * @example `DOCRUN_ANYFORMAT_WEBHOOK_SCHEME.signedContent("1774353750", body); // "1774353750.{…}"`
 */
export const DOCRUN_ANYFORMAT_WEBHOOK_SCHEME: WebhookScheme = {
  signatureHeader: "x-anyformat-signature",
  timestampHeader: "x-anyformat-timestamp",
  signedContent: (timestamp, body) => `${timestamp}.${body}`,
};

/**
 * Options of `webhooks.verify`.
 * @example `await af.webhooks.verify(rawBody, headers, secret, { toleranceSeconds: 600, replayStore: createMemoryReplayStore() });`
 */
export interface VerifyOptions {
  /** Oldest accepted timestamp in whole seconds (default 300). Must be positive; `Infinity` turns the age check off. */
  toleranceSeconds?: number | undefined;
  /** Replace parts of the signing scheme. */
  scheme?: Partial<WebhookScheme> | undefined;
  /**
   * Rejects a delivery seen before. AnyFormat events carry no id, so the key is the signed content
   * (timestamp and body), never the signature header, which a replayer could respell.
   */
  replayStore?: ReplayStore | undefined;
  /** Clock in ms (tests). */
  now?: (() => number) | undefined;
}

function readHeader(headers: HeaderSource, name: string): string | null {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name);
  const record = headers as Record<string, string | readonly string[] | undefined>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return value === undefined ? null : typeof value === "string" ? value : value.join(",");
}

/**
 * Verifies a webhook delivery and returns the parsed event. Checks the HMAC-SHA256 signature over
 * the raw body bytes (constant time, WebCrypto: any runtime), that the timestamp is recent, and
 * optionally that the delivery was not seen before. Pass the raw body exactly as received. Throws
 * core's `WebhookVerificationError` subclasses (`reason` says why; `invalid_payload` for a signed
 * body that is not JSON).
 *
 * @example
 * ```ts
 * const event = await verifyAnyformatWebhook(rawBody, request.headers, process.env.ANYFORMAT_WEBHOOK_SECRET!);
 * if (event.event === "extraction.completed") console.log(event.data.extraction_id);
 * ```
 */
export async function verifyAnyformatWebhook(
  rawBody: WebhookBody,
  headers: HeaderSource,
  secret: string,
  options: VerifyOptions = {},
): Promise<WebhookEvent> {
  const scheme = { ...DOCRUN_ANYFORMAT_WEBHOOK_SCHEME, ...options.scheme };
  const event = await verifyWebhookEvent({
    body: rawBody,
    secret,
    signature: readHeader(headers, scheme.signatureHeader.toLowerCase()),
    timestamp: readHeader(headers, scheme.timestampHeader.toLowerCase()),
    signedContent: scheme.signedContent,
    toleranceSeconds: options.toleranceSeconds,
    replayKey: "signed-content",
    replayStore: options.replayStore,
    now: options.now,
  });
  return event as WebhookEvent;
}
