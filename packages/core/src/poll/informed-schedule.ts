import { normalCdf } from "./normal-cdf.js";
import { MAX_DEFAULT_GAP_MS, type WaitSchedule } from "./wait-schedule.js";

/**
 * Options of `informedSchedule`.
 *
 * @example
 * ```ts
 * const options: InformedScheduleOptions = { checkCostMs: 50, minGapMs: 250 };
 * ```
 */
export interface InformedScheduleOptions {
  /**
   * How many ms of lateness one check is worth (default 75): each gap is the longest whose
   * expected lateness, for a run still going, stays under this. Lower = more checks, less late.
   */
  checkCostMs?: number | undefined;
  /** The shortest gap (default 250 ms). */
  minGapMs?: number | undefined;
}

// A run this far into its history's tail (3 % of past runs took longer) has outlived it.
const TAIL = 0.03;
// Prior spread of log-durations (σ 0.5: a run within 0.4×–2.7× of the median 95 % of the time),
// weighted as 2 runs: one or two samples say little about the spread.
const PRIOR_SIGMA = 0.5;
const PRIOR_WEIGHT = 2;

/**
 * The distribution of durations the history suggests: a smoothed mixture of log-normals, one per
 * past run. `cdf(t)` = share of runs done by `t`; `integral(t)` = ∫₀ᵗ cdf.
 */
function mixture(durationsMs: readonly number[]) {
  const logs = durationsMs.map((ms) => Math.log(Math.max(ms, 1)));
  const n = logs.length;
  const mean = logs.reduce((a, b) => a + b, 0) / n;
  const squares = logs.reduce((a, x) => a + (x - mean) ** 2, 0);
  const sigma = Math.sqrt((PRIOR_WEIGHT * PRIOR_SIGMA ** 2 + squares) / (PRIOR_WEIGHT + n - 1));
  // Kernel width: narrower with more samples, never so narrow that one exact repeat is all it expects.
  const width = Math.max(0.04, 0.8 * sigma * n ** -0.2);
  const means = logs.map((x) => Math.exp(x + width ** 2 / 2));
  const cdf = (t: number) => {
    if (t <= 0) return 0;
    let sum = 0;
    for (const x of logs) sum += normalCdf((Math.log(t) - x) / width);
    return sum / n;
  };
  const integral = (t: number) => {
    if (t <= 0) return 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const z = (Math.log(t) - logs[i]!) / width;
      sum += t * normalCdf(z) - means[i]! * normalCdf(z - width);
    }
    return sum / n;
  };
  return { cdf, integral };
}

/** The smallest `t` in [lo, hi] with `test(t)` true (`test` monotone), to within 1 ms. */
function bisect(lo: number, hi: number, test: (t: number) => boolean): number {
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (test(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * A schedule from how long past runs took (ms, any order): sparse while a finish is unlikely,
 * dense around the likely finish, and once the run outlives its history (past the 97th
 * percentile) a gap growing by a quarter of the overrun (capped at 5 min). Each gap is the
 * longest for which the expected lateness of a run still going stays under `checkCostMs`.
 * Pure: the same history always gives the same schedule. An empty history is not allowed (use
 * `defaultSchedule`).
 *
 * @example
 * ```ts
 * const schedule = informedSchedule([11_800, 12_500, 13_900]);
 * schedule.gapMs(0, 1); // a long first gap: no run ended before ~10 s
 * ```
 */
export function informedSchedule(
  durationsMs: readonly number[],
  options: InformedScheduleOptions = {},
): WaitSchedule {
  const { checkCostMs = 75, minGapMs = 250 } = options;
  const { cdf, integral } = mixture(durationsMs);
  const longest = Math.max(...durationsMs);
  const tailStart = bisect(0, longest * 20, (t) => cdf(t) >= 1 - TAIL);
  return {
    gapMs(elapsedMs) {
      if (elapsedMs >= tailStart) {
        const overrun = elapsedMs - tailStart;
        return Math.min(MAX_DEFAULT_GAP_MS, Math.max(minGapMs, 0.05 * tailStart + 0.25 * overrun));
      }
      const doneBy = cdf(elapsedMs);
      const base = integral(elapsedMs);
      const budget = checkCostMs * (1 - doneBy);
      // Expected lateness of a finish inside [elapsed, elapsed + gap], per run still going.
      const lateness = (gap: number) => integral(elapsedMs + gap) - base - gap * doneBy;
      const toTail = tailStart - elapsedMs;
      if (lateness(toTail) <= budget) return Math.max(minGapMs, toTail);
      return Math.max(minGapMs, bisect(0, toTail, (gap) => lateness(gap) > budget) - 1);
    },
  };
}
