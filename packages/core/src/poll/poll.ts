import { PollTimeoutError, RunFailedError, TimeoutError } from "../errors/errors.js";
import type { RequestOptions } from "../client/create-api-client.js";
import { abortError, systemClock, type Clock } from "./clock.js";
import type { DurationModel } from "./duration-model.js";
import { informedSchedule } from "./informed-schedule.js";
import { backoffSchedule, defaultSchedule, type WaitSchedule } from "./wait-schedule.js";

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
 * Where `poll()` learns how long runs like this one take, and records how long this one took.
 *
 * @example
 * ```ts
 * const history: PollHistory<Run> = { model, key: (run) => run && `${run.workflowId}@${run.version}` };
 * ```
 */
export interface PollHistory<State> {
  /** The durations seen so far (a provider client's `durations`). */
  model: DurationModel;
  /**
   * The model keys of this run, most specific first (e.g. `["wf_1@v3", "wf_1"]`): the first with
   * durations shapes the schedule, and the run's duration is recorded under every one. Called
   * with `undefined` before the first check, then with each state until it returns keys.
   */
  key(state: State | undefined): string | readonly string[] | undefined;
  /** Record this run's duration when it is done (default true). */
  record?: boolean | undefined;
  /**
   * When the run started (epoch ms, the server's timestamp), so a wait on an older run places
   * its checks by the run's age, not by the wait's.
   */
  startedAt?(state: State): number | undefined;
}

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
   * Your own exponential schedule instead of the default (history is then not used for
   * placing checks): `initialMs` (default 500) growing by `factor` (default 1.5) up to `maxMs`
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
  /** Past durations of runs like this one: checks cluster around the likely finish. */
  history?: PollHistory<State> | undefined;
  /**
   * How many ms of lateness one check is worth when placing checks from history (default 75).
   * Lower: more checks, learns of the finish sooner.
   */
  checkCostMs?: number | undefined;
  /**
   * The shortest wait between checks, whatever a server hint says (default 250 ms, or
   * `interval.initialMs` when that is lower; never under 10 ms).
   */
  minIntervalMs?: number | undefined;
  /**
   * Check once at the start (default true). `false` when the caller already holds a fresh state
   * (the create request's answer): the first check then waits like any other.
   */
  checkAtStart?: boolean | undefined;
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

const DEFAULT_MIN_INTERVAL_MS = 250;
const ABSOLUTE_MIN_INTERVAL_MS = 10;
// ± this share of each gap at random, so many waits started together do not check in step.
const SPREAD = 0.1;

const asKeys = (keys: string | readonly string[] | undefined): readonly string[] | undefined =>
  typeof keys === "string" ? [keys] : keys && keys.length > 0 ? keys : undefined;

/**
 * Waits until `fetchState` returns a done state. Checks at once (unless `checkAtStart: false`),
 * then, by default, every second for 30 s and then less and less often (the gap grows by 0.11 s
 * per second elapsed, up to 5 min), each gap varied by ±10 %. With `history` holding durations of
 * runs like this one, checks are sparse while a finish is unlikely and dense around the likely
 * finish, then grow again if the run outlives its history; the run's own duration is recorded.
 * A `notReady({ retryAfterMs })` hint from the server sets the next wait instead, but no wait is
 * shorter than `minIntervalMs` (250 ms). Never waits forever: after `timeoutMs` (default 10 min)
 * it rejects with `PollTimeoutError` carrying the last state, with one last check at the
 * deadline; a check whose request times out at that deadline (`TimeoutError`) also ends in
 * `PollTimeoutError`. A failed state rejects with `RunFailedError`; errors from `fetchState`
 * (already retried by the transport) propagate; `signal` aborts any wait at once. Each check is
 * passed what is left of the budget as `deadlineMs` (spread `requestOptions(o)` into the call).
 *
 * @example
 * ```ts
 * const model = createDurationModel();
 * const run = await poll((o) => unwrap(api.GET("/workflow_runs/{id}", { params: { path: { id } }, ...requestOptions(o) })), {
 *   isDone: (r) => ["PROCESSED", "FAILED", "CANCELLED"].includes(r.status),
 *   isFailed: (r) => r.status === "FAILED",
 *   history: { model, key: (r) => r?.workflow.id },
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
    interval,
    history,
    checkCostMs,
    checkAtStart = true,
    clock = systemClock,
    random = Math.random,
    timeoutMs = DEFAULT_POLL_TIMEOUT_MS,
  } = options;
  const floor = Math.max(
    ABSOLUTE_MIN_INTERVAL_MS,
    options.minIntervalMs ?? Math.min(DEFAULT_MIN_INTERVAL_MS, interval?.initialMs ?? Infinity),
  );
  const backoff = interval && {
    schedule: backoffSchedule({ initialMs: 500, maxMs: 5_000, factor: 1.5, ...definedOnly(interval) }),
    jitter: interval.jitter ?? 0.2,
  };
  const start = clock.now();
  let schedule: WaitSchedule = backoff?.schedule ?? defaultSchedule;
  let keys: readonly string[] | undefined;
  let ageAtStart = 0; // how old the run was when the wait began (history.startedAt)
  let lastPending: number | undefined = checkAtStart ? undefined : 0;
  let aged = false;
  // A run whose start is unknown (its timestamp missing) would be recorded as younger than it is.
  let startKnown = !checkAtStart || history?.startedAt === undefined;
  const learn = (state: State | undefined) => {
    if (!history) return;
    if (state !== undefined && !aged) {
      aged = true;
      const startedAt = history.startedAt?.(state);
      if (startedAt !== undefined && Number.isFinite(startedAt)) {
        ageAtStart = Math.max(0, start - startedAt);
        startKnown = true;
      }
    }
    if (keys) return;
    keys = asKeys(history.key(state));
    const durations = keys?.map((key) => history.model.durations(key)).find((list) => list.length > 0);
    if (!backoff && durations) schedule = informedSchedule(durations, { checkCostMs, minGapMs: floor });
  };
  const nextWait = (elapsedMs: number, checks: number) => {
    const gap = schedule.gapMs(ageAtStart + elapsedMs, checks);
    const varied = backoff ? gap * (1 - backoff.jitter * random()) : gap * (1 + SPREAD * (2 * random() - 1));
    return Math.max(floor, varied);
  };

  const timeout = (elapsedMs: number, cause?: unknown): never => {
    throw new PollTimeoutError(`Not done after ${elapsedMs} ms`, { lastState, elapsedMs, cause });
  };
  let lastState: unknown;
  learn(undefined);
  if (!checkAtStart) await clock.sleep(Math.min(nextWait(0, 0), timeoutMs), signal);
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
    learn(state);
    if (!hint) {
      if (isFailed?.(state))
        throw new RunFailedError("Run failed", {
          run: state,
          status: (state as { status?: string })?.status,
        });
      if (isDone(state)) {
        // The run ended between the last check that saw it going and this one.
        if (keys && history?.record !== false && lastPending !== undefined && startKnown)
          for (const key of keys) history!.model.record(key, ageAtStart + (lastPending + elapsedMs) / 2);
        return state;
      }
    }
    lastPending = elapsedMs;
    const left = timeoutMs - elapsedMs;
    if (left <= 0) timeout(elapsedMs);
    const hinted = hint?.retryAfterMs;
    const delay =
      hinted !== undefined && Number.isFinite(hinted)
        ? Math.max(floor, hinted)
        : nextWait(elapsedMs, attempt);
    await clock.sleep(Math.min(delay, left), signal);
  }
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}
