import {
  ConfigurationError,
  type DurationModel,
  type Paginator,
  type PollOptions,
  type RequestOptions,
} from "@docrun/core";
import { requireId } from "./context.js";
import type { FileResults, WorkflowRun, WorkflowRunResponse } from "./types.js";

/**
 * Options of `af.learnDurations()`.
 * @example `await af.learnDurations(workflowId, { limit: 10 });`
 */
export interface LearnDurationsOptions extends RequestOptions {
  /** How many recent processed runs to read (1–100, default 20): one request. */
  limit?: number | undefined;
}

const epochMs = (iso: string | null | undefined): number | undefined => {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
};

/**
 * What `poll()` needs to place checks from this workflow's past runs. After `run` (`started`:
 * its 202 answer) the wait starts with the run and records its duration under the workflow
 * version and the workflow. A wait on an existing collection only reads the workflow's history:
 * the results endpoint says nothing of when the run began, so its duration is not recorded.
 *
 * @example
 * ```ts
 * poll(fetchResults, { isDone, ...resultsHistory(durations, workflowId, started) });
 * ```
 */
export function resultsHistory(
  model: DurationModel,
  workflowId: string,
  started?: WorkflowRunResponse,
): Pick<PollOptions<FileResults>, "history" | "checkAtStart"> {
  const keys = started?.version_id ? [`${workflowId}@${started.version_id}`, workflowId] : [workflowId];
  return {
    checkAtStart: started === undefined,
    history: { model, key: () => keys, record: started !== undefined },
  };
}

/**
 * Reads up to `limit` recent runs of a workflow (one listing request) and records how long the
 * processed ones took (`created_at` → `updated_at`) under the workflow. AnyFormat's listing does
 * not say which version ran, so a version without runs of its own uses these.
 *
 * @example
 * ```ts
 * await learnDurations(model, workflowId, (limit) => workflows.listRuns(workflowId, { pageSize: limit, maxItems: limit }), {});
 * ```
 */
export async function learnDurations(
  model: DurationModel,
  workflowId: string,
  list: (limit: number, o: RequestOptions) => Paginator<WorkflowRun, number>,
  options: LearnDurationsOptions,
): Promise<number> {
  requireId("workflowId", workflowId);
  const { limit = 20, ...o } = options;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new ConfigurationError(`limit must be an integer from 1 to 100 (got ${String(limit)})`);
  const runs = await list(limit, o).toArray({ limit });
  let learned = 0;
  for (const run of runs.reverse()) {
    const start = epochMs(run.created_at);
    const end = epochMs(run.updated_at);
    if (run.status !== "processed" || start === undefined || end === undefined || end <= start) continue;
    model.record(workflowId, end - start);
    learned++;
  }
  return learned;
}
