import { sleep as defaultSleep } from "../poll/clock.js";

/**
 * Spaces a client's requests by the server's rate-limit headers, so a client at the limit spends
 * it evenly instead of bursting into 429s and waiting out whole `Retry-After`s.
 * @example `await pacer.acquire(signal); const response = await fetch(url); pacer.observe(response);`
 */
export interface RatePacer {
  /** Waits for this request's turn: at once unless the client is near the server's limit. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Learns from a response's `x-ratelimit-limit` / `-remaining` / `-reset` headers and its status. */
  observe(response: Response): void;
}

/**
 * Options of {@link createRatePacer} (tests inject time).
 * @example `const options: RatePacerOptions = { now: () => t, sleep: async (ms) => void (t += ms) };`
 */
export interface RatePacerOptions {
  now?: (() => number) | undefined;
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

// Below the limit by one request per window (or 3 %), so a window never holds more than the
// limit even when requests arrive a little out of step with the server's window.
const allowedPerWindow = (limit: number) => Math.max(1, Math.min(limit - 1, limit * 0.97));

/**
 * A pacer per client. It does nothing until a response shows the client near the limit (half
 * the window's budget spent, or a 429); from then on, for two windows after the last such
 * response, requests start at most `limit - 1` per window, evenly spaced. The window is the
 * longest `x-ratelimit-reset` seen (seconds to the window's end; an epoch time is converted).
 *
 * @example
 * ```ts
 * const pacer = createRatePacer();
 * const transport = createTransport({ authorization: `Bearer ${key}`, pacer });
 * ```
 */
export function createRatePacer(options: RatePacerOptions = {}): RatePacer {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  let windowMs = 0;
  let intervalMs = 0;
  let pacingUntil = -Infinity;
  let nextSlot = -Infinity;
  return {
    async acquire(signal) {
      const at = now();
      if (at >= pacingUntil) return;
      const slot = Math.max(at, nextSlot);
      nextSlot = slot + intervalMs;
      if (slot > at) await sleep(slot - at, signal);
    },
    observe(response) {
      const limit = Number(response.headers.get("x-ratelimit-limit"));
      if (!(Number.isFinite(limit) && limit >= 1)) return;
      const remaining = Number(response.headers.get("x-ratelimit-remaining") ?? NaN);
      let resetSeconds = Number(response.headers.get("x-ratelimit-reset") ?? NaN);
      // Some APIs send the window's end as epoch seconds rather than seconds from now.
      if (resetSeconds > 1e9) resetSeconds -= now() / 1000;
      if (Number.isFinite(resetSeconds) && resetSeconds > 0)
        windowMs = Math.max(windowMs, resetSeconds * 1000);
      if (windowMs <= 0) return;
      intervalMs = windowMs / allowedPerWindow(limit);
      if (response.status === 429 || (Number.isFinite(remaining) && remaining <= limit / 2))
        pacingUntil = Math.max(pacingUntil, now() + 2 * windowMs);
    },
  };
}
