import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../../framework/types.js";
import { detailError, validationError } from "../errors.js";
import type { RunRecord } from "../model.js";
import { readPage, sortedView } from "../pagination.js";
import type { RetabState } from "../state.js";
import { parseStepId, runSteps, type StepView } from "../steps.js";
import { QueryReader } from "../validation.js";

function compareSteps(a: StepView, b: StepView): number {
  return (
    a.startedAt - b.startedAt ||
    (a.stepId < b.stepId ? -1 : a.stepId > b.stepId ? 1 : 0) ||
    (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0)
  );
}

function stepsIn(state: RetabState, runs: Iterable<RunRecord>, now: number): StepView[] {
  const steps: StepView[] = [];
  for (const run of runs) steps.push(...runSteps(run, state.workflows.get(run.workflowId), now));
  return steps.sort(compareSteps);
}

function candidateRuns(
  state: RetabState,
  runId: string | undefined,
  workflowId: string | undefined,
): RunRecord[] {
  if (runId !== undefined) {
    const run = state.runs.get(runId);
    return run === undefined || (workflowId !== undefined && run.workflowId !== workflowId) ? [] : [run];
  }
  return workflowId === undefined
    ? state.runsByCreated
    : state.runsByCreated.filter((run) => run.workflowId === workflowId);
}

/**
 * `GET /v1/workflows/steps`: steps by `started_at` ascending (`step_id` breaks ties), filtered by
 * run, workflow, block, step, block types and statuses; `before` and `after` are exclusive (400).
 *
 * @example
 * ```ts
 * listSteps(request, state, ctx); // { status: 200, json: { data, list_metadata } }
 * ```
 */
export function listSteps(
  request: EmulatorRequest,
  state: RetabState,
  ctx: ProviderContext,
): EmulatorResponse {
  const query = new QueryReader(request.query);
  const runId = query.string("run_id");
  const workflowId = query.string("workflow_id");
  const blockId = query.string("block_id");
  const stepId = query.string("step_id");
  const blockTypes = query.list("block_type");
  const statuses = query.list("status");
  const before = query.string("before");
  const after = query.string("after");
  const limit = query.integer("limit", { min: 1, max: 1000, fallback: 20 });
  if (query.issues.length > 0) return validationError(query.issues);
  if (before !== undefined && after !== undefined)
    return detailError(400, "Pass either 'before' or 'after', not both.");

  const steps = stepsIn(state, candidateRuns(state, runId, workflowId), ctx.now());
  const matches = (step: StepView): boolean =>
    (blockId === undefined || step.blockId === blockId) &&
    (stepId === undefined || step.stepId === stepId) &&
    (blockTypes.length === 0 || blockTypes.includes(step.blockType)) &&
    (statuses.length === 0 || statuses.includes(step.status));
  const cursorId = before ?? after;
  const cursor = cursorId === undefined ? undefined : steps.find((step) => step.stepId === cursorId);
  if (cursorId !== undefined && cursor === undefined)
    return detailError(400, `Unknown step cursor: ${cursorId}`);
  const page = readPage({
    view: sortedView(steps, compareSteps, "asc"),
    matches,
    idOf: (step) => step.stepId,
    limit,
    after: after === undefined ? undefined : cursor,
    before: before === undefined ? undefined : cursor,
  });
  return {
    status: 200,
    json: {
      data: page.items.map((step) => step.json()),
      list_metadata: { before: page.before, after: page.after },
    },
  };
}

/**
 * `GET /v1/workflows/steps/{step_id}`; `run_id`, when given, must be the step's run.
 *
 * @example
 * ```ts
 * getStep(request, "step_8mXo2tQbLr5vNc1Z_extract-1", state, ctx);
 * ```
 */
export function getStep(
  request: EmulatorRequest,
  stepId: string,
  state: RetabState,
  ctx: ProviderContext,
): EmulatorResponse {
  const named = parseStepId(stepId);
  const runId = request.query.get("run_id");
  const run =
    named === null || (runId !== null && runId !== named.runId) ? undefined : state.runs.get(named.runId);
  const step =
    run === undefined
      ? undefined
      : runSteps(run, state.workflows.get(run.workflowId), ctx.now()).find(
          (candidate) => candidate.stepId === stepId,
        );
  return step === undefined ? detailError(404, "Step not found") : { status: 200, json: step.json() };
}
