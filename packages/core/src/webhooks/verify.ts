import {
  ConfigurationError,
  WebhookVerificationError,
  WebhookReplayError,
  WebhookSignatureError,
  WebhookTimestampError,
} from "../errors/errors.js";
import type { ReplayStore } from "./replay-store.js";

const encoder = new TextEncoder();

/**
 * Hex HMAC-SHA256 of `content` keyed with `secret` (WebCrypto: any runtime). Used by the emulator
 * and by users' tests to sign deliveries exactly as the provider does.
 *
 * @example
 * ```ts
 * const signature = await signWebhookPayload(secret, `v0:${timestamp}:${body}`);
 * ```
 */
export async function signWebhookPayload(secret: string, content: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(content)));
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
  /** The raw request body, exactly as received (not re-serialized JSON). */
  body: string | Uint8Array;
  secret: string;
  /**
   * The signature header: hex, optionally `scheme=`-prefixed, several allowed separated by commas or
   * spaces (`sha256=…`, `t=…,v1=…`, rotated secrets); one match suffices.
   */
  signature: string | null | undefined;
  /**
   * The timestamp header (unix seconds or ms, or an ISO date). Leave `undefined` for a provider
   * that signs no timestamp; `null` or `""` (a header that is missing) fails.
   */
  timestamp?: string | null | undefined;
  /** The provider's signed string, e.g. `` (t, body) => `v0:${t}:${body}` ``. */
  signedContent(timestamp: string | undefined, body: string): string;
  /** Oldest accepted timestamp, in seconds (default 300). */
  toleranceSeconds?: number | undefined;
  /** How far in the future a timestamp may be, in seconds (default 60). */
  futureSkewSeconds?: number | undefined;
  /** The event's id, for replay rejection. */
  eventId?: string | undefined;
  /** Rejects an event id seen before (e.g. `createMemoryReplayStore()`). */
  replayStore?: ReplayStore | undefined;
  /** Clock in ms (tests). */
  now?: (() => number) | undefined;
}

/**
 * Verifies a webhook delivery: HMAC-SHA256 over the provider's signed string, compared in constant
 * time; the timestamp within `toleranceSeconds` (default 5 min) and at most `futureSkewSeconds`
 * (default 60 s) ahead; the event id not seen before when a replay store is given. Resolves, or
 * rejects with a `WebhookVerificationError` subclass whose `reason` names the failure:
 * `WebhookSignatureError` (`missing_signature`, `signature_mismatch`), `WebhookTimestampError`
 * (`missing_timestamp`, `malformed_timestamp`, `timestamp_too_old`, `timestamp_in_future`),
 * `WebhookReplayError` (`missing_event_id`, `replayed`).
 *
 * @example
 * ```ts
 * await verifyWebhook({
 *   body: rawBody, secret,
 *   signature: headers.get("x-extend-request-signature"),
 *   timestamp: headers.get("x-extend-request-timestamp"),
 *   signedContent: (t, body) => `v0:${t}:${body}`,
 * });
 * ```
 */
export async function verifyWebhook(input: VerifyWebhookInput): Promise<void> {
  const {
    secret,
    signature,
    timestamp,
    toleranceSeconds = 300,
    futureSkewSeconds = 60,
    eventId,
    replayStore,
  } = input;
  const fail = (Class: typeof WebhookVerificationError, reason: WebhookVerificationError["reason"]) => {
    throw new Class(`Webhook rejected: ${reason.replace(/_/g, " ")}`, { reason });
  };
  if (!secret) throw new ConfigurationError("verifyWebhook: empty secret");
  if (!signature) fail(WebhookSignatureError, "missing_signature");
  let seconds = NaN;
  if (timestamp !== undefined) {
    if (!timestamp) fail(WebhookTimestampError, "missing_timestamp");
    seconds = /^\d+$/.test(timestamp!) ? +timestamp! : Date.parse(timestamp!) / 1000;
    if (seconds > 1e11) seconds /= 1000; // milliseconds
    if (!(seconds >= 0)) fail(WebhookTimestampError, "malformed_timestamp");
  }
  const body = typeof input.body == "string" ? input.body : new TextDecoder().decode(input.body);
  const expected = await signWebhookPayload(secret, input.signedContent(timestamp ?? undefined, body));
  // Constant time per candidate (an HMAC's length is public); one match among several suffices.
  let ok = 0;
  for (const candidate of signature!.split(/[\s,]+/)) {
    const hex = candidate.replace(/^[\w.-]*=/, "").toLowerCase();
    let diff = hex.length ^ 64;
    for (let i = 0; i < 64; i++) diff |= hex.charCodeAt(i) ^ expected.charCodeAt(i);
    ok |= +!diff;
  }
  if (!ok) fail(WebhookSignatureError, "signature_mismatch");
  const age = (input.now ?? Date.now)() / 1000 - seconds;
  if (age > toleranceSeconds) fail(WebhookTimestampError, "timestamp_too_old");
  if (-age > futureSkewSeconds) fail(WebhookTimestampError, "timestamp_in_future");
  if (replayStore) {
    if (!eventId) fail(WebhookReplayError, "missing_event_id");
    if (await replayStore.seen(eventId!)) fail(WebhookReplayError, "replayed");
  }
}
