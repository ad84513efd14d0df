/** Header carrying the Unix-seconds timestamp of a delivery (docrun's scheme). */
export const TIMESTAMP_HEADER = "x-anyformat-timestamp";
/** Header carrying `v1=<hex HMAC-SHA256>` (docrun's scheme). */
export const SIGNATURE_HEADER = "x-anyformat-signature";

const encoder = new TextEncoder();

/**
 * Signs a webhook delivery. AnyFormat issues a per-subscription secret but has not published how
 * deliveries are signed, so docrun uses: `x-anyformat-timestamp: <unix seconds>` and
 * `x-anyformat-signature: v1=<lowercase hex HMAC-SHA256 of "{timestamp}.{body}">`, keyed with the
 * whole secret string. `@docrun/anyformat`'s `webhooks.verify` checks exactly this; both sides can
 * be swapped (`startEmulator({ webhooks: [{ sign }] })`).
 *
 * @example
 * ```ts
 * await signAnyformatWebhook("whsec_…", '{"event":"extraction.completed"}', 1774353750);
 * // { "x-anyformat-timestamp": "1774353750", "x-anyformat-signature": "v1=5257a8…" }
 * ```
 */
export async function signAnyformatWebhook(
  secret: string,
  body: string,
  timestampSeconds: number,
): Promise<Record<string, string>> {
  const timestamp = String(timestampSeconds);
  const key = await globalThis.crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(
    await globalThis.crypto.subtle.sign("HMAC", key, encoder.encode(`${timestamp}.${body}`)),
  );
  let hex = "";
  for (const byte of mac) hex += byte.toString(16).padStart(2, "0");
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: `v1=${hex}` };
}
