/**
 * Items in ascending (key, id) order, in two parallel arrays, so a page binary-searches its cursor
 * and then reads only the positions it returns. Inserts and removals binary-search their position.
 */
export class SortedByKey<T extends { readonly id: string }> {
  readonly keys: number[] = [];
  readonly items: T[] = [];

  get length(): number {
    return this.items.length;
  }

  /**
   * Inserts `item` under `key` at its sorted position.
   *
   * @example
   * ```ts
   * sorted.insert(run, run.createdAtMs);
   * ```
   */
  insert(item: T, key: number): void {
    const position = this.lowerBound(key, item.id);
    this.keys.splice(position, 0, key);
    this.items.splice(position, 0, item);
  }

  /**
   * Removes `item`, which must be stored under `key`; false when it is not there.
   *
   * @example
   * ```ts
   * sorted.remove(run, run.createdAtMs);
   * ```
   */
  remove(item: T, key: number): boolean {
    const position = this.lowerBound(key, item.id);
    if (this.items[position] !== item) return false;
    this.keys.splice(position, 1);
    this.items.splice(position, 1);
    return true;
  }

  /**
   * Gives each item of `moved` its new key in one pass over the array (used when many keys change
   * at once, where one splice per item would move the whole array each time).
   *
   * @example
   * ```ts
   * sorted.rekey(new Map([[run, newKey]]));
   * ```
   */
  rekey(moved: ReadonlyMap<T, number>): void {
    const incoming = [...moved].map(([item, key]) => ({ item, key })).sort(byKeyThenId);
    const keys = this.keys.slice();
    const items = this.items.slice();
    this.keys.length = 0;
    this.items.length = 0;
    let next = 0;
    for (let position = 0; position <= items.length; position++) {
      const item = items[position];
      if (item !== undefined && moved.has(item)) continue;
      const key = keys[position];
      while (
        next < incoming.length &&
        (item === undefined || byKeyThenId(incoming[next]!, { item, key: key! }) < 0)
      ) {
        this.keys.push(incoming[next]!.key);
        this.items.push(incoming[next]!.item);
        next++;
      }
      if (item === undefined) break;
      this.keys.push(key!);
      this.items.push(item);
    }
  }

  /**
   * Replaces the whole content: one sort instead of many inserts.
   *
   * @example
   * ```ts
   * sorted.reset([{ item: run, key: run.createdAtMs }]);
   * ```
   */
  reset(entries: readonly { item: T; key: number }[]): void {
    const ordered = [...entries].sort(byKeyThenId);
    this.keys.length = 0;
    this.items.length = 0;
    for (const entry of ordered) {
      this.keys.push(entry.key);
      this.items.push(entry.item);
    }
  }

  // First position whose (key, id) is not below (key, id).
  private lowerBound(key: number, id: string): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const midKey = this.keys[mid]!;
      if (midKey < key || (midKey === key && this.items[mid]!.id < id)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function byKeyThenId<T extends { readonly id: string }>(
  a: { item: T; key: number },
  b: { item: T; key: number },
): number {
  return a.key - b.key || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
}
