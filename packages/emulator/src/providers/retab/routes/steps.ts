import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../../framework/types.js";
import { detailError, validationError } from "../errors.js";
import { readPage, sortedView, type OrderedView } from "../pagination.js";
import type { RetabState } from "../state.js";
import { stepIndex, type StepIndex } from "../step-index.js";
import { parseStepId, runSteps, stepAt, type StepView } from "../steps.js";
import { QueryReader } from "../validation.js";

function compareSteps(a: StepView, b: StepView): number {
  return (
    a.startedAt - b.startedAt ||
    (a.stepId < b.stepId ? -1 : a.stepId > b.stepId ? 1 : 0) ||
    (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0)
  );
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
  const filter: StepFilter = {
    runId: query.string("run_id"),
    workflowId: query.string("workflow_id"),
    blockId: query.string("block_id"),
    stepId: query.string("step_id"),
    blockTypes: query.list("block_type"),
    statuses: query.list("status"),
  };
  const before = query.string("before");
  const after = query.string("after");
  const limit = query.integer("limit", { min: 1, max: 1000, fallback: 20 });
  if (query.issues.length > 0) return validationError(query.issues);
  if (before !== undefined && after !== undefined)
    return detailError(400, "Pass either 'before' or 'after', not both.");
  const cursorId = before ?? after;
  const now = ctx.now();
  const page =
    filter.runId === undefined
      ? pageOfAllSteps(state, filter, now, limit, cursorId, after !== undefined)
      : pageOfRunSteps(state, filter, now, limit, cursorId, after !== undefined);
  if (page === null) return detailError(400, `Unknown step cursor: ${cursorId}`);
  return {
    status: 200,
    json: {
      data: page.items.map((step) => step.json()),
      list_metadata: { before: page.before, after: page.after },
    },
  };
}

interface StepFilter {
  readonly runId: string | undefined;
  readonly workflowId: string | undefined;
  readonly blockId: string | undefined;
  readonly stepId: string | undefined;
  readonly blockTypes: readonly string[];
  readonly statuses: readonly string[];
}

/** The page, or null when the cursor names no current step of the listed runs. */
type StepPage = { items: StepView[]; before: string | null; after: string | null } | null;

function matchesStep(step: StepView, filter: StepFilter): boolean {
  return (
    (filter.blockId === undefined || step.blockId === filter.blockId) &&
    (filter.stepId === undefined || step.stepId === filter.stepId) &&
    (filter.blockTypes.length === 0 || filter.blockTypes.includes(step.blockType)) &&
    (filter.statuses.length === 0 || filter.statuses.includes(step.status))
  );
}

// One run's steps: few enough to build and sort on every request.
function pageOfRunSteps(
  state: RetabState,
  filter: StepFilter,
  now: number,
  limit: number,
  cursorId: string | undefined,
  forward: boolean,
): StepPage {
  const run = state.runs.get(filter.runId!);
  const steps =
    run === undefined || (filter.workflowId !== undefined && run.workflowId !== filter.workflowId)
      ? []
      : runSteps(run, state.workflows.get(run.workflowId), now).sort(compareSteps);
  const cursor = cursorId === undefined ? undefined : steps.find((step) => step.stepId === cursorId);
  if (cursorId !== undefined && cursor === undefined) return null;
  return readPage({
    view: sortedView(steps, compareSteps, "asc"),
    matches: (step) => matchesStep(step, filter),
    idOf: (step) => step.stepId,
    limit,
    after: forward ? cursor : undefined,
    before: forward ? undefined : cursor,
  });
}

// Every run's steps (an organisation-wide list): read from the step index, so a page costs what
// it scans instead of building and sorting every step of every run.
function pageOfAllSteps(
  state: RetabState,
  filter: StepFilter,
  now: number,
  limit: number,
  cursorId: string | undefined,
  forward: boolean,
): StepPage {
  const index = stepIndex(state);
  const stepAtPosition = (position: number): StepView | null => {
    const run = index.run(position);
    const workflow = state.workflows.get(run.workflowId);
    return workflow === undefined ? null : stepAt(run, workflow, index.block(position), now);
  };
  const matches = (position: number): boolean => {
    const run = index.run(position);
    if (filter.workflowId !== undefined && run.workflowId !== filter.workflowId) return false;
    // Not started yet (or the run was cancelled first): the step does not exist.
    if (index.start(position) > Math.min(now, run.cancelledAt ?? Infinity)) return false;
    const step = stepAtPosition(position);
    return step !== null && matchesStep(step, filter);
  };
  let cursor: number | undefined;
  if (cursorId !== undefined) {
    cursor = locateCursor(state, index, filter, cursorId, now);
    if (cursor === undefined) return null;
  }
  const view: OrderedView<number> = {
    length: index.length,
    at: (position) => position,
    locate: (position) => ({ index: position, exact: true }),
  };
  const page = readPage({
    view,
    matches,
    idOf: (position) => stepAtPosition(position)!.stepId,
    limit,
    after: forward ? cursor : undefined,
    before: forward ? undefined : cursor,
  });
  return { ...page, items: page.items.map((position) => stepAtPosition(position)!) };
}

function locateCursor(
  state: RetabState,
  index: StepIndex,
  filter: StepFilter,
  cursorId: string,
  now: number,
): number | undefined {
  const named = parseStepId(cursorId);
  const run = named === null ? undefined : state.runs.get(named.runId);
  if (named === null || run === undefined) return undefined;
  if (filter.workflowId !== undefined && run.workflowId !== filter.workflowId) return undefined;
  const workflow = state.workflows.get(run.workflowId);
  const blockIndex = workflow?.blocks.findIndex((block) => block.id === named.blockId) ?? -1;
  if (workflow === undefined || blockIndex === -1) return undefined;
  const step = stepAt(run, workflow, blockIndex, now);
  if (step === null || step.stepId !== cursorId) return undefined;
  const position = index.positionOf(run, blockIndex);
  return position === -1 ? undefined : position;
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
