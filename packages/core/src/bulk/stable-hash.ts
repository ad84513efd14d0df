/**
 * A 64-bit FNV-1a hash of a string as 16 hex digits: the same on every machine and runtime, so
 * it can name an input in an idempotency key and split inputs between shards.
 *
 * @example `stableHash("invoices/0001.pdf"); // "a3f1…" (16 hex digits)`
 */
export function stableHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}
