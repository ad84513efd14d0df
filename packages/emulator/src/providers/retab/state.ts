import type { ProviderContext, SeedOptions } from "../../framework/types.js";
import { createSeededRandom } from "../../framework/random.js";
import { buildWorkflows } from "./catalog.js";
import type { RunRecord, UploadRecord, WorkflowRecord } from "./model.js";
import { compareCreated, seedRuns } from "./seed.js";

/** What an `Idempotency-Key` on run creation was first used for. */
export interface IdempotencyRecord {
  /** The request body the key was first sent with (a reuse with another body is refused). */
  readonly fingerprint: string;
  readonly runId: string;
  /** How many later requests with this key got the stored run back instead of a new one. */
  replays: number;
}

/** The Retab emulator's store: workflows, runs, uploads and idempotency keys. */
export interface RetabState {
  readonly workflows: ReadonlyMap<string, WorkflowRecord>;
  /** Workflows in creation order. */
  readonly workflowList: readonly WorkflowRecord[];
  readonly runs: Map<string, RunRecord>;
  /** Live runs sorted by `(createdAt, id)` ascending: the index every run list walks. */
  readonly runsByCreated: RunRecord[];
  /** Deleted runs, kept so a cursor pointing at one still positions the next page. */
  readonly deletedRuns: Map<string, RunRecord>;
  readonly idempotency: Map<string, IdempotencyRecord>;
  readonly uploads: Map<string, UploadRecord>;
  /**
   * Moves on every change to the set of runs or to a run's timing (insert, delete, cancel):
   * indexes derived from the runs (time-sorted lists, the step index) rebuild when it moves.
   */
  revision: number;
}

const DEFAULT_WORKFLOWS = 3;

/**
 * Builds the store: the built-in workflows (plus `seed.workflows` in total when seeded) and
 * `seed.runs` deterministic runs drawn from `seed.seed`.
 *
 * @example
 * ```ts
 * const state = createRetabState(ctx, { runs: 100_000, seed: 7 });
 * state.runsByCreated.length; // 100000
 * ```
 */
export function createRetabState(_ctx: ProviderContext, seed: SeedOptions | undefined): RetabState {
  const random = createSeededRandom(seed?.seed ?? 0);
  const workflowCount =
    seed?.workflows ??
    (seed === undefined
      ? DEFAULT_WORKFLOWS
      : Math.min(20, Math.max(DEFAULT_WORKFLOWS, Math.ceil(seed.runs / 5000))));
  const workflowList = buildWorkflows(workflowCount, random);
  const runsByCreated = seed === undefined ? [] : seedRuns(seed.runs, random, workflowList);
  const runs = new Map<string, RunRecord>();
  for (const run of runsByCreated) runs.set(run.id, run);
  return {
    workflows: new Map(workflowList.map((workflow) => [workflow.id, workflow])),
    workflowList,
    runs,
    runsByCreated,
    deletedRuns: new Map(),
    idempotency: new Map(),
    uploads: new Map(),
    revision: 0,
  };
}

/**
 * Adds a run at its place in the creation-ordered index (binary search: an injected clock may
 * create runs "in the past").
 *
 * @example
 * ```ts
 * insertRun(state, run);
 * ```
 */
export function insertRun(state: RetabState, run: RunRecord): void {
  state.runs.set(run.id, run);
  const list = state.runsByCreated;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareCreated(list[middle] as RunRecord, run) < 0) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, run);
  state.revision += 1;
}

/**
 * Removes a run (and the idempotency keys that point at it), keeping a tombstone for cursors.
 *
 * @example
 * ```ts
 * deleteRun(state, "run_…");
 * ```
 */
export function deleteRun(state: RetabState, run: RunRecord): void {
  state.runs.delete(run.id);
  state.deletedRuns.set(run.id, run);
  const index = state.runsByCreated.indexOf(run);
  if (index !== -1) state.runsByCreated.splice(index, 1);
  for (const [key, record] of state.idempotency) if (record.runId === run.id) state.idempotency.delete(key);
  state.revision += 1;
}

/**
 * Cancels a run at emulator time `now` (its status and timing follow from `cancelledAt`).
 *
 * @example
 * ```ts
 * cancelRunAt(state, run, ctx.now(), "Cancelled via API");
 * ```
 */
export function cancelRunAt(state: RetabState, run: RunRecord, now: number, reason: string): void {
  run.cancelledAt = now;
  run.cancelReason = reason;
  state.revision += 1;
}
