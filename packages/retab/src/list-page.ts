import {
  expectShape,
  paginateIdCursor,
  type ItemKey,
  type ResponseShape,
  type ApiClient,
  type IdCursor,
  type ListOptions,
  type Paginator,
  type RequestOptions,
  unwrapWithResponse,
} from "@docrun/core";
import { checkLimit, definedOnly } from "./checks.js";
import type { paths } from "./generated/schema.js";

/** The part of core's client every resource uses. */
export type RetabCore = Pick<ApiClient<paths>, "api" | "unwrap">;

/**
 * The fields each helper reads from Retab's answers (checked with core's `expectShape`, so a body
 * of the wrong shape is an `InvalidResponseError` naming the operation, never a `TypeError`).
 * @example `expectShape<WorkflowRun>("Retab workflowRuns.get", data, SHAPES.run);`
 */
export const SHAPES = {
  run: { id: "string", "lifecycle.status": "string" },
  withId: { id: "string" },
  step: { step_id: "string", block_id: "string", handle_outputs: "object?" },
  cancel: {
    run: "object",
    "run.id": "string",
    cancellation_status: "string?",
    redis_available: "boolean?",
  },
  uploadStarted: {
    fileId: "string",
    uploadUrl: "string",
    uploadMethod: "string?",
    uploadHeaders: "object?",
  },
  mimeData: { filename: "string", url: "string" },
  list: {
    data: "array",
    list_metadata: "object",
    "list_metadata.before": "string?",
    "list_metadata.after": "string?",
  },
} as const satisfies Record<string, ResponseShape>;

/**
 * `unwrap`, then core's `expectShape`: the typed data, or `InvalidResponseError` naming
 * `operation` and the field that is missing.
 *
 * @example
 * ```ts
 * const run = await unwrapChecked(core, "workflowRuns.get", SHAPES.run, api.GET("/v1/workflows/runs/{run_id}", …));
 * ```
 */
export async function unwrapChecked<T>(
  core: RetabCore,
  operation: string,
  shape: ResponseShape,
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  return expectShape<T>(`Retab ${operation}`, await core.unwrap(call), shape);
}

/** What core's `paginateIdCursor` wants from one page. */
export interface IdCursorPage<Item> {
  items: Item[];
  before: string | null;
  after: string | null;
  response: Response;
}

/** One raw list call of Retab's: `{ data, list_metadata }` or an error. */
export type ListCall<Item> = Promise<{
  data?: { data: Item[]; list_metadata: { before: string | null; after: string | null } };
  error?: unknown;
  response: Response;
}>;

/**
 * Turns one list call into an id-cursor page: throws the typed error for a non-2xx answer,
 * else returns items, boundary cursors and the raw response.
 *
 * @example
 * ```ts
 * fetchPage: (cursor, o) => readListPage(core, "workflows.list", api.GET("/v1/workflows", { params: { query: cursor }, ...requestOptions(o) })),
 * ```
 */
export async function readListPage<Item>(
  core: RetabCore,
  operation: string,
  call: ListCall<Item>,
): Promise<IdCursorPage<Item>> {
  const { data, response } = await unwrapWithResponse(call, core.unwrap);
  const page = expectShape<typeof data>(`Retab ${operation}`, data, SHAPES.list);
  return {
    items: page.data,
    before: page.list_metadata.before ?? null,
    after: page.list_metadata.after ?? null,
    response,
  };
}

type PagingKey = keyof ListOptions | keyof IdCursor;

/**
 * Splits a Retab `list` options object into its query filters (with `limit` checked against
 * `maxLimit`) and the paging options core's paginator takes.
 *
 * @example
 * ```ts
 * const [filters, paging] = splitListOptions({ status: "error", limit: 50, maxItems: 200 }, 100);
 * ```
 */
export function splitListOptions<T extends ListOptions & IdCursor & { limit?: number | undefined }>(
  options: T,
  maxLimit: number,
): [Omit<T, PagingKey>, ListOptions & IdCursor] {
  const {
    maxItems,
    maxPages,
    signal,
    timeoutMs,
    deadlineMs,
    maxRetries,
    headers,
    onResponse,
    before,
    after,
    ...filters
  } = options;
  checkLimit(filters.limit, maxLimit);
  return [
    filters,
    definedOnly({
      maxItems,
      maxPages,
      signal,
      timeoutMs,
      deadlineMs,
      maxRetries,
      headers,
      onResponse,
      before,
      after,
    }),
  ];
}

/**
 * An id-cursor `Paginator` over one Retab list endpoint: `call` sends one page's query (the
 * filters plus `before`/`after`) and core's paginator does the walking.
 *
 * @example
 * ```ts
 * listByIdCursor(core, "workflows.list", { limit: 100 }, {}, (query, o) => api.GET("/v1/workflows", { params: { query }, ...requestOptions(o) }));
 * ```
 */
export function listByIdCursor<Item, Query extends object>(
  core: RetabCore,
  operation: string,
  query: Query,
  paging: ListOptions & IdCursor,
  call: (query: Query & IdCursor, o: RequestOptions) => ListCall<Item>,
  itemKey?: ItemKey<Item>,
): Paginator<Item, IdCursor> {
  return paginateIdCursor(
    { fetchPage: (cursor, o) => readListPage(core, operation, call({ ...query, ...cursor }, o)), itemKey },
    paging,
  );
}
