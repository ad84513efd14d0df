const cache = new Map<number, string>();
const MAX_CACHED = 100_000;

/**
 * `new Date(ms).toISOString()`, memoized: list pages format the same seeded timestamps again and
 * again, and formatting was the largest cost of serving a page. The cache is bounded.
 *
 * @example
 * ```ts
 * isoTime(0); // "1970-01-01T00:00:00.000Z"
 * ```
 */
export function isoTime(ms: number): string {
  let text = cache.get(ms);
  if (text === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    text = new Date(ms).toISOString();
    cache.set(ms, text);
  }
  return text;
}
