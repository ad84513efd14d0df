import { lookupRunState, type RunState } from "@docrun/core";
import type { WorkflowRun, WorkflowRunStatus } from "./types.js";

const STATES: Record<WorkflowRunStatus, RunState> = {
  pending: "queued",
  running: "running",
  awaiting_review: "needs_review",
  completed: "succeeded",
  error: "failed",
  cancelled: "cancelled",
};

/**
 * Maps a Retab run to docrun's shared run-state vocabulary (for apps that use several providers).
 * The run keeps its own `lifecycle.status`; this only reads it. Takes a run or its status; any
 * status not listed (one Retab adds later, or a name like `toString` or `__proto__`) maps to
 * `running` (a wait does not treat it as terminal either).
 *
 * @example
 * ```ts
 * toRunState(run); // "succeeded" for lifecycle.status "completed", "needs_review" for "awaiting_review"
 * ```
 */
export function toRunState(run: Pick<WorkflowRun, "lifecycle"> | WorkflowRunStatus): RunState {
  return lookupRunState(STATES, typeof run === "string" ? run : run?.lifecycle?.status, "running");
}

/**
 * Statuses a run never leaves. `awaiting_review` is a pause, not an end.
 * @example `if (TERMINAL_STATUSES.has(run.lifecycle.status)) console.log("finished", run.id);`
 */
export const TERMINAL_STATUSES: ReadonlySet<WorkflowRunStatus> = new Set(["completed", "error", "cancelled"]);
