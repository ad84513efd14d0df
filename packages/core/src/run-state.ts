/**
 * The run states every provider's statuses map onto.
 *
 * @example
 * ```ts
 * const state: RunState = toRunState(run.status); // "succeeded"
 * ```
 */
export type RunState = "queued" | "running" | "needs_review" | "succeeded" | "failed" | "cancelled";
