import { ConfigurationError, InvalidResponseError, PaginationError } from "../errors/errors.js";
import type { RequestOptions } from "../client/create-api-client.js";
import { Paginator, type ItemKey, type ListOptions, type RawPage } from "./paginator.js";
import { checkListingOptions, iterationBudget, onPageSignal } from "./budget.js";

// A cursor the server sent: a string, or nothing (any other JSON would be followed as garbage).
function cursorOf(value: unknown, field: string, page: number): string | null {
  if (value == null || value === "") return null;
  if (typeof value == "string") return value;
  throw new InvalidResponseError(`Listing page ${page}: \`${field}\` is not a string`);
}

/**
 * Follows `next` cursors one page at a time, refusing to loop: a cursor seen before ends in
 * `PaginationError` (pages that bring nothing new are the paginator's `STALLED_PAGES` guard).
 */
async function* walk<Item, Cursor>(
  fetchPage: (cursor: Cursor | undefined, o: RequestOptions, n: number) => Promise<RawPage<Item, Cursor>>,
  cursor: Cursor | undefined,
  key: (cursor: Cursor) => string,
  options: ListOptions,
): AsyncGenerator<RawPage<Item, Cursor>> {
  const next = iterationBudget(options);
  const seen = new Set(cursor == null ? [] : [key(cursor)]);
  for (let n = 1; ; n++) {
    const o = next();
    const page = await onPageSignal(o.signal, (signal) => fetchPage(cursor, { ...o, signal }, n));
    if (page.next != null) {
      const k = key(page.next);
      if (seen.has(k)) throw new PaginationError(`Page ${n}: cursor ${k} repeats (a loop)`, { page: n });
      seen.add(k);
    }
    yield page;
    if (page.next == null) return;
    cursor = page.next;
  }
}

/**
 * What a page-number endpoint (`page`, `page_size` → `count`, items) returns to the paginator.
 *
 * @example
 * ```ts
 * const result: PageNumberResult<Run> = { items: data.results, count: data.count, pageSize: data.page_size, response };
 * ```
 */
export interface PageNumberResult<Item> {
  items: Item[];
  /** Total number of items in the listing, as the server reports it. */
  count: number;
  response: Response;
  /** The page size the server applied, if it reports one (servers may cap the requested size). */
  pageSize?: number | undefined;
  requestId?: string | undefined;
}

/**
 * Page-number pagination with a total count (AnyFormat: `page`, `page_size` → `{ count, results }`).
 * With `concurrency: n`, once the first page told the count, up to n pages are fetched at once; items
 * still come in order and at most n pages are held. `nextCursor` is the next page number;
 * `startPage` resumes. A page shorter than the page size while the count promises more, more items
 * than the count, or a count that changes from one page to the next (a listing that moves or never
 * ends) is a `PaginationError`.
 *
 * @example
 * ```ts
 * list = (id: string, o: ListOptions & { concurrency?: number; startPage?: number } = {}) =>
 *   paginatePageNumber({ pageSize: 100, fetchPage: async (page, page_size, ro) => {
 *     const { data, response } = await unwrapped(api.GET("/v2/workflows/{id}/runs/", {
 *       params: { path: { id }, query: { page, page_size } }, ...requestOptions(ro) }));
 *     return { items: data.results, count: data.count, pageSize: data.page_size, response };
 *   } }, o);
 * ```
 */
export function paginatePageNumber<Item>(
  adapter: {
    fetchPage(page: number, pageSize: number, o: RequestOptions): Promise<PageNumberResult<Item>>;
    pageSize: number;
    /** An item's identity for dropping repeats (default: its `id`). */
    itemKey?: ItemKey<Item> | undefined;
  },
  options: ListOptions & { concurrency?: number | undefined; startPage?: number | undefined } = {},
): Paginator<Item, number> {
  const { signal, concurrency = 1, startPage = 1 } = options;
  checkListingOptions(options);
  if (!(Number.isInteger(concurrency) && concurrency > 0))
    throw new ConfigurationError(`concurrency must be an integer >= 1 (got ${concurrency})`);
  if (!(Number.isInteger(startPage) && startPage > 0))
    throw new ConfigurationError(`startPage must be an integer >= 1 (got ${startPage})`);
  return new Paginator(
    async function* () {
      const queue: { page: number; result: Promise<PageNumberResult<Item>>; controller: AbortController }[] =
        [];
      const budget = iterationBudget(options);
      let next = startPage;
      let last = Infinity;
      let total: number | undefined;
      try {
        for (;;) {
          budget();
          // Read ahead only once the count is known, and never past the last page.
          while (queue.length < (last == Infinity ? 1 : concurrency) && next <= last) {
            const controller = new AbortController();
            const onAbort = () => controller.abort(signal!.reason);
            signal?.addEventListener("abort", onAbort);
            // Removed however the page ends, so a long-lived signal collects no listeners.
            const release = () => signal?.removeEventListener("abort", onAbort);
            const page = next++;
            const result = adapter.fetchPage(page, adapter.pageSize, {
              ...budget(),
              signal: controller.signal,
            });
            result.then(release, release);
            queue.push({ page, result, controller });
          }
          const head = queue.shift();
          if (!head) return;
          const { items, count, response, requestId, pageSize = adapter.pageSize } = await head.result;
          const { page } = head;
          if (!(Number.isFinite(count) && Number.isFinite(pageSize) && pageSize > 0))
            throw new InvalidResponseError(`Listing page ${page}: count or page size is not a number`);
          if (total !== undefined && count !== total)
            throw new PaginationError(`Page ${page}: count changed from ${total} to ${count}`, { page });
          total = count;
          const before = (page - 1) * pageSize;
          last = Math.ceil(count / pageSize);
          const more = page < last;
          // The count lies: more items than it says, or a short page while it promises more.
          if (!(count >= 0) || before + items.length > count || (more && items.length < pageSize))
            throw new PaginationError(
              `Page ${page}: ${items.length} items of ${pageSize} contradict count ${count}`,
              {
                page,
              },
            );
          yield { items, next: more ? page + 1 : null, response, requestId };
          if (!more) return;
        }
      } finally {
        for (const { controller } of queue) controller.abort();
      }
    },
    options,
    adapter.itemKey,
  );
}

