import { randomBytes } from "node:crypto";

/**
 * Default request ids: `req_` + 24 hex digits, a per-emulator random prefix and a counter, so ids
 * are unique across emulators and cost one string per request.
 *
 * @example
 * ```ts
 * const nextId = createRequestIdFactory();
 * nextId(1); // "req_3f9a0c12b4e70000000001"
 * ```
 */
export function createRequestIdFactory(): (sequence: number) => string {
  const prefix = `req_${randomBytes(6).toString("hex")}`;
  return (sequence) => prefix + sequence.toString(16).padStart(12, "0");
}
