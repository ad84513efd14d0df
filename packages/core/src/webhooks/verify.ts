import {
  ConfigurationError,
  WebhookReplayError,
  WebhookSignatureError,
  WebhookTimestampError,
} from "../errors/errors.js";
import type { ReplayStore } from "./replay-store.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

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

/** What `verifyWebhook` checks. */
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

/** Constant-time string comparison (the length of an HMAC is public). */
const equal = (a: string, b: string): boolean => {
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return !diff;
};

/**
 * Verifies a webhook delivery: HMAC-SHA256 over the provider's signed string, compared in constant
 * time; the timestamp within `toleranceSeconds` (default 5 min) and at most `futureSkewSeconds`
 * (default 60 s) ahead; the event id not seen before when a replay store is given. Resolves, or
 * rejects with a `WebhookVerificationError` subclass whose `reason` names the failure.
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
  const { secret, signature, timestamp, toleranceSeconds = 300, futureSkewSeconds = 60 } = input;
  if (!secret) throw new ConfigurationError("verifyWebhook: the webhook secret is empty");
  if (!signature)
    throw new WebhookSignatureError("The webhook signature header is missing", { reason: "missing_signature" });
  let seconds: number | undefined;
  if (timestamp !== undefined) {
    if (!timestamp)
      throw new WebhookTimestampError("The webhook timestamp header is missing", { reason: "missing_timestamp" });
    seconds = /^\d+$/.test(timestamp) ? +timestamp : Date.parse(timestamp) / 1000;
    if (seconds > 1e11) seconds /= 1000; // milliseconds
    if (!(seconds >= 0))
      throw new WebhookTimestampError("The webhook timestamp is not a date", { reason: "malformed_timestamp" });
  }
  const body = typeof input.body == "string" ? input.body : decoder.decode(input.body);
  const expected = await signWebhookPayload(secret, input.signedContent(timestamp ?? undefined, body));
  let ok = false;
  for (const candidate of signature.split(/[\s,]+/))
    ok = equal(candidate.replace(/^[\w.-]*=/, "").toLowerCase(), expected) || ok;
  if (!ok)
    throw new WebhookSignatureError("The webhook signature does not match the body (wrong secret or altered body)", {
      reason: "signature_mismatch",
    });
  if (seconds !== undefined) {
    const age = (input.now ?? Date.now)() / 1000 - seconds;
    if (age > toleranceSeconds)
      throw new WebhookTimestampError(`The webhook is ${Math.round(age)} s old (tolerance ${toleranceSeconds} s)`, {
        reason: "timestamp_too_old",
      });
    if (-age > futureSkewSeconds)
      throw new WebhookTimestampError(`The webhook timestamp is ${Math.round(-age)} s in the future`, {
        reason: "timestamp_in_future",
      });
  }
  if (input.replayStore) {
    if (!input.eventId)
      throw new WebhookReplayError("No event id to check for replays", { reason: "missing_event_id" });
    if (await input.replayStore.seen(input.eventId))
      throw new WebhookReplayError(`Event ${input.eventId} was already delivered (replay)`, { reason: "replayed" });
  }
}
