import { ConfigurationError } from "../errors/errors.js";

const encoder = new TextEncoder();

/**
 * The bytes a provider signs, built from its `signedContent` template and the raw body bytes.
 * `signedContent` is called with an unguessable placeholder for the body and the raw bytes are
 * spliced in its place, so every `(t, body) => \`v0:${t}:${body}\``-style scheme HMACs the body
 * byte for byte, whether it arrived as text or as bytes.
 */
export function signedBytes(
  signedContent: (timestamp: string | undefined, body: string) => string,
  timestamp: string | undefined,
  body: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const token = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16)).join("");
  const placeholder = `\u0000docrun-body-${token}\u0000`;
  const parts = signedContent(timestamp, placeholder).split(placeholder);
  if (parts.length !== 2) {
    throw new ConfigurationError(
      "verifyWebhook: signedContent must put the body into the signed string exactly once, unchanged",
    );
  }
  const before = encoder.encode(parts[0]);
  const after = encoder.encode(parts[1]);
  const bytes = new Uint8Array(before.length + body.length + after.length);
  bytes.set(before);
  bytes.set(body, before.length);
  bytes.set(after, before.length + body.length);
  return bytes;
}
