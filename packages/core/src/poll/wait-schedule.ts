/**
 * When `poll()` checks next: given the ms elapsed since the wait began and how many checks were
 * made, the ms to wait before the next one (before jitter, the floor and server hints).
 *
 * @example
 * ```ts
 * const everySecond: WaitSchedule = { gapMs: () => 1_000 };
 * ```
 */
export interface WaitSchedule {
  gapMs(elapsedMs: number, checks: number): number;
}

/** The longest gap of the default schedule: an overdue run is still seen within 5 minutes. */
export const MAX_DEFAULT_GAP_MS = 300_000;

/**
 * The schedule without history: every second for 30 s (as often as extend-ai's createAndPoll, so
 * no later on short runs), then a gap growing by 0.11 s per second elapsed (about ×1.11 per
 * check, a little denser than extend-ai's ×1.15) up to 5 minutes, where extend-ai stops at
 * 30 s: an hour-long run costs about 90 checks instead of ~170.
 *
 * @example
 * ```ts
 * defaultSchedule.gapMs(40_000, 38); // 2_100
 * ```
 */
export const defaultSchedule: WaitSchedule = {
  gapMs: (elapsedMs) =>
    elapsedMs < 30_000 ? 1_000 : Math.min(MAX_DEFAULT_GAP_MS, 1_000 + 0.11 * (elapsedMs - 30_000)),
};

/**
 * The caller's own exponential schedule (`poll({ interval })`): `initialMs` growing by `factor`
 * per check up to `maxMs`.
 *
 * @example
 * ```ts
 * backoffSchedule({ initialMs: 500, factor: 1.5, maxMs: 5_000 }).gapMs(0, 2); // 750
 * ```
 */
export function backoffSchedule(interval: {
  initialMs: number;
  factor: number;
  maxMs: number;
}): WaitSchedule {
  return {
    gapMs: (_elapsedMs, checks) =>
      Math.min(interval.maxMs, interval.initialMs * interval.factor ** Math.max(0, checks - 1)),
  };
}
