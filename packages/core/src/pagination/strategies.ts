import { ConfigurationError, PaginationError } from "../errors/errors.js";
import { abortError } from "../poll/clock.js";
import type { RequestOptions } from "../client/create-api-client.js";
import { Paginator, type ListOptions, type RawPage } from "./paginator.js";

const noop = () => {};

/**
 * Follows `next` cursors one page at a time, refusing to loop: a cursor seen before, or an empty
 * page that claims a next one, ends in `PaginationError`.
 */
async function* walk<Item, Cursor>(
  fetchPage: (cursor: Cursor | undefined, o: RequestOptions) => Promise<RawPage<Item, Cursor>>,
  cursor: Cursor | undefined,
  key: (cursor: Cursor) => string,
  { signal, timeoutMs, maxRetries, headers }: ListOptions,
): AsyncGenerator<RawPage<Item, Cursor>> {
  const seen = new Set(cursor == null ? [] : [key(cursor)]);
  for (let n = 1; ; n++) {
    if (signal?.aborted) throw abortError(signal);
    const page = await fetchPage(cursor, { signal, timeoutMs, maxRetries, headers });
    if (page.next != null) {
      const k = key(page.next);
      if (seen.has(k)) throw new PaginationError(`Page ${n}: cursor ${k} repeats (a loop)`, { page: n });
      if (!page.items.length) throw new PaginationError(`Page ${n}: empty but claims more`, { page: n });
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
 * `startPage` resumes. A page shorter than the page size while the count promises more, or more items
 * than the count, is a `PaginationError`.
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
  },
  options: ListOptions & { concurrency?: number | undefined; startPage?: number | undefined } = {},
): Paginator<Item, number> {
  const { signal, timeoutMs, maxRetries, headers, concurrency = 1, startPage = 1 } = options;
  if (!(Number.isInteger(concurrency) && concurrency > 0))
    throw new ConfigurationError(`concurrency must be an integer >= 1 (got ${concurrency})`);
  if (!(Number.isInteger(startPage) && startPage > 0))
    throw new ConfigurationError(`startPage must be an integer >= 1 (got ${startPage})`);
  return new Paginator(async function* () {
    const queue: { page: number; result: Promise<PageNumberResult<Item>>; controller: AbortController }[] =
      [];
    let next = startPage;
    let last = Infinity;
    try {
      for (;;) {
        if (signal?.aborted) throw abortError(signal);
        // Read ahead only once the count is known, and never past the last page.
        while (queue.length < (last == Infinity ? 1 : concurrency) && next <= last) {
          const controller = new AbortController();
          const onAbort = () => controller.abort(signal!.reason);
          signal?.addEventListener("abort", onAbort);
          const page = next++;
          const result = adapter.fetchPage(page, adapter.pageSize, {
            signal: controller.signal,
            timeoutMs,
            maxRetries,
            headers,
          });
          result.then(() => signal?.removeEventListener("abort", onAbort), noop);
          queue.push({ page, result, controller });
        }
        const head = queue.shift();
        if (!head) return;
        const { items, count, response, requestId, pageSize = adapter.pageSize } = await head.result;
        const { page } = head;
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
        // The count shrank under a read-ahead: a page past the end carries nothing to yield.
        if (items.length || page == startPage)
          yield { items, next: more ? page + 1 : null, response, requestId };
        if (!more) return;
      }
    } finally {
      for (const { controller } of queue) controller.abort();
    }
  }, options);
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
  },
  options: ListOptions & { startToken?: string | undefined } = {},
): Paginator<Item, string> {
  return new Paginator(
    () =>
      walk(
        async (token: string | undefined, o) => {
          const page = await adapter.fetchPage(token, o);
          return { ...page, next: page.nextToken || null };
        },
        options.startToken,
        String,
        options,
      ),
    options,
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
  },
  options: ListOptions & { before?: string | undefined; after?: string | undefined } = {},
): Paginator<Item, IdCursor> {
  const { before, after } = options;
  const back = before != null;
  const start: IdCursor | undefined = back ? { before } : after != null ? { after } : undefined;
  return new Paginator(
    () =>
      walk(
        async (cursor: IdCursor | undefined, o) => {
          const page = await adapter.fetchPage(cursor ?? {}, o);
          const id = back ? page.before : page.after;
          return { ...page, next: id ? (back ? { before: id } : { after: id }) : null };
        },
        start,
        (c) => c.before ?? c.after!,
        options,
      ),
    options,
  );
}
