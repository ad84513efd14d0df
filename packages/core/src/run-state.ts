/**
 * The run states every provider's statuses map onto.
 *
 * @example
 * ```ts
 * const state: RunState = toRunState(run.status); // "succeeded"
 * ```
 */
export type RunState = "queued" | "running" | "needs_review" | "succeeded" | "failed" | "cancelled";

/**
 * A provider status's run state from `table`, by own property only: a status the table does not
 * list (`__proto__`, `constructor`, `toString`, a new status, a non-string) gives `fallback`.
 *
 * @example
 * ```ts
 * lookupRunState({ done: "succeeded" }, run.status, "running"); // "running" for "toString"
 * ```
 */
export function lookupRunState(
  table: Readonly<Record<string, RunState>>,
  status: unknown,
  fallback: RunState,
): RunState {
  return typeof status == "string" && Object.hasOwn(table, status) ? table[status]! : fallback;
}
