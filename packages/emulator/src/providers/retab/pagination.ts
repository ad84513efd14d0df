/**
 * Retab's id-cursor pagination over an ordered list: `after` = the page that follows an id in the
 * current order, `before` = the page that precedes it. `list_metadata.before` is the page's first
 * id when something precedes it, `after` its last id when something follows; otherwise null.
 */

/** A list in the requested order, read without copying (100,000 runs per request would cost). */
export interface OrderedView<T> {
  readonly length: number;
  at(index: number): T;
  /** Where `cursor` sits in this order: the first index not before it, and whether it is there. */
  locate(cursor: T): { index: number; exact: boolean };
}

function lowerBound<T>(
  items: readonly T[],
  cursor: T,
  compare: (a: T, b: T) => number,
): { index: number; exact: boolean } {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(items[middle] as T, cursor) < 0) low = middle + 1;
    else high = middle;
  }
  const found = items[low];
  return { index: low, exact: found !== undefined && compare(found, cursor) === 0 };
}

/**
 * A view of an array already sorted by `compare`, read forwards (`asc`) or backwards (`desc`).
 *
 * @example
 * ```ts
 * const view = sortedView(runsByCreated, compareCreated, "desc");
 * view.at(0); // newest run
 * ```
 */
export function sortedView<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  order: "asc" | "desc",
): OrderedView<T> {
  if (order === "asc") {
    return {
      length: items.length,
      at: (index) => items[index] as T,
      locate: (cursor) => lowerBound(items, cursor, compare),
    };
  }
  const last = items.length - 1;
  return {
    length: items.length,
    at: (index) => items[last - index] as T,
    locate(cursor) {
      const { index, exact } = lowerBound(items, cursor, compare);
      return { index: exact ? last - index : last - index + 1, exact };
    },
  };
}

/** One page and its boundary cursors. */
export interface CursorPage<T> {
  readonly items: T[];
  readonly before: string | null;
  readonly after: string | null;
}

/** What to page through and from where. */
export interface PageRequest<T> {
  readonly view: OrderedView<T>;
  readonly matches: (item: T) => boolean;
  readonly idOf: (item: T) => string;
  readonly limit: number;
  /** The item named by the `after` cursor (live or tombstoned). */
  readonly after?: T | undefined;
  /** The item named by the `before` cursor (live or tombstoned). */
  readonly before?: T | undefined;
}

function anyMatch<T>(
  view: OrderedView<T>,
  matches: (item: T) => boolean,
  from: number,
  step: 1 | -1,
): boolean {
  for (let index = from; index >= 0 && index < view.length; index += step)
    if (matches(view.at(index))) return true;
  return false;
}

/**
 * Reads one page. Given only `before`, it walks backwards from the cursor and returns the items in
 * the current order; given `after` (and optionally `before` as an upper bound) it walks forwards.
 *
 * @example
 * ```ts
 * const page = readPage({ view, matches: () => true, idOf: (run) => run.id, limit: 20 });
 * page.after; // id to pass as `after` for the next page, or null at the end
 * ```
 */
export function readPage<T>(request: PageRequest<T>): CursorPage<T> {
  const { view, matches, idOf, limit } = request;
  const items: T[] = [];
  let hasBefore: boolean;
  let hasAfter: boolean;
  if (request.before !== undefined && request.after === undefined) {
    const end = view.locate(request.before).index - 1;
    let index = end;
    for (; index >= 0 && items.length <= limit; index -= 1) {
      const item = view.at(index);
      if (matches(item)) items.push(item);
    }
    hasBefore = items.length > limit;
    if (hasBefore) items.pop();
    items.reverse();
    hasAfter = anyMatch(view, matches, end + 1, 1);
  } else {
    const start = request.after === undefined ? 0 : afterStart(view.locate(request.after));
    const stop = request.before === undefined ? view.length : view.locate(request.before).index;
    let index = start;
    for (; index < stop && items.length <= limit; index += 1) {
      const item = view.at(index);
      if (matches(item)) items.push(item);
    }
    hasAfter = items.length > limit;
    if (hasAfter) items.pop();
    else hasAfter = anyMatch(view, matches, Math.max(index, stop), 1);
    hasBefore = anyMatch(view, matches, start - 1, -1);
  }
  const first = items[0];
  const last = items[items.length - 1];
  return {
    items,
    before: hasBefore && first !== undefined ? idOf(first) : null,
    after: hasAfter && last !== undefined ? idOf(last) : null,
  };
}

function afterStart(position: { index: number; exact: boolean }): number {
  return position.exact ? position.index + 1 : position.index;
}
