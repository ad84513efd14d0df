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
 * Items kept in ascending (key, id) order, addressed by position so a page touches only the
 * positions it scans: the seed table (keys never change) and the index of runs created or changed
 * through the API (kept sorted as they change).
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
  /** Presorted tiers; each item appears in at most one. */
  sorted: readonly SortedTier<T>[];
  /** Items that are few enough to sort per request (workflows). */
  unsorted?: {
    items: Iterable<T>;
    key(item: T): number;
    id(item: T): string;
    matches(item: T): boolean;
  };
}

// Where one tier's walk stands: its next included position, that position's key, and its id
// once a comparison or the page token needed it (seeded ids cost a hash to compute).
interface Head<T> {
  tier: SortedTier<T>;
  position: number;
  key: number;
  id: string | undefined;
}

/**
 * One page in (key, id) order after `cursor`, merging the sorted tiers (and any unsorted items).
 * Each tier is walked only as far as the page reaches, and only the page's items are built, so
 * the cost is proportional to the page, not to the store.
 *
 * @example
 * ```ts
 * const { items, next } = keysetPage({ sorted: [tier] }, "desc", null, 10);
 * ```
 */
export function keysetPage<T>(
  source: KeysetSource<T>,
  direction: "asc" | "desc",
  cursor: Cursor | null,
  limit: number,
): { items: T[]; next: Cursor | null } {
  const sign = direction === "asc" ? 1 : -1;
  const tiers =
    source.unsorted === undefined ? source.sorted : [...source.sorted, sortedOnce(source.unsorted)];
  const heads: Head<T>[] = [];
  for (const tier of tiers) {
    const position = cursor === null ? (sign === 1 ? 0 : tier.length - 1) : startPosition(tier, cursor, sign);
    const head: Head<T> = { tier, position, key: 0, id: undefined };
    if (settle(head, sign)) heads.push(head);
  }
  const idOf = (head: Head<T>): string => (head.id ??= head.tier.id(head.position));
  // Negative when `a` comes first in walking order.
  const compare = (a: Head<T>, b: Head<T>): number => {
    if (a.key !== b.key) return sign * (a.key - b.key);
    const idA = idOf(a);
    const idB = idOf(b);
    return sign * (idA < idB ? -1 : idA > idB ? 1 : 0);
  };

  const picked: Head<T>[] = [];
  while (picked.length <= limit && heads.length > 0) {
    let best = 0;
    for (let index = 1; index < heads.length; index++)
      if (compare(heads[index]!, heads[best]!) < 0) best = index;
    const head = heads[best]!;
    picked.push({ ...head });
    head.position += sign;
    if (!settle(head, sign)) heads.splice(best, 1);
  }
  const hasMore = picked.length > limit;
  const page = picked.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((head) => head.tier.item(head.position)),
    next: hasMore && last !== undefined ? { key: last.key, id: idOf(last) } : null,
  };
}

// Moves a head to the first included position from where it stands; false when the tier is done.
function settle<T>(head: Head<T>, sign: number): boolean {
  const tier = head.tier;
  let position = head.position;
  while (position >= 0 && position < tier.length && !tier.include(position)) position += sign;
  head.position = position;
  head.id = undefined;
  if (position < 0 || position >= tier.length) return false;
  head.key = tier.key(position);
  return true;
}

// A few items (workflows) sorted for this request and read as a tier.
function sortedOnce<T>(unsorted: NonNullable<KeysetSource<T>["unsorted"]>): SortedTier<T> {
  const entries = [...unsorted.items]
    .filter((item) => unsorted.matches(item))
    .map((item) => ({ item, key: unsorted.key(item), id: unsorted.id(item) }))
    .sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    length: entries.length,
    key: (position) => entries[position]!.key,
    id: (position) => entries[position]!.id,
    include: () => true,
    item: (position) => entries[position]!.item,
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
