import {
  ConfigurationError,
  type DurationModel,
  type IdCursor,
  type Paginator,
  type PollOptions,
  type RequestOptions,
} from "@docrun/core";
import { requireId } from "./checks.js";
import type { WorkflowRun } from "./types.js";

/**
 * Options of `retab.learnDurations()`.
 * @example `await retab.learnDurations("wf_3Fh8kLmN2pQr", { limit: 10 });`
 */
export interface LearnDurationsOptions extends RequestOptions {
  /** How many recent completed runs to read (1–100, default 20): one request. */
  limit?: number | undefined;
}

/** The duration-model keys of a run: its workflow version first, then the workflow as a whole. */
const keysOf = (run: WorkflowRun | undefined): string[] | undefined =>
  run?.workflow_id ? [`${run.workflow_id}@${run.workflow_version_id ?? ""}`, run.workflow_id] : undefined;

const epochMs = (iso: string | null | undefined): number | undefined => {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
};

/**
 * What `poll()` needs to place checks from this workflow's past runs and to record this one:
 * after a create (`created`), the wait starts with the run; a wait on an existing run reads its
 * age from `timing.created_at`.
 *
 * @example
 * ```ts
 * poll(fetchRun, { isDone, ...runHistory(durations, created) });
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
      ...(created === undefined && { startedAt: (run: WorkflowRun) => epochMs(run.timing?.created_at) }),
    },
  };
}

/**
 * Reads up to `limit` recent completed runs of a workflow (one listing request) and records how
 * long each took (`timing.created_at` → `timing.completed_at`). Returns how many were recorded.
 *
 * @example
 * ```ts
 * await learnDurations(model, workflowId, (limit) => runs.list({ workflow_id: workflowId, limit, maxItems: limit }), {});
 * ```
 */
export async function learnDurations(
  model: DurationModel,
  workflowId: string,
  list: (limit: number, o: RequestOptions) => Paginator<WorkflowRun, IdCursor>,
  options: LearnDurationsOptions,
): Promise<number> {
  requireId("workflowId", workflowId);
  const { limit = 20, ...o } = options;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new ConfigurationError(`limit must be an integer from 1 to 100 (got ${String(limit)})`);
  const runs = await list(limit, o).toArray({ limit });
  let learned = 0;
  for (const run of runs.reverse()) {
    const start = epochMs(run.timing?.created_at);
    const end = epochMs(run.timing?.completed_at);
    const keys = keysOf(run);
    if (start === undefined || end === undefined || end <= start || !keys) continue;
    for (const key of keys) model.record(key, end - start);
    learned++;
  }
  return learned;
}
