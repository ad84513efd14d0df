import { lookupRunState, type RunState } from "@docrun/core";
import type { WorkflowRun, WorkflowRunSummary } from "./types.js";

/**
 * The statuses in which a run is still moving; Extend treats every other status as final.
 * @example `const stillMoving = NON_TERMINAL_STATUSES.includes(run.status);`
 */
export const NON_TERMINAL_STATUSES: readonly string[] = ["PENDING", "PROCESSING", "CANCELLING"];

/**
 * Whether a run has stopped moving. Follows Extend's own rule: everything except `PENDING`,
 * `PROCESSING` and `CANCELLING` is terminal — including statuses added after this package was
 * generated, so a wait never spins forever on a new one.
 *
 * @example
 * ```ts
 * isTerminalStatus("NEEDS_REVIEW"); // true
 * isTerminalStatus("PROCESSING"); // false
 * ```
 */
export function isTerminalStatus(status: string): boolean {
  return !NON_TERMINAL_STATUSES.includes(status);
}

const STATES: Readonly<Record<string, RunState>> = {
  PENDING: "queued",
  PROCESSING: "running",
  CANCELLING: "running",
  NEEDS_REVIEW: "needs_review",
  PROCESSED: "succeeded",
  FAILED: "failed",
  REJECTED: "failed",
  CANCELLED: "cancelled",
};

/**
 * Maps an Extend run (or its status) to docrun's shared run states: `PENDING` → `queued`;
 * `PROCESSING` and `CANCELLING` → `running`; `NEEDS_REVIEW` → `needs_review`; `PROCESSED` →
 * `succeeded`; `FAILED` and `REJECTED` (rejected in review) → `failed`; `CANCELLED` →
 * `cancelled`. A status this package does not know is final by Extend's rule but neither a known
 * success nor a known failure, so it maps to `needs_review`: a person should look (so do names
 * like `toString` or `__proto__`, and a missing status). The run keeps its own `status`.
 *
 * @example
 * ```ts
 * import { toRunState } from "@docrun/extend";
 *
 * toRunState({ status: "PROCESSED" }); // "succeeded"
 * toRunState("CANCELLING"); // "running"
 * ```
 */
export function toRunState(run: Pick<WorkflowRun | WorkflowRunSummary, "status"> | string): RunState {
  return lookupRunState(STATES, typeof run === "string" ? run : run?.status, "needs_review");
}