/**
 * Opaque-token pagination (Extend: `nextPageToken` in, `nextPageToken` out). `nextCursor` is the
 * token; `startToken` resumes.
 *
 * @example
 * ```ts
 * paginateToken({ fetchPage: async (nextPageToken, ro) => {
 *   const { data, response } = … api.GET("/workflow_runs", { params: { query: { nextPageToken } }, … });
 *   return { items: data.data, nextToken: data.nextPageToken, response };
 * } }, o);
 * ```
 */
export function paginateToken<Item>(
  adapter: {
    fetchPage(
      token: string | undefined,
      o: RequestOptions,
    ): Promise<{
      items: Item[];
      nextToken: string | null | undefined;
      response: Response;
      requestId?: string | undefined;
    }>;
    /** An item's identity for dropping repeats (default: its `id`). */
    itemKey?: ItemKey<Item> | undefined;
  },
  options: ListOptions & { startToken?: string | undefined } = {},
): Paginator<Item, string> {
  checkListingOptions(options);
  return new Paginator(
    () =>
      walk(
        async (token: string | undefined, o, n) => {
          const page = await adapter.fetchPage(token, o);
          return { ...page, next: cursorOf(page.nextToken, "nextToken", n) };
        },
        options.startToken,
        String,
        options,
      ),
    options,
    adapter.itemKey,
  );
}

/**
 * An id cursor: page after (forward) or before (backward) an item id.
 *
 * @example
 * ```ts
 * const resumeFrom: IdCursor = { after: "run_123" };
 * ```
 */
export type IdCursor = { before?: string; after?: string };

/**
 * Id-cursor pagination in both directions (Retab: `before`/`after` → `list_metadata`). Forward by
 * default (following `after`); starting with `before` walks backward (following `before`).
 * `nextCursor` is `{ after }` or `{ before }`; pass it back to resume.
 *
 * @example
 * ```ts
 * paginateIdCursor({ fetchPage: async (cursor, ro) => {
 *   const { data, response } = … api.GET("/v1/workflows/runs", { params: { query: { ...cursor, limit: 100 } }, … });
 *   return { items: data.data, ...data.list_metadata, response };
 * } }, { after: savedCursor });
 * ```
 */
export function paginateIdCursor<Item>(
  adapter: {
    fetchPage(
      cursor: { before?: string; after?: string },
      o: RequestOptions,
    ): Promise<{
      items: Item[];
      before: string | null | undefined;
      after: string | null | undefined;
      response: Response;
      requestId?: string | undefined;
    }>;
    /** An item's identity for dropping repeats (default: its `id`). */
    itemKey?: ItemKey<Item> | undefined;
  },
  options: ListOptions & { before?: string | undefined; after?: string | undefined } = {},
): Paginator<Item, IdCursor> {
  checkListingOptions(options);
  const { before, after } = options;
  const back = before != null;
  const start: IdCursor | undefined = back ? { before } : after != null ? { after } : undefined;
  return new Paginator(
    () =>
      walk(
        async (cursor: IdCursor | undefined, o, n) => {
          const page = await adapter.fetchPage(cursor ?? {}, o);
          const id = back ? cursorOf(page.before, "before", n) : cursorOf(page.after, "after", n);
          return { ...page, next: id ? (back ? { before: id } : { after: id }) : null };
        },
        start,
        (c) => c.before ?? c.after!,
        options,
      ),
    options,
    adapter.itemKey,
  );
}
