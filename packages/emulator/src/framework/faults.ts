import type { FaultOptions } from "./options.js";

/**
 * A fault the emulator injected into one request.
 *
 * @example
 * ```ts
 * const kind: FaultKind | null = emulator.state.requestLog[0]?.fault ?? null;
 * ```
 */
export type FaultKind = "internal_error" | "rate_limited" | "reset" | "slow_body" | "stall";

/** What the fault plan decided for one request. */
export interface FaultDecision {
  /** A fault replacing the response (or the connection), or null. */
  readonly replace: "internal_error" | "rate_limited" | "reset" | "stall" | null;
  /** Send the body slowly (applies to whatever response is sent). */
  readonly slowBody: boolean;
  /** Extra latency in ms before the request is handled. */
  readonly delayMs: number;
}

const NO_FAULT: FaultDecision = { replace: null, slowBody: false, delayMs: 0 };

/**
 * Decides the faults for each request from the seeded random. Every eligible request draws the
 * same three numbers whatever the outcome, so the n-th request of a run with a given seed always
 * gets the same fault: a failing test replays exactly.
 *
 * @example
 * ```ts
 * const plan = createFaultPlan({ errorRate: 0.2 }, createSeededRandom(1));
 * plan.decide("GET", "/v1/runs").replace; // "internal_error" about one time in five
 * ```
 */
export function createFaultPlan(options: FaultOptions | undefined, random: () => number) {
  if (options === undefined) return { decide: (_method: string, _path: string): FaultDecision => NO_FAULT };
  const errorRate = rate(options.errorRate);
  const rateLimitRate = rate(options.rateLimitRate);
  const resetRate = rate(options.resetRate);
  const stallRate = rate(options.stallRate);
  const slowBodyRate = rate(options.slowBodyRate);
  const latencyMs = Math.max(0, options.latencyMs ?? 0);
  const jitterMs = Math.max(0, options.jitterMs ?? 0);
  const onlyPaths = options.onlyPaths;
  const onlyMethods = options.onlyMethods?.map((method) => method.toUpperCase());

  function eligible(method: string, path: string): boolean {
    if (onlyMethods !== undefined && !onlyMethods.includes(method)) return false;
    if (onlyPaths === undefined) return true;
    return onlyPaths.some((pattern) =>
      typeof pattern === "string" ? path.startsWith(pattern) : pattern.test(path),
    );
  }

  return {
    decide(method: string, path: string): FaultDecision {
      if (!eligible(method, path)) return NO_FAULT;
      const pick = random();
      const slow = random();
      const jitter = random();
      let replace: FaultDecision["replace"] = null;
      // One draw split into adjacent bands keeps the rates independent of each other's order.
      let band = errorRate;
      if (pick < band) replace = "internal_error";
      else if (pick < (band += rateLimitRate)) replace = "rate_limited";
      else if (pick < (band += resetRate)) replace = "reset";
      else if (pick < (band += stallRate)) replace = "stall";
      return { replace, slowBody: slow < slowBodyRate, delayMs: latencyMs + Math.floor(jitter * jitterMs) };
    },
  };
}

function rate(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}
