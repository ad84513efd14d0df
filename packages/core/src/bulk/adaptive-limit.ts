// Multiplicative decrease: gentler than TCP's halving, because a fixed-window limit refills whole
// and demand must stay above it to use it (0.5 measured 0.88 of the limit in bench question 7).
const DECREASE = 0.7;

/**
 * Concurrency that adapts to the provider, AIMD style (as TCP): +1 slot per success until the
 * first rate limit (slow start), then +1 slot per `current` successful calls, cut to 70 % on a rate limit. That cut happens at most once per `cooldownMs`, so the burst
 * of 429s one full window produces counts as one signal, not as many cuts.
 *
 * @example
 * ```ts
 * const limit = createAdaptiveLimit({ initial: 4, max: 32 });
 * limit.succeeded(); // slowly towards 32
 * limit.rateLimited(Date.now()); // 4 → 2 (floor of 4 × 0.7)
 * ```
 */
export interface AdaptiveLimit {
  /** Slots currently allowed (an integer between `min` and `max`). */
  readonly current: number;
  /** One call succeeded without a rate limit: grow by 1/current. */
  succeeded(): void;
  /** The provider answered 429: cut to 70 % (at most once per cooldown). Returns true when it cut. */
  rateLimited(now: number): boolean;
}

/**
 * Bounds of {@link createAdaptiveLimit}; a fixed concurrency is `{ initial: n, min: n, max: n }`.
 * @example `const bounds: AdaptiveLimitOptions = { initial: 4, min: 1, max: 32 };`
 */
export interface AdaptiveLimitOptions {
  initial?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  /** Minimum time between two cuts (default 1 000 ms). */
  cooldownMs?: number | undefined;
}

/**
 * Creates an {@link AdaptiveLimit}. Bounds must already be valid (see `checkConcurrency`).
 * @example `const limit = createAdaptiveLimit({ initial: 8, max: 64 });`
 */
export function createAdaptiveLimit(options: AdaptiveLimitOptions = {}): AdaptiveLimit {
  const min = options.min ?? 1;
  const max = options.max ?? 32;
  const cooldownMs = options.cooldownMs ?? 1_000;
  let value = Math.min(max, Math.max(min, options.initial ?? Math.min(4, max)));
  let lastCut = -Infinity;
  // Slow start (as TCP): +1 per success until the first rate limit, so a job reaches the
  // provider's pace in a few dozen calls instead of hundreds; additive from then on.
  let slowStart = true;
  return {
    get current() {
      return Math.floor(value);
    },
    succeeded() {
      value = Math.min(max, value + (slowStart ? 1 : 1 / Math.floor(value)));
    },
    rateLimited(now) {
      if (now - lastCut < cooldownMs) return false;
      lastCut = now;
      slowStart = false;
      value = Math.max(min, Math.floor(value * DECREASE));
      return true;
    },
  };
}
