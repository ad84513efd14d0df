import { ConfigurationError, type ApiClient, type DurationModel, type ResponseShape } from "@docrun/core";
import type { paths } from "./generated/schema.js";

/** What every resource module is built from: the typed client and its error-throwing unwrap. */
export interface ClientContext {
  readonly api: ApiClient<paths>["api"];
  readonly unwrap: ApiClient<paths>["unwrap"];
  /** How long this client's workflows took: waits place checks by it. */
  readonly durations: DurationModel;
  /** `data` plus the raw `Response` (pagination needs the response), or the typed `ApiError`. */
  send<T>(
    call: Promise<{ data?: T; error?: unknown; response: Response }>,
  ): Promise<{ data: T; response: Response }>;
}

/**
 * The fields each helper reads from AnyFormat's answers (checked with core's `expectShape`, so a
 * body of the wrong shape is an `InvalidResponseError` naming the operation, never a `TypeError`).
 * @example `expectShape<Workflow>("AnyFormat workflows.get", data, SHAPES.workflow);`
 */
export const SHAPES = {
  workflow: { id: "string" },
  run: { id: "string" },
  results: { collection_id: "string" },
  page: { results: "array", count: "number", page_size: "number?" },
} as const satisfies Record<string, ResponseShape>;

/**
 * Throws `ConfigurationError` unless `value` is a non-empty string, so a missing id never becomes a
 * request to the wrong URL.
 *
 * @example
 * ```ts
 * requireId("workflowId", workflowId);
 * ```
 */
export function requireId(name: string, value: unknown): asserts value is string {
  if (typeof value !== "string" || value.trim() === "")
    throw new ConfigurationError(`${name} must be a non-empty string (got ${JSON.stringify(value)})`);
}

/**
 * Throws `ConfigurationError` unless `pageSize` is an integer from 1 to 100 (AnyFormat's bounds).
 *
 * @example
 * ```ts
 * requirePageSize(50);
 * ```
 */
export function requirePageSize(pageSize: unknown): asserts pageSize is number {
  if (!(Number.isInteger(pageSize) && (pageSize as number) >= 1 && (pageSize as number) <= 100)) {
    throw new ConfigurationError(`pageSize must be an integer from 1 to 100 (got ${String(pageSize)})`);
  }
}

/**
 * The `fetch` handed to core's transport: adds the trailing slash AnyFormat requires to any path
 * that lacks one, so no call meets the API's 301 (which would turn a POST into a GET).
 *
 * @example
 * ```ts
 * const fetchWithSlash = withTrailingSlash(options.fetch);
 * ```
 */
export function withTrailingSlash(fetchImpl: typeof fetch | undefined): typeof fetch {
  return (input, init) => {
    const send = fetchImpl ?? globalThis.fetch;
    if (typeof input !== "string" && !(input instanceof URL)) return send(input, init);
    const url = new URL(input);
    if (!url.pathname.endsWith("/")) url.pathname += "/";
    return send(typeof input === "string" ? url.href : url, init);
  };
}
