import { ConfigurationError } from "@docrun/core";

/**
 * Throws `ConfigurationError` (before any request) unless `id` is a non-empty string.
 *
 * @example
 * ```ts
 * requireId("runId", runId);
 * ```
 */
export function requireId(name: string, id: unknown): asserts id is string {
  if (typeof id !== "string" || id.trim() === "")
    throw new ConfigurationError(`${name} must be a non-empty string (got ${JSON.stringify(id)})`);
}

/**
 * Like {@link requireId} for an optional id: absent is fine, an empty string is not (it would be
 * sent as it is: an empty `Idempotency-Key` or `command_id` means nothing to Retab).
 *
 * @example
 * ```ts
 * requireIdIfGiven("idempotencyKey", options.idempotencyKey);
 * ```
 */
export function requireIdIfGiven(name: string, id: unknown): void {
  if (id !== undefined) requireId(name, id);
}

/**
 * Throws `ConfigurationError` unless `limit` is undefined or an integer in `[1, max]`.
 *
 * @example
 * ```ts
 * checkLimit(filters.limit, 100);
 * ```
 */
export function checkLimit(limit: number | undefined, max: number): void {
  if (limit === undefined) return;
  if (!Number.isInteger(limit) || limit < 1 || limit > max)
    throw new ConfigurationError(`limit must be an integer from 1 to ${max} (got ${limit})`);
}

/**
 * Drops `undefined` values so they never reach the query string.
 *
 * @example
 * ```ts
 * definedOnly({ a: 1, b: undefined }); // { a: 1 }
 * ```
 */
export function definedOnly<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
