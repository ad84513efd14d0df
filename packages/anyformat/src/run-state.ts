import { lookupRunState, type RunState } from "@docrun/core";
import type { RunStatus } from "./types.js";

const STATES: Record<RunStatus, RunState> = {
  pending: "queued",
  queued: "queued",
  in_progress: "running",
  processed: "succeeded",
  error: "failed",
  cancelled: "cancelled",
};

/**
 * Maps an AnyFormat run status to docrun's shared vocabulary (`queued`, `running`, `succeeded`,
 * `failed`, `cancelled`), for applications that use more than one provider. The provider's own
 * `status` stays on the object. Any status not listed above (one AnyFormat adds later, or a name
 * like `toString` or `__proto__`) maps to `running` (not terminal).
 * Takes a run or its status, as `toRunState` does in every docrun provider package.
 *
 * @example
 * ```ts
 * for await (const run of af.workflows.listRuns(workflowId)) {
 *   if (toRunState(run) === "failed") console.log(run.id, run.status); // "error"
 * }
 * ```
 */
export function toRunState(run: { status: string } | string): RunState {
  return lookupRunState(STATES, typeof run === "string" ? run : run?.status, "running");
}
