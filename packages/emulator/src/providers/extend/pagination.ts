import { Buffer } from "node:buffer";

/** Position after the last item of a page: its sort key and id (ids break ties). */
export interface Cursor {
  key: number;
  id: string;
}

/**
 * Encodes a cursor as an opaque token. It carries the last item's sort key and id, never an
 * offset, so items created or deleted between pages cannot shift the next page.
 *
 * @example
 * ```ts
 * encodeToken({ key: 1767225600000, id: "workflow_run_xKm9pNv3qWsY_jL2tR5Dh" });
 * ```
 */
export function encodeToken(cursor: Cursor): string {
  return Buffer.from(`v1:${cursor.key}:${cursor.id}`, "utf8").toString("base64url");
}

/**
 * Decodes a token made by {@link encodeToken}; null when it is not one.
 *
 * @example
 * ```ts
 * decodeToken("not a token"); // null
 * ```
 */
export function decodeToken(token: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const text = Buffer.from(token, "base64url").toString("utf8");
  const match = /^v1:(-?\d{1,16}):([A-Za-z0-9_-]{1,200})$/.exec(text);
  if (match === null) return null;
  return { key: Number(match[1]), id: match[2]! };
}

/**
 * Items kept in ascending (key, id) order whose keys never change (seeded data), addressed by
 * position so a page touches only the positions it scans.
 */
export interface SortedTier<T> {
  readonly length: number;
  key(position: number): number;
  id(position: number): string;
  /** Still listed here (not moved or deleted) and matching the request's filters. */
  include(position: number): boolean;
  item(position: number): T;
}

/** Where a keyset page takes its items from. */
export interface KeysetSource<T> {
  sorted: SortedTier<T> | null;
  /** Items whose keys may change (or that are few); sorted per request. */
  unsorted: Iterable<T>;
  key(item: T): number;
  id(item: T): string;
  matches(item: T): boolean;
}

interface Entry<T> {
  item: T;
  key: number;
  id: string;
}

/**
 * One page in (key, id) order after `cursor`, merging the sorted tier with the unsorted items.
 * Cost is proportional to the positions scanned for this page, not to the whole store.
 *
 * @example
 * ```ts
 * const { items, next } = keysetPage(source, "desc", null, 10);
 * ```
 */
export function keysetPage<T>(
  source: KeysetSource<T>,
  direction: "asc" | "desc",
  cursor: Cursor | null,
  limit: number,
): { items: T[]; next: Cursor | null } {
  const sign = direction === "asc" ? 1 : -1;
  const compare = (ka: number, ia: string, kb: number, ib: string): number =>
    sign * (ka !== kb ? ka - kb : ia < ib ? -1 : ia > ib ? 1 : 0);

  const fromSorted: Entry<T>[] = [];
  const tier = source.sorted;
  if (tier !== null) {
    let position = cursor === null ? (sign === 1 ? 0 : tier.length - 1) : startPosition(tier, cursor, sign);
    while (position >= 0 && position < tier.length && fromSorted.length <= limit) {
      if (tier.include(position))
        fromSorted.push({ item: tier.item(position), key: tier.key(position), id: tier.id(position) });
      position += sign;
    }
  }

  const fromUnsorted: Entry<T>[] = [];
  for (const item of source.unsorted) {
    if (!source.matches(item)) continue;
    const key = source.key(item);
    const id = source.id(item);
    if (cursor === null || compare(key, id, cursor.key, cursor.id) > 0) fromUnsorted.push({ item, key, id });
  }
  fromUnsorted.sort((a, b) => compare(a.key, a.id, b.key, b.id));

  const merged: Entry<T>[] = [];
  let a = 0;
  let b = 0;
  while (merged.length <= limit && (a < fromSorted.length || b < fromUnsorted.length)) {
    const left = fromSorted[a];
    const right = fromUnsorted[b];
    if (right === undefined || (left !== undefined && compare(left.key, left.id, right.key, right.id) <= 0)) {
      merged.push(left!);
      a++;
    } else {
      merged.push(right);
      b++;
    }
  }
  const hasMore = merged.length > limit;
  const page = merged.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((entry) => entry.item),
    next: hasMore && last !== undefined ? { key: last.key, id: last.id } : null,
  };
}

// First position strictly after the cursor in walking direction (binary search, ascending tier).
function startPosition<T>(tier: SortedTier<T>, cursor: Cursor, sign: number): number {
  const greaterThanCursor = (position: number): boolean => {
    const key = tier.key(position);
    if (key !== cursor.key) return key > cursor.key;
    return tier.id(position) > cursor.id; // ids are only computed on a key tie
  };
  const atCursor = (position: number): boolean =>
    tier.key(position) === cursor.key && tier.id(position) === cursor.id;
  let low = 0;
  let high = tier.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (greaterThanCursor(mid)) high = mid;
    else low = mid + 1;
  }
  if (sign === 1) return low;
  let position = low - 1;
  while (position >= 0 && atCursor(position)) position--;
  return position;
}
