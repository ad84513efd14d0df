import type { ApiClient } from "@docrun/core";
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

/**
 * Turns one list call into an id-cursor page: throws the typed error for a non-2xx answer,
 * else returns items, boundary cursors and the raw response.
 *
 * @example
 * ```ts
 * fetchPage: (cursor, o) => readListPage(core, api.GET("/v1/workflows", { params: { query: cursor }, ...requestOptions(o) })),
 * ```
 */
export async function readListPage<Item>(
  core: RetabCore,
  call: Promise<{
    data?: { data: Item[]; list_metadata: { before: string | null; after: string | null } };
    error?: unknown;
    response: Response;
  }>,
): Promise<IdCursorPage<Item>> {
  const result = await call;
  const page = await core.unwrap(Promise.resolve(result));
  return {
    items: page.data,
    before: page.list_metadata.before,
    after: page.list_metadata.after,
    response: result.response,
  };
}
