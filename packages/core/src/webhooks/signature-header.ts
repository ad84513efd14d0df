/**
 * How a signature header is spelled. `"list"`: one or more hex HMACs separated by commas or
 * spaces, each optionally `scheme=`-prefixed (`sha256=…`, `t=…,v1=…`, rotated secrets), one match
 * suffices. `"hex"`: exactly one hex HMAC and nothing else (Extend's header).
 *
 * @example
 * ```ts
 * const format: SignatureFormat = "hex";
 * ```
 */
export type SignatureFormat = "list" | "hex";

/**
 * Whether `header` carries `expected` (lowercase hex), in either case. Each candidate is compared
 * in constant time (every character is read whichever one differs; an HMAC's length is public).
 */
export function headerHasSignature(header: string, expected: string, format: SignatureFormat): boolean {
  const candidates = format === "hex" ? [header] : header.split(/[\s,]+/);
  let ok = 0;
  for (const candidate of candidates) {
    const hex = (format === "hex" ? candidate : candidate.replace(/^[\w.-]*=/, "")).toLowerCase();
    let diff = hex.length ^ expected.length;
    for (let i = 0; i < expected.length; i++) diff |= hex.charCodeAt(i) ^ expected.charCodeAt(i);
    ok |= +!diff;
  }
  return ok === 1;
}
