import {
  ConfigurationError,
  WebhookVerificationError,
  WebhookReplayError,
  WebhookSignatureError,
  WebhookTimestampError,
} from "../errors/errors.js";
import { encoder, webhookBodyBytes, type WebhookBody } from "./raw-body.js";
import type { ReplayStore } from "./replay-store.js";
import { headerHasSignature, type SignatureFormat } from "./signature-header.js";
import { signedBytes } from "./signed-bytes.js";

/**
 * Hex HMAC-SHA256 of `content` keyed with `secret` (WebCrypto: any runtime). A string is signed as
 * its UTF-8 bytes, bytes as they are. Used by the emulator and by users' tests to sign deliveries
 * exactly as the provider does.
 *
 * @example
 * ```ts
 * const signature = await signWebhookPayload(secret, `v0:${timestamp}:${body}`);
 * ```
 */
export function signWebhookPayload(secret: string, content: string | Uint8Array): Promise<string> {
  return hmacHex(secret, typeof content === "string" ? encoder.encode(content) : new Uint8Array(content));
}

async function hmacHex(secret: string, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, bytes));
  return Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * What `verifyWebhook` checks.
 *
 * @example
 * ```ts
 * const input: VerifyWebhookInput = { body, secret, signature, timestamp, signedContent: (t, b) => `v0:${t}:${b}` };
 * ```
 */
export interface VerifyWebhookInput {
  /**
   * The raw request body, exactly as received (not re-serialized JSON). Bytes are HMAC'ed as they
   * are, never decoded first.
   */
  body: WebhookBody;
  secret: string;
  /** The signature header, spelled as `signatureFormat` says. */
  signature: string | null | undefined;
  /**
   * `"list"` (default): hex, optionally `scheme=`-prefixed, several allowed separated by commas or
   * spaces (`sha256=…`, `t=…,v1=…`, rotated secrets); one match suffices. `"hex"`: exactly one hex
   * HMAC, nothing else. Either way the hex may be in either case.
   */
  signatureFormat?: SignatureFormat | undefined;
  /**
   * The timestamp header: unix seconds, decimal digits only. Leave `undefined` for a provider that
   * signs no timestamp; `null` or `""` (a header that is missing) fails.
   */
  timestamp?: string | null | undefined;
  /**
   * The provider's signed string as a template, e.g. `` (t, body) => `v0:${t}:${body}` ``. It must
   * put `body` in exactly once, unchanged: the raw body bytes are HMAC'ed in its place.
   */
  signedContent(timestamp: string | undefined, body: string): string;
  /**
   * Oldest accepted timestamp, in whole seconds (default 300; an event exactly this old passes).
   * Must be positive: `Infinity` turns the age check off (the timestamp is still checked for form
   * and for being in the future).
   */
  toleranceSeconds?: number | undefined;
  /** How far in the future a timestamp may be, in whole seconds (default 60; `0` or more). */
  futureSkewSeconds?: number | undefined;
  /** The event's id: the replay key with `replayKey: "event-id"`. */
  eventId?: string | undefined;
  /**
   * What identifies a delivery for the replay store: `"event-id"` (default) the event's id, or
   * `"signed-content"` the signed timestamp and body (for providers whose events carry no id).
   * Never the signature header, which can be respelled.
   */
  replayKey?: "event-id" | "signed-content" | undefined;
  /** Rejects an event seen before (e.g. `createMemoryReplayStore()`). */
  replayStore?: ReplayStore | undefined;
  /** Clock in ms (tests). */
  now?: (() => number) | undefined;
}

/**
 * Verifies a webhook delivery: HMAC-SHA256 over the provider's signed string with the raw body
 * bytes, compared in constant time; the timestamp at most `toleranceSeconds` old (default 5 min)
 * and at most `futureSkewSeconds` (default 60 s) ahead, in whole seconds; the event not seen
 * before when a replay store is given. Resolves, or rejects with a `WebhookVerificationError`
 * subclass whose `reason` names the failure: `WebhookSignatureError` (`missing_signature`,
 * `signature_mismatch`), `WebhookTimestampError` (`missing_timestamp`, `malformed_timestamp`,
 * `timestamp_too_old`, `timestamp_in_future`), `WebhookReplayError` (`missing_event_id`,
 * `replayed`). Bad options are a `ConfigurationError`.
 *
 * @example
 * ```ts
 * await verifyWebhook({
 *   body: rawBody, secret,
 *   signature: headers.get("x-extend-request-signature"),
 *   signatureFormat: "hex",
 *   timestamp: headers.get("x-extend-request-timestamp"),
 *   signedContent: (t, body) => `v0:${t}:${body}`,
 * });
 * ```
 */
export async function verifyWebhook(input: VerifyWebhookInput): Promise<void> {
  const {
    secret,
    signature,
    signatureFormat = "list",
    timestamp,
    toleranceSeconds = 300,
    futureSkewSeconds = 60,
    eventId,
    replayKey = "event-id",
    replayStore,
  } = input;
  const fail = (Class: typeof WebhookVerificationError, reason: WebhookVerificationError["reason"]) => {
    throw new Class(`Webhook rejected: ${reason.replace(/_/g, " ")}`, { reason });
  };
  if (!secret) throw new ConfigurationError("verifyWebhook: empty secret");
  // A zero tolerance that silently meant "no age check" would turn replay protection off.
  if (!(toleranceSeconds > 0) || !(futureSkewSeconds >= 0)) {
    throw new ConfigurationError(
      `verifyWebhook: toleranceSeconds must be > 0 (Infinity: no age check), futureSkewSeconds ≥ 0; got ${toleranceSeconds}, ${futureSkewSeconds}`,
    );
  }
  const body = webhookBodyBytes(input.body);
  if (!signature) fail(WebhookSignatureError, "missing_signature");
  let seconds = NaN;
  if (timestamp !== undefined) {
    if (!timestamp) fail(WebhookTimestampError, "missing_timestamp");
    if (!/^\d+$/.test(timestamp!)) fail(WebhookTimestampError, "malformed_timestamp");
    seconds = Number(timestamp);
  }
  const signed = signedBytes(input.signedContent, timestamp ?? undefined, body);
  const expected = await hmacHex(secret, signed);
  if (!headerHasSignature(signature!, expected, signatureFormat))
    fail(WebhookSignatureError, "signature_mismatch");
  // Whole seconds, as providers' own verifiers count: an event exactly `toleranceSeconds` old passes.
  const age = Math.floor((input.now ?? Date.now)() / 1000) - seconds;
  if (age > toleranceSeconds) fail(WebhookTimestampError, "timestamp_too_old");
  if (-age > futureSkewSeconds) fail(WebhookTimestampError, "timestamp_in_future");
  if (replayStore) {
    // The HMAC we computed names the signed content however the header was spelled.
    const key = replayKey === "signed-content" ? `signed:${expected}` : eventId;
    if (!key) fail(WebhookReplayError, "missing_event_id");
    if (await replayStore.seen(key!)) fail(WebhookReplayError, "replayed");
  }
}
