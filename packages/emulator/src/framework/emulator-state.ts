import type { RequestCounters, RequestLogEntry } from "./request-log.js";
import type { WebhookDelivery } from "./webhook-delivery.js";

/**
 * Which requests to count; every given field must match.
 *
 * @example
 * ```ts
 * const match: RequestMatch = { method: "POST", path: /^\/v1\/workflows\/runs$/, handled: true };
 * ```
 */
export interface RequestMatch {
  method?: string;
  /** Exact path, or a RegExp tested against the path. */
  path?: string | RegExp;
  status?: number;
  /** Only requests the provider module handled (excludes pre-handle faults and rate-limited ones). */
  handled?: boolean;
}

/**
 * What a test can inspect on a running emulator.
 *
 * @example
 * ```ts
 * const creates = emulator.state.countRequests({ method: "POST", path: "/workflow_runs", handled: true });
 * ```
 */
export interface EmulatorState<ProviderState = unknown> {
  /** The provider module's own store (workflows, runs, …). */
  readonly provider: ProviderState;
  /** Requests in arrival order (most recent `requestLogLimit` kept). */
  readonly requestLog: readonly RequestLogEntry[];
  /** Totals since start or the last `reset()`: requests, statuses, faults, webhooks. */
  readonly counters: Readonly<RequestCounters>;
  /** Every webhook delivery attempt, in order. */
  readonly webhookDeliveries: readonly WebhookDelivery[];
  /** Errors thrown by the provider module or by scheduled work (answered as 500 / swallowed). */
  readonly errors: readonly unknown[];
  /** Number of logged requests matching `match`. */
  countRequests(match?: RequestMatch): number;
  /** Run scheduled work that is due on the emulator clock (useful after moving an injected clock). */
  runScheduled(): void;
  /** Resolves when every webhook delivery started so far has finished. */
  webhooksIdle(): Promise<void>;
  /** Clear the request log, counters, webhook deliveries and errors (not the provider's data). */
  reset(): void;
}

/**
 * True when `entry` matches every field of `match`.
 *
 * @example
 * ```ts
 * matchesRequest(entry, { method: "POST" });
 * ```
 */
export function matchesRequest(entry: RequestLogEntry, match: RequestMatch): boolean {
  if (match.method !== undefined && entry.method !== match.method.toUpperCase()) return false;
  if (match.status !== undefined && entry.status !== match.status) return false;
  if (match.handled !== undefined && entry.handled !== match.handled) return false;
  if (match.path === undefined) return true;
  return typeof match.path === "string" ? entry.path === match.path : match.path.test(entry.path);
}
