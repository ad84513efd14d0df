import { AbortError } from "../errors/errors.js";

/**
 * Time source for `poll()` (and tests): inject a fake one to run schedules without waiting.
 *
 * @example
 * ```ts
 * let t = 0;
 * const clock: Clock = { now: () => t, sleep: async (ms) => void (t += ms) };
 * ```
 */
export interface Clock {
  /** Milliseconds, like `Date.now()`. */
  now(): number;
  /** Resolves after `ms`; rejects with `AbortError` as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The `AbortError` for an aborted signal (its reason as `cause`). */
export const abortError = (signal?: AbortSignal): AbortError =>
  new AbortError("The operation was aborted", { cause: signal?.reason });

/**
 * Waits `ms`, settling at once with `AbortError` when `signal` aborts (before or during the wait).
 *
 * @example
 * ```ts
 * await sleep(1_000, controller.signal);
 * ```
 */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort);
  });

/**
 * The real clock: `Date.now()` and an abortable `setTimeout`.
 *
 * @example
 * ```ts
 * await poll(fetchState, { isDone, clock: systemClock });
 * ```
 */
export const systemClock: Clock = { now: () => Date.now(), sleep };
