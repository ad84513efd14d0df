import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../../framework/types.js";
import { detailError, validationError } from "../errors.js";
import { isTerminal, runJson, runStatusAt } from "../lifecycle.js";
import { cancelRunAt, deleteRun, type RetabState } from "../state.js";
import { emitRunEvent } from "../webhooks.js";
import { BodyReader, parseJsonBody } from "../validation.js";

const RUN_NOT_FOUND = "Workflow run not found";

/**
 * `GET /v1/workflows/runs/{run_id}`.
 *
 * @example
 * ```ts
 * getRun("run_…", state, ctx);
 * ```
 */
export function getRun(runId: string, state: RetabState, ctx: ProviderContext): EmulatorResponse {
  const run = state.runs.get(runId);
  if (run === undefined) return detailError(404, RUN_NOT_FOUND);
  return { status: 200, json: runJson(run, ctx.now(), state.workflows.get(run.workflowId)) };
}

/**
 * `DELETE /v1/workflows/runs/{run_id}`: 204, the run and its steps are gone.
 *
 * @example
 * ```ts
 * removeRun("run_…", state);
 * ```
 */
export function removeRun(runId: string, state: RetabState): EmulatorResponse {
  const run = state.runs.get(runId);
  if (run === undefined) return detailError(404, RUN_NOT_FOUND);
  deleteRun(state, run);
  return { status: 204 };
}

/**
 * `POST /v1/workflows/runs/{run_id}/cancel`: a pending, running or awaiting-review run becomes
 * `cancelled` (and its webhook goes out); a finished one answers `cancellation_failed`; a cancelled
 * one (a repeated command) answers `cancelled` again. `command_id`s are recorded on the run.
 *
 * @example
 * ```ts
 * cancelRun(request, "run_…", state, ctx); // { run, redis_available: true, cancellation_status: "cancelled" }
 * ```
 */
export function cancelRun(
  request: EmulatorRequest,
  runId: string,
  state: RetabState,
  ctx: ProviderContext,
): EmulatorResponse {
  const parsed = parseJsonBody(request.body);
  if (!parsed.ok) return validationError(parsed.issues);
  let commandId: string | undefined;
  if (parsed.value !== undefined && parsed.value !== null) {
    const body = new BodyReader(parsed.value);
    commandId = body.string("command_id", { nullable: true });
    if (body.issues.length > 0) return validationError(body.issues);
  }
  const run = state.runs.get(runId);
  if (run === undefined) return detailError(404, RUN_NOT_FOUND);
  const now = ctx.now();
  const workflow = state.workflows.get(run.workflowId);
  const status = runStatusAt(run, now);
  let cancellation: "cancelled" | "cancellation_failed";
  if (status === "cancelled") cancellation = "cancelled";
  else if (isTerminal(status)) cancellation = "cancellation_failed";
  else {
    cancelRunAt(state, run, now, "Cancelled via API");
    cancellation = "cancelled";
    emitRunEvent(ctx, run, workflow, "cancelled");
  }
  if (commandId !== undefined) (run.cancelCommands ??= new Set()).add(commandId);
  return {
    status: 200,
    json: { run: runJson(run, now, workflow), redis_available: true, cancellation_status: cancellation },
  };
}
