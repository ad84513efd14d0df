import {
  ConfigurationError,
  expectShape,
  paginateToken,
  type ResponseShape,
  type ApiClient,
  type DurationModel,
  type ListOptions,
  type Paginator,
  type RequestOptions,
} from "@docrun/core";
import type { paths } from "./generated/schema.js";

/** What every resource module is built from: the typed client and its error-throwing unwrap. */
export interface ClientContext {
  readonly api: ApiClient<paths>["api"];
  /** How long this client's workflows took (per workflow and version): waits place checks by it. */
  readonly durations: DurationModel;
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

/**
 * The fields each helper reads from Extend's answers (checked with core's `expectShape`, so a body
 * of the wrong shape is an `InvalidResponseError` naming the operation, never a `TypeError`).
 * @example `expectShape<WorkflowRun>("Extend workflowRuns.get", data, SHAPES.run);`
 */
export const SHAPES = {
  run: { id: "string", status: "string" },
  withId: { id: "string" },
  batch: { batchId: "string" },
  list: { data: "array", nextPageToken: "string?" },
} as const satisfies Record<string, ResponseShape>;

/**
 * `send`, then core's `expectShape` on the data: the typed data, or `InvalidResponseError` naming
 * `operation` and the field that is missing.
 *
 * @example
 * ```ts
 * const run = await sendChecked(send, "Extend workflowRuns.get", SHAPES.run, api.GET("/workflow_runs/{id}", …));
 * ```
 */
export async function sendChecked<T>(
  send: ClientContext["send"],
  operation: string,
  shape: ResponseShape,
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  return expectShape<T>(`Extend ${operation}`, (await send(call)).data, shape);
}

/** One raw list call of Extend's: `{ data, nextPageToken }` or an error. */
type TokenListCall<Item> = Promise<{
  data?: { data: Item[]; nextPageToken?: string | null | undefined };
  error?: unknown;
  response: Response;
}>;

/**
 * A token `Paginator` over one Extend list endpoint: the keys in `filterKeys` become the query
 * (`maxPageSize` checked first, so a bad size throws before any request), the rest are core's
 * listing options, and `call` sends one page with `nextPageToken` added after the first.
 *
 * @example
 * ```ts
 * listByToken(send, "files.list", options, ["sortDir", "maxPageSize"] as const, (query, o) =>
 *   api.GET("/files", { params: { query }, ...requestOptions(o) }),
 * );
 * ```
 */
export function listByToken<
  Item,
  Options extends ListOptions & { maxPageSize?: number | undefined; startToken?: string | undefined },
  Key extends keyof Options,
>(
  send: ClientContext["send"],
  operation: string,
  options: Options,
  filterKeys: readonly Key[],
  call: (query: Pick<Options, Key> & { nextPageToken?: string }, o: RequestOptions) => TokenListCall<Item>,
): Paginator<Item, string> {
  const [filters, listOptions] = pick(options, filterKeys);
  requirePageSize(options.maxPageSize);
  return paginateToken<Item>(
    {
      async fetchPage(token, o) {
        const query = token === undefined ? filters : { ...filters, nextPageToken: token };
        const { data, response } = await send(call(query, o));
        const page = expectShape<typeof data>(`Extend ${operation}`, data, SHAPES.list);
        return { items: page.data, nextToken: page.nextPageToken, response };
      },
    },
    listOptions,
  );
}
