import { InvalidResponseError, PaginationError } from "../errors/errors.js";
import { requestIdOf } from "../client/transport.js";
import { bodySize } from "../client/read-body.js";
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
  /**
   * Budget in ms for one whole iteration (every page, retry and wait, and the time you spend
   * between pages); past it the next page throws `TimeoutError`.
   */
  deadlineMs?: number | undefined;
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
 * Pages in a row that may bring no new item (empty, or only items already yielded) while naming a
 * next page. An empty page whose cursor moves is allowed (Retab's spec permits one); this many in a
 * row is taken for a server that never ends: `PaginationError`.
 *
 * @example
 * ```ts
 * if (err instanceof PaginationError && err.page <= STALLED_PAGES + 1) console.warn("listing went nowhere");
 * ```
 */
export const STALLED_PAGES = 10;

/**
 * What `toArray()` without `limit` (and on a listing without `maxItems`) holds at most: response
 * bytes read (for pages core's transport fetched) and items. Past either it throws
 * `PaginationError` instead of filling memory; pass `{ limit }`, set `maxItems`, raise the cap with
 * `{ maxBytes }`, or iterate with `for await` to go further.
 *
 * @example
 * ```ts
 * await list.toArray({ maxBytes: 1024 * 2 ** 20 }); // allow 1 GiB of pages
 * ```
 */
export const TO_ARRAY_MAX_BYTES = 256 * 2 ** 20;
/** See {@link TO_ARRAY_MAX_BYTES}. */
export const TO_ARRAY_MAX_ITEMS = 1_000_000;

/**
 * The identity of an item, for dropping items a listing serves twice: its `id` (a string or a
 * number), or undefined (never dropped).
 *
 * @example
 * ```ts
 * new Paginator(source, options, (step: { step_id: string }) => step.step_id);
 * ```
 */
export type ItemKey<Item> = (item: Item) => unknown;

const byId: ItemKey<unknown> = (item) => {
  const id = item !== null && typeof item == "object" ? (item as { id?: unknown }).id : undefined;
  return typeof id == "string" || typeof id == "number" ? id : undefined;
};

// The items not yielded before (by key), in order; the page's own array when nothing repeats.
function unseen<Item>(items: Item[], seen: Set<unknown>, keyOf: ItemKey<Item>): Item[] {
  let out: Item[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const key = keyOf(items[i]!);
    const size = seen.size;
    // One hash lookup per item: `add` grows the set only for a key not seen before.
    if (key === undefined || seen.add(key).size > size) out?.push(items[i]!);
    else out ??= items.slice(0, i);
  }
  return out ?? items;
}

/**
 * A lazy listing: nothing is fetched until you iterate. `for await` gives items across all pages,
 * `.pages()` gives immutable pages, `.toArray({ limit })` collects. Each iteration starts over;
 * `break` stops without another request (and cancels read-ahead still in flight). An item served
 * twice (same `id`, or the strategy's key) is yielded once: each iteration keeps the keys it has
 * seen (a few dozen bytes per item).
 *
 * @example
 * ```ts
 * for await (const run of client.workflowRuns.list({ status: "FAILED" })) console.log(run.id);
 * for await (const page of client.workflowRuns.list().pages()) save(page.items, page.nextCursor);
 * const first500 = await client.workflowRuns.list().toArray({ limit: 500 });
 * ```
 */
export class Paginator<Item, Cursor = unknown> implements AsyncIterable<Item> {
  /**
   * @param source Produces the raw pages; called once per iteration.
   * @param itemKey An item's identity for dropping repeats (default: its `id`).
   */
  constructor(
    private readonly source: () => AsyncIterable<RawPage<Item, Cursor>>,
    private readonly options: ListOptions = {},
    private readonly itemKey: ItemKey<Item> = byId,
  ) {}

  /** The pages, each frozen, with items, response, request id and the cursor to resume from. */
  pages(): AsyncIterable<Page<Item, Cursor>> {
    const { source, options, itemKey } = this;
    const { maxItems = Infinity, maxPages } = options;
    return {
      async *[Symbol.asyncIterator]() {
        let pages = 0;
        let items = 0;
        let stalled = 0;
        const seen = new Set<unknown>();
        if (!(maxItems > 0) || maxPages! < 1) return;
        for await (const raw of source()) {
          if (++pages > RUNAWAY_PAGES && !maxPages)
            throw new PaginationError(`Runaway listing (${RUNAWAY_PAGES} pages; set maxPages)`, {
              page: pages,
            });
          if (!Array.isArray(raw.items))
            throw new InvalidResponseError(`Listing page ${pages}: its items are not a list`);
          const fresh = unseen(raw.items, seen, itemKey);
          if (raw.next == null || fresh.length) stalled = 0;
          else if (++stalled >= STALLED_PAGES)
            throw new PaginationError(
              `Page ${pages}: ${STALLED_PAGES} pages in a row with no new item (never ends?)`,
              { page: pages },
            );
          items += fresh.length;
          yield Object.freeze({
            items: Object.freeze(fresh),
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

  /**
   * Collects items into an array (at most `limit`, and at most `maxItems`). Without either, at
   * most `maxBytes` of pages (default {@link TO_ARRAY_MAX_BYTES}, 256 MiB) and
   * {@link TO_ARRAY_MAX_ITEMS} items are held: past that, `PaginationError`.
   */
  async toArray(
    options: { limit?: number | undefined; maxBytes?: number | undefined } = {},
  ): Promise<Item[]> {
    const out: Item[] = [];
    const limit = Math.min(options.limit ?? Infinity, this.options.maxItems ?? Infinity);
    const maxBytes = limit == Infinity ? (options.maxBytes ?? TO_ARRAY_MAX_BYTES) : Infinity;
    const maxCount = limit == Infinity ? TO_ARRAY_MAX_ITEMS : Infinity;
    let bytes = 0;
    let pages = 0;
    if (limit > 0)
      for await (const page of this.pages()) {
        pages++;
        bytes += bodySize(page.response) ?? 0;
        if (bytes > maxBytes || out.length + page.items.length > maxCount)
          throw new PaginationError(
            `toArray() cap reached (${maxBytes} bytes, ${maxCount} items): pass { limit } or iterate`,
            { page: pages },
          );
        for (const item of page.items) {
          out.push(item);
          if (out.length >= limit) return out;
        }
      }
    return out;
  }
}
