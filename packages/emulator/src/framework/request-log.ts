import type { FaultKind } from "./faults.js";

/**
 * One request as the emulator saw and answered it.
 *
 * @example
 * ```ts
 * const resets = emulator.state.requestLog.filter((entry: RequestLogEntry) => entry.fault === "reset");
 * ```
 */
export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  /** Query string without `?` (empty when none). */
  readonly query: string;
  /** Status sent, or null when no status line went out (connection reset). */
  readonly status: number | null;
  /** Emulator clock time when the request arrived (ms). */
  readonly time: number;
  readonly requestId: string;
  /** The fault injected into this request, if any. */
  readonly fault: FaultKind | null;
  /** True when the provider module handled the request (false for preflights and pre-handle faults). */
  readonly handled: boolean;
  /** The `Idempotency-Key` header, if sent. */
  readonly idempotencyKey: string | null;
}

/**
 * Running totals since start (or the last `reset()`).
 *
 * @example
 * ```ts
 * const { requests, faults }: RequestCounters = emulator.state.counters;
 * ```
 */
export interface RequestCounters {
  requests: number;
  handled: number;
  byStatus: Record<number, number>;
  faults: Record<FaultKind, number>;
  rateLimited: number;
  webhooksDelivered: number;
  webhooksFailed: number;
}

/**
 * The request log: a bounded list (oldest entries dropped past `limit`, so a long benchmark does
 * not grow memory) plus counters that are never dropped.
 *
 * @example
 * ```ts
 * const log = createRequestLog(1000);
 * log.add(entry);
 * log.entries().filter((e) => e.method === "POST").length;
 * ```
 */
export function createRequestLog(limit: number) {
  let entries: RequestLogEntry[] = [];
  let counters = emptyCounters();
  const trimmed = () => {
    if (entries.length > limit) entries.splice(0, entries.length - limit);
    return entries;
  };
  return {
    add(entry: RequestLogEntry): void {
      entries.push(entry);
      // Trim in batches: one splice per `limit` requests keeps adding O(1) amortized.
      if (entries.length >= limit * 2) trimmed();
      counters.requests += 1;
      if (entry.handled) counters.handled += 1;
      if (entry.status !== null) counters.byStatus[entry.status] = (counters.byStatus[entry.status] ?? 0) + 1;
      if (entry.fault !== null) counters.faults[entry.fault] += 1;
    },
    entries: (): readonly RequestLogEntry[] => trimmed(),
    counters: (): RequestCounters => counters,
    reset(): void {
      entries = [];
      counters = emptyCounters();
    },
  };
}

function emptyCounters(): RequestCounters {
  return {
    requests: 0,
    handled: 0,
    byStatus: {},
    faults: { internal_error: 0, rate_limited: 0, reset: 0, slow_body: 0, stall: 0 },
    rateLimited: 0,
    webhooksDelivered: 0,
    webhooksFailed: 0,
  };
}
