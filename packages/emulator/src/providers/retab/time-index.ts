import type { RunRecord } from "./model.js";
import type { RetabState } from "./state.js";

/**
 * A run's sort key at emulator time `now`, or null when the run has none yet. A key may depend
 * on `now` only through the run's `startAt`, `endAt` and `cancelledAt` (whether each has passed),
 * which is what lets a sorted index stay valid between those moments.
 */
export type TimeKey = (run: RunRecord, now: number) => number | null;

interface TimeIndex {
  readonly revision: number;
  /** The index holds for `validFrom <= now < validUntil`: no run's key changes in between. */
  readonly validFrom: number;
  readonly validUntil: number;
  readonly runs: readonly RunRecord[];
}

const indexes = new WeakMap<RetabState, Map<TimeKey, TimeIndex>>();

/**
 * Every live run sorted by `key` at `now` (runs without a key first), creation order breaking
 * ties. Sorting 100,000 runs per request cost ~200 ms, so the order is kept per key and rebuilt
 * only when the store changes (`state.revision`) or the clock passes a moment at which some run's
 * key changes (a start, an end, a cancel).
 *
 * @example
 * ```ts
 * const byCompletion = runsByTime(state, completedKey, ctx.now());
 * ```
 */
export function runsByTime(state: RetabState, key: TimeKey, now: number): readonly RunRecord[] {
  let perKey = indexes.get(state);
  if (perKey === undefined) {
    perKey = new Map();
    indexes.set(state, perKey);
  }
  const cached = perKey.get(key);
  if (
    cached !== undefined &&
    cached.revision === state.revision &&
    now >= cached.validFrom &&
    now < cached.validUntil
  ) {
    return cached.runs;
  }
  const built = buildIndex(state, key, now);
  perKey.set(key, built);
  return built.runs;
}

/**
 * Compares two keys as the index orders them (null = no key = before every key).
 *
 * @example
 * ```ts
 * compareKeys(null, 5); // -1
 * ```
 */
export function compareKeys(a: number | null, b: number | null): number {
  const left = a ?? -Infinity;
  const right = b ?? -Infinity;
  return left < right ? -1 : left > right ? 1 : 0;
}

function buildIndex(state: RetabState, key: TimeKey, now: number): TimeIndex {
  const source = state.runsByCreated; // already in creation order: the stable sort keeps it for ties
  const keys = new Float64Array(source.length);
  let validFrom = -Infinity;
  let validUntil = Infinity;
  for (let index = 0; index < source.length; index++) {
    const run = source[index]!;
    keys[index] = key(run, now) ?? -Infinity;
    // The moments at which this run's key may change: the index is valid between them.
    const cancelledAt = run.cancelledAt ?? Infinity;
    if (run.startAt <= now) validFrom = Math.max(validFrom, run.startAt);
    else validUntil = Math.min(validUntil, run.startAt);
    if (run.endAt <= now) validFrom = Math.max(validFrom, run.endAt);
    else validUntil = Math.min(validUntil, run.endAt);
    if (cancelledAt <= now) validFrom = Math.max(validFrom, cancelledAt);
    else validUntil = Math.min(validUntil, cancelledAt);
  }
  const order = Array.from({ length: source.length }, (_, index) => index);
  order.sort((a, b) => {
    const left = keys[a]!;
    const right = keys[b]!;
    return left < right ? -1 : left > right ? 1 : a - b;
  });
  return { revision: state.revision, validFrom, validUntil, runs: order.map((index) => source[index]!) };
}
