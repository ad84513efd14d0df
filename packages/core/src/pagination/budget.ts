import { TimeoutError } from "../errors/errors.js";
import { abortError } from "../poll/clock.js";
import { checkNumbers } from "../client/check-numbers.js";
import type { RequestOptions } from "../client/create-api-client.js";

/**
 * Throws `ConfigurationError` for a listing's bad `timeoutMs` / `deadlineMs` when the listing is
 * created, before any request (a deadline that is not a positive number would otherwise read as
 * "already over").
 */
export function checkListingOptions(options: RequestOptions): void {
  checkNumbers(options, { timeoutMs: 1, deadlineMs: 1 });
}

/**
 * Starts the clock of one iteration of a listing and returns what each page request gets: the
 * caller's `signal`, `timeoutMs`, `maxRetries` and `headers`, and what is left of `deadlineMs`, which bounds the whole
 * iteration (every page, retry and wait, and the time the caller spends between pages). Before
 * each page it throws `AbortError` for an aborted signal and `TimeoutError` for a spent deadline.
 *
 * @example
 * ```ts
 * const next = iterationBudget({ deadlineMs: 5_000, signal });
 * const page = await fetchPage(cursor, next());
 * ```
 */
export function iterationBudget({
  signal,
  timeoutMs,
  deadlineMs,
  maxRetries,
  headers,
}: RequestOptions): () => RequestOptions {
  const end = deadlineMs == null ? Infinity : Date.now() + deadlineMs;
  const base: RequestOptions = {};
  if (signal) base.signal = signal;
  if (timeoutMs != null) base.timeoutMs = timeoutMs;
  if (maxRetries != null) base.maxRetries = maxRetries;
  if (headers) base.headers = headers;
  return () => {
    if (signal?.aborted) throw abortError(signal);
    if (end == Infinity) return base;
    const left = Math.floor(end - Date.now());
    if (left < 1)
      throw new TimeoutError(`Listing ran past its deadlineMs (${deadlineMs} ms)`, { attempts: 0 });
    return { ...base, deadlineMs: left };
  };
}

/**
 * Runs one page request on its own signal that follows `signal`, and unhooks it when the page
 * settles, however it settles: the platform's `Request` hooks onto the signal it is given and lets
 * go only when garbage-collected, so a long-lived caller's signal would otherwise collect one
 * listener per page.
 *
 * @example
 * ```ts
 * const page = await onPageSignal(options.signal, (signal) => fetchPage(cursor, { ...o, signal }));
 * ```
 */
export async function onPageSignal<T>(
  signal: AbortSignal | undefined,
  run: (signal: AbortSignal | undefined) => Promise<T>,
): Promise<T> {
  if (!signal) return run(undefined);
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener("abort", onAbort);
  try {
    return await run(controller.signal);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
