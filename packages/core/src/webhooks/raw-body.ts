import { ConfigurationError, WebhookVerificationError } from "../errors/errors.js";

/**
 * A webhook request body exactly as received: its text, or its bytes (a Node `Buffer`, a
 * `Uint8Array`, or the `ArrayBuffer` of `await request.arrayBuffer()`). Never re-serialized JSON.
 *
 * @example
 * ```ts
 * const body: WebhookBody = await request.arrayBuffer();
 * ```
 */
export type WebhookBody = string | Uint8Array | ArrayBuffer;

/**
 * One shared UTF-8 encoder for the webhook code. Typed structurally so the published `.d.ts`
 * needs no DOM lib (a consumer with `lib: ["ES2022"]` and `@types/node` has no `TextEncoder` type).
 */
export const encoder: { encode(input?: string): Uint8Array<ArrayBuffer> } = new TextEncoder();

/**
 * The bytes a signature covers: a string's UTF-8, bytes as they are. Bytes are never decoded and
 * re-encoded, which would map different invalid sequences (and a BOM) onto one signed text.
 */
export function webhookBodyBytes(body: WebhookBody): Uint8Array {
  if (typeof body === "string") return encoder.encode(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new ConfigurationError("Webhook body must be the raw request body (string or bytes), unparsed");
}

/**
 * Parses a verified webhook body as JSON. Bytes are read as UTF-8 (an invalid sequence becomes
 * U+FFFD; a leading BOM is kept, so it is not JSON, as RFC 8259 forbids senders to add one).
 * Throws a `WebhookVerificationError` (`reason: "invalid_payload"`) when the body is not JSON.
 *
 * @example
 * ```ts
 * await verifyWebhook({ body, secret, signature, timestamp, signedContent });
 * const event = parseWebhookJson(body);
 * ```
 */
export function parseWebhookJson(body: WebhookBody): unknown {
  const text =
    typeof body === "string"
      ? body
      : new TextDecoder("utf-8", { ignoreBOM: true }).decode(webhookBodyBytes(body));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new WebhookVerificationError("Webhook rejected: invalid payload (not JSON)", {
      reason: "invalid_payload",
    });
  }
}
