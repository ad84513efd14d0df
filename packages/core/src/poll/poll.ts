import { PollTimeoutError, RunFailedError, TimeoutError } from "../errors/errors.js";
import type { RequestOptions } from "../client/create-api-client.js";
import { abortError, systemClock, type Clock } from "./clock.js";

const NOT_READY = Symbol.for("docrun.notReady");

/**
 * "Not ready yet" from `fetchState`, with the server's hint if any (AnyFormat's 412).
 *
 * @example
 * ```ts
 * const hint: NotReady = notReady({ retryAfterMs: 2_000 });
 * ```
 */
export interface NotReady {
  readonly [NOT_READY]: true;
  readonly retryAfterMs?: number | undefined;
  readonly state?: unknown;
}

/**
 * Tells `poll()` the resource is not ready, optionally with the server's wait hint and a progress
 * state (passed to `onProgress`, and kept as `PollTimeoutError.lastState`).
 *
 * @example
 * ```ts
 * const { data, error, response } = await api.GET("/v2/.../results/", …);
 * if (response.status === 412) return notReady({ retryAfterMs: retryAfterMs(response.headers), state: error });
 * ```
 */
export const notReady = (hint: { retryAfterMs?: number | undefined; state?: unknown } = {}): NotReady => ({
  ...hint,
  [NOT_READY]: true,
});

/**
 * Options of `poll()`.
 *
 * @example
 * ```ts
 * const options: PollOptions<Run> = { isDone: (r) => r.status !== "running", timeoutMs: 60_000 };
 * ```
 */
export interface PollOptions<State> extends RequestOptions {
  /** A terminal success: `poll` resolves with this state. */
  isDone(state: State): boolean;
  /** A terminal failure: `poll` rejects with `RunFailedError` carrying the state. */
  isFailed?(state: State): boolean;
  /** Called after every check. */
  onProgress?(state: State | undefined, info: { attempt: number; elapsedMs: number }): void;
  /**
   * The wait schedule: `initialMs` (default 500) growing by `factor` (default 1.5) up to `maxMs`
   * (default 5 000), each wait shortened by up to `jitter` (default 0.2) at random.
   */
  interval?:
    | {
        initialMs?: number | undefined;
        maxMs?: number | undefined;
        factor?: number | undefined;
        jitter?: number | undefined;
      }
    | undefined;
  /** Time source (tests inject a fake). */
  clock?: Clock | undefined;
  /** Random source for jitter (default `Math.random`). */
  random?: (() => number) | undefined;
}

/**
 * `poll()`'s deadline when `timeoutMs` is not given: 10 minutes.
 *
 * @example
 * ```ts
 * poll(fetchState, { isDone, timeoutMs: DEFAULT_POLL_TIMEOUT_MS * 3 });
 * ```
 */
export const DEFAULT_POLL_TIMEOUT_MS = 600_000;

/**
 * Waits until `fetchState` returns a done state. Checks at once, then after ~0.5 s, ~0.75 s,
 * ~1.1 s … (×1.5, capped at 5 s, minus up to 20 % jitter); a `notReady({ retryAfterMs })` hint replaces
 * the computed wait. Never waits forever: after `timeoutMs` (default 10 min) it rejects with
 * `PollTimeoutError` carrying the last state, with one last check at the deadline; a check whose
 * request times out at that deadline (`TimeoutError`) also ends in `PollTimeoutError`. A failed state
 * rejects with `RunFailedError`; errors from `fetchState` (already retried by the transport)
 * propagate; `signal` aborts any wait at once. `timeoutMs` here is the whole poll's budget; each
 * check is passed what is left of it as `deadlineMs` (spread `requestOptions(o)` into the call).
 *
 * @example
 * ```ts
 * const run = await poll((o) => unwrap(api.GET("/workflow_runs/{id}", { params: { path: { id } }, ...requestOptions(o) })), {
 *   isDone: (r) => ["PROCESSED", "FAILED", "CANCELLED"].includes(r.status),
 *   isFailed: (r) => r.status === "FAILED",
 *   timeoutMs: 300_000,
 *   onProgress: (r) => console.log(r?.status),
 * });
 * ```
 */
export async function poll<State>(
  fetchState: (o: RequestOptions) => Promise<State | NotReady>,
  options: PollOptions<State>,
): Promise<State> {
  const {
    signal,
    isDone,
    isFailed,
    onProgress,
    clock = systemClock,
    random = Math.random,
    timeoutMs = DEFAULT_POLL_TIMEOUT_MS,
    interval: { initialMs = 500, maxMs = 5_000, factor = 1.5, jitter = 0.2 } = {},
  } = options;
  const start = clock.now();
  const timeout = (elapsedMs: number, cause?: unknown): never => {
    throw new PollTimeoutError(`Not done after ${elapsedMs} ms`, { lastState, elapsedMs, cause });
  };
  let wait = initialMs;
  let lastState: unknown;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortError(signal);
    // Each check may use what is left of the budget, retries included, but no more.
    let result: State | NotReady;
    try {
      result = await fetchState({ signal, deadlineMs: Math.max(start + timeoutMs - clock.now(), 1) });
    } catch (error) {
      // A check cut short by the poll's own deadline is the poll timing out, whichever provider
      // asked (1 ms of slack: a timer may fire a tick before the clock reads the deadline).
      if (error instanceof TimeoutError && clock.now() - start >= timeoutMs - 1)
        timeout(clock.now() - start, error);
      throw error;
    }
    const elapsedMs = clock.now() - start;
    const hint = (result as NotReady)?.[NOT_READY] ? (result as NotReady) : undefined;
    const state = (hint ? hint.state : result) as State;
    if (state !== undefined) lastState = state;
    onProgress?.(state, { attempt, elapsedMs });
    if (!hint) {
      if (isFailed?.(state))
        throw new RunFailedError("Run failed", {
          run: state,
          status: (state as { status?: string })?.status,
        });
      if (isDone(state)) return state;
    }
    const left = timeoutMs - elapsedMs;
    if (left <= 0) timeout(elapsedMs);
    const delay = hint?.retryAfterMs ?? wait * (1 - jitter * random());
    wait = Math.min(maxMs, wait * factor);
    await clock.sleep(Math.min(Math.max(0, delay), left), signal);
  }
}
