import { ConfigurationError, type ApiClient } from "@docrun/core";
import type { paths } from "./generated/schema.js";

/** What every resource module is built from: the typed client and its error-throwing unwrap. */
export interface ClientContext {
  readonly api: ApiClient<paths>["api"];
  /** `data` plus the raw `Response` (pagination needs the response), or the typed `ApiError`. */
  send<T>(
    call: Promise<{ data?: T; error?: unknown; response: Response }>,
  ): Promise<{ data: T; response: Response }>;
}

/**
 * Throws `ConfigurationError` unless `value` is a non-empty string, so a missing id never turns
 * into a request for the wrong URL.
 *
 * @example
 * ```ts
 * requireId("id", runId);
 * ```
 */
export function requireId(name: string, value: unknown): asserts value is string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ConfigurationError(`${name} must be a non-empty string (got ${JSON.stringify(value)})`);
  }
}

/**
 * Throws `ConfigurationError` unless `maxPageSize` is absent or an integer from 1 to 1000
 * (Extend's bounds).
 *
 * @example
 * ```ts
 * requirePageSize(100);
 * ```
 */
export function requirePageSize(maxPageSize: unknown): void {
  if (maxPageSize === undefined) return;
  if (!(Number.isInteger(maxPageSize) && (maxPageSize as number) >= 1 && (maxPageSize as number) <= 1000)) {
    throw new ConfigurationError(
      `maxPageSize must be an integer from 1 to 1000 (got ${String(maxPageSize)})`,
    );
  }
}

/**
 * Splits an options object into the keys in `keys` and the rest.
 *
 * @example
 * ```ts
 * const [filters, rest] = pick({ status: "FAILED", maxItems: 5 }, ["status"]);
 * ```
 */
export function pick<T extends object, K extends keyof T>(
  value: T,
  keys: readonly K[],
): [Pick<T, K>, Omit<T, K>] {
  const picked: Partial<T> = {};
  const rest: Partial<T> = { ...value };
  for (const key of keys) {
    if (value[key] !== undefined) picked[key] = value[key];
    delete rest[key];
  }
  return [picked as Pick<T, K>, rest as Omit<T, K>];
}
