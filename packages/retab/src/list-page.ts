import {
  paginateIdCursor,
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
 * fetchPage: (cursor, o) => readListPage(core, api.GET("/v1/workflows", { params: { query: cursor }, ...requestOptions(o) })),
 * ```
 */
export async function readListPage<Item>(core: RetabCore, call: ListCall<Item>): Promise<IdCursorPage<Item>> {
  const { data: page, response } = await unwrapWithResponse(call, core.unwrap);
  return {
    items: page.data,
    before: page.list_metadata.before,
    after: page.list_metadata.after,
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
 * listByIdCursor(core, { limit: 100 }, {}, (query, o) => api.GET("/v1/workflows", { params: { query }, ...requestOptions(o) }));
 * ```
 */
export function listByIdCursor<Item, Query extends object>(
  core: RetabCore,
  query: Query,
  paging: ListOptions & IdCursor,
  call: (query: Query & IdCursor, o: RequestOptions) => ListCall<Item>,
): Paginator<Item, IdCursor> {
  return paginateIdCursor(
    { fetchPage: (cursor, o) => readListPage(core, call({ ...query, ...cursor }, o)) },
    paging,
  );
}
