import {
  ConfigurationError,
  type DurationModel,
  type Paginator,
  type PollOptions,
  type RequestOptions,
} from "@docrun/core";
import { requireId } from "./context.js";
import type { WorkflowRun, WorkflowRunSummary } from "./types.js";

/**
 * Options of `extend.learnDurations()`.
 * @example `await extend.learnDurations(workflowId, { limit: 10 });`
 */
export interface LearnDurationsOptions extends RequestOptions {
  /** How many recent processed runs to read (1–100, default 20): one request. */
  limit?: number | undefined;
}

type RunIdentity = Pick<WorkflowRun, "workflow" | "workflowVersion">;

/** The duration-model keys of a run: its workflow version first, then the workflow as a whole. */
const keysOf = (run: RunIdentity | undefined): string[] | undefined =>
  run?.workflow?.id ? [`${run.workflow.id}@${run.workflowVersion?.id ?? ""}`, run.workflow.id] : undefined;

const epochMs = (iso: string | null | undefined): number | undefined => {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
};

/**
 * What `poll()` needs to place checks from this workflow's past runs and to record this one:
 * after a create (`created`), the wait starts with the run; a wait on an existing run reads its
 * age from `initialRunAt`.
 *
 * @example
 * ```ts
 * poll(fetchRun, { isDone, ...runHistory(context.durations, created) });
 * ```
 */
export function runHistory(
  model: DurationModel,
  created?: WorkflowRun,
): Pick<PollOptions<WorkflowRun>, "history" | "checkAtStart"> {
  return {
    checkAtStart: created === undefined,
    history: {
      model,
      key: (run) => keysOf(run ?? created),
      ...(created === undefined && { startedAt: (run: WorkflowRun) => epochMs(run.initialRunAt) }),
    },
  };
}

/**
 * Reads up to `limit` recent processed runs of a workflow (one listing request) and records how
 * long each took (`createdAt` → `endTime`) in `model`. Returns how many were recorded.
 *
 * @example
 * ```ts
 * const learned = await learnDurations(model, workflowId, (limit) => runs.list({ workflowId, maxItems: limit }), {});
 * ```
 */
export async function learnDurations(
  model: DurationModel,
  workflowId: string,
  list: (limit: number, o: RequestOptions) => Paginator<WorkflowRunSummary, string>,
  options: LearnDurationsOptions,
): Promise<number> {
  requireId("workflowId", workflowId);
  const { limit = 20, ...o } = options;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new ConfigurationError(`limit must be an integer from 1 to 100 (got ${String(limit)})`);
  const runs = await list(limit, o).toArray({ limit });
  let learned = 0;
  for (const run of runs.reverse()) {
    const start = epochMs(run.createdAt);
    const end = epochMs(run.endTime);
    const keys = keysOf(run);
    if (start === undefined || end === undefined || end <= start || !keys) continue;
    for (const key of keys) model.record(key, end - start);
    learned++;
  }
  return learned;
}
