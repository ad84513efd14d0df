import { ConfigurationError } from "../errors/errors.js";
import { encoder } from "./raw-body.js";

// Stands for the body in the template. Only the (digits-only) timestamp reaches the template
// besides it, so no sender can smuggle this in.
const BODY = "\u0000docrun:body\u0000";

/**
 * The bytes a provider signs, built from its `signedContent` template and the raw body bytes.
 * `signedContent` is called with a placeholder for the body and the raw bytes are spliced in its
 * place, so every `(t, body) => \`v0:${t}:${body}\``-style scheme HMACs the body
 * byte for byte, whether it arrived as text or as bytes.
 */
export function signedBytes(
  signedContent: (timestamp: string | undefined, body: string) => string,
  timestamp: string | undefined,
  body: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const [head, tail, extra] = signedContent(timestamp, BODY).split(BODY);
  if (tail === undefined || extra !== undefined) {
    throw new ConfigurationError("verifyWebhook: signedContent must use the body once, unchanged");
  }
  const before = encoder.encode(head);
  const after = encoder.encode(tail);
  const bytes = new Uint8Array(before.length + body.length + after.length);
  bytes.set(before);
  bytes.set(body, before.length);
  bytes.set(after, before.length + body.length);
  return bytes;
}
