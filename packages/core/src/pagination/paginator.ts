import { PaginationError } from "../errors/errors.js";
import { requestIdOf } from "../client/transport.js";
import type { RequestOptions } from "../client/create-api-client.js";

/**
 * One page of a listing. Immutable: items are frozen, the page too.
 *
 * @example
 * ```ts
 * for await (const page of list.pages()) await save(page.items, page.nextCursor, page.requestId);
 * ```
 */
export interface Page<Item, Cursor> {
  readonly items: readonly Item[];
  /** The raw HTTP response of this page. */
  readonly response: Response;
  readonly requestId: string | undefined;
  /** Where the next page starts (pass it back to `list` to resume); `null` on the last page. */
  readonly nextCursor: Cursor | null;
}

/**
 * Options of every `list()`.
 *
 * @example
 * ```ts
 * client.workflowRuns.list({ maxItems: 1_000, signal } satisfies ListOptions);
 * ```
 */
export interface ListOptions extends RequestOptions {
  /** Stop after this many items (item iteration and `toArray` stop exactly there; `pages()` after the page reaching it). */
  maxItems?: number | undefined;
  /** Stop after this many pages. */
  maxPages?: number | undefined;
}

/**
 * A page as a strategy produces it, before the paginator freezes it.
 *
 * @example
 * ```ts
 * new Paginator(async function* () { yield { items: [1, 2], next: null, response } satisfies RawPage<number, never> });
 * ```
 */
export interface RawPage<Item, Cursor> {
  items: Item[];
  next: Cursor | null;
  response: Response;
  requestId?: string | undefined;
}

/**
 * Without `maxPages`, a listing longer than this is taken for a server that never ends.
 *
 * @example
 * ```ts
 * list({ maxPages: RUNAWAY_PAGES * 2 }); // lift the guard for a truly huge export
 * ```
 */
export const RUNAWAY_PAGES = 100_000;

/**
 * A lazy listing: nothing is fetched until you iterate. `for await` gives items across all pages,
 * `.pages()` gives immutable pages, `.toArray({ limit })` collects. Each iteration starts over;
 * `break` stops without another request (and cancels read-ahead still in flight).
 *
 * @example
 * ```ts
 * for await (const run of client.workflowRuns.list({ status: "FAILED" })) console.log(run.id);
 * for await (const page of client.workflowRuns.list().pages()) save(page.items, page.nextCursor);
 * const first500 = await client.workflowRuns.list().toArray({ limit: 500 });
 * ```
 */
export class Paginator<Item, Cursor = unknown> implements AsyncIterable<Item> {
  /** @param source Produces the raw pages; called once per iteration. */
  constructor(
    private readonly source: () => AsyncIterable<RawPage<Item, Cursor>>,
    private readonly options: ListOptions = {},
  ) {}

  /** The pages, each frozen, with items, response, request id and the cursor to resume from. */
  pages(): AsyncIterable<Page<Item, Cursor>> {
    const { source, options } = this;
    const { maxItems = Infinity, maxPages } = options;
    return {
      async *[Symbol.asyncIterator]() {
        let pages = 0;
        let items = 0;
        if (!(maxItems > 0) || maxPages! < 1) return;
        for await (const raw of source()) {
          if (++pages > RUNAWAY_PAGES && !maxPages)
            throw new PaginationError(`Runaway listing (${RUNAWAY_PAGES} pages; set maxPages)`, {
              page: pages,
            });
          items += raw.items.length;
          yield Object.freeze({
            items: Object.freeze(raw.items),
            response: raw.response,
            requestId: raw.requestId ?? requestIdOf(raw.response),
            nextCursor: raw.next,
          });
          if (pages >= maxPages! || items >= maxItems) return;
        }
      },
    };
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    let left = this.options.maxItems ?? Infinity;
    for await (const page of this.pages())
      for (const item of page.items) {
        yield item;
        if (--left <= 0) return;
      }
  }

  /** Collects items into an array (at most `limit`, and at most `maxItems`). */
  async toArray(options: { limit?: number | undefined } = {}): Promise<Item[]> {
    const out: Item[] = [];
    const limit = options.limit ?? Infinity;
    if (limit > 0)
      for await (const item of this) {
        out.push(item);
        if (out.length >= limit) break;
      }
    return out;
  }
}
