import type { RateLimitOptions } from "./options.js";

/** The outcome of counting one request against its key's window. */
export interface RateLimitDecision {
  readonly allowed: boolean;
  readonly limit: number;
  readonly remaining: number;
  /** Seconds until the window resets (at least 1 while the window is open). */
  readonly resetSeconds: number;
}

/** Counts requests per key over fixed windows on the emulator clock. */
export interface RateLimiter {
  take(key: string): RateLimitDecision;
  reset(): void;
}

/**
 * A fixed-window limiter: simple to reason about in tests (the N+1-th request in a window is the
 * first 429) and one small object per key, so memory does not grow per request.
 *
 * @example
 * ```ts
 * const limiter = createRateLimiter({ limit: 2, windowMs: 1000 }, Date.now);
 * limiter.take("key").allowed; // true, true, then false until the window ends
 * ```
 */
export function createRateLimiter(options: RateLimitOptions, now: () => number): RateLimiter {
  const limit = Math.max(0, Math.floor(options.limit));
  const windowMs = Math.max(1, options.windowMs ?? 60_000);
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key) {
      const at = now();
      let window = windows.get(key);
      if (window === undefined || at - window.start >= windowMs) {
        window = { start: at - ((at - (window?.start ?? at)) % windowMs), count: 0 };
        windows.set(key, window);
      }
      const resetSeconds = Math.max(1, Math.ceil((window.start + windowMs - at) / 1000));
      if (window.count >= limit) return { allowed: false, limit, remaining: 0, resetSeconds };
      window.count += 1;
      return { allowed: true, limit, remaining: limit - window.count, resetSeconds };
    },
    reset() {
      windows.clear();
    },
  };
}
