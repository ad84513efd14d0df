/**
 * The server's wait hint in milliseconds: `retry-after-ms`, else `Retry-After` as seconds or as an
 * HTTP date; `undefined` when absent or unreadable (a date in the past gives 0).
 *
 * @example
 * ```ts
 * retryAfterMs(new Headers({ "retry-after": "2" })); // 2000
 * ```
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = parseFloat(headers.get("retry-after-ms")!);
  if (ms >= 0) return ms;
  const value = headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (seconds == seconds) return seconds >= 0 ? seconds * 1000 : undefined; // not NaN
  const date = Date.parse(value);
  return date == date ? Math.max(0, date - now) : undefined; // not NaN (the epoch is 0)
}
