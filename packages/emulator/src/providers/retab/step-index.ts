import type { RunRecord, WorkflowRecord } from "./model.js";
import type { RetabState } from "./state.js";
import { blockWindow, stepIdOf } from "./steps.js";

/**
 * Every step any live run will ever have (one per block with a known start), in list order:
 * `started_at`, then step id, then run id. Positions are addressed by number and the arrays are
 * typed, so the index of 100,000 runs is a few megabytes and a page reads only what it scans.
 * Whether a step exists yet (its block has started) is decided at read time, so the index does
 * not depend on the clock and is rebuilt only when the store changes (`state.revision`).
 */
export interface StepIndex {
  readonly length: number;
  /** The run of the step at `position`. */
  run(position: number): RunRecord;
  /** The block index (in its workflow) of the step at `position`. */
  block(position: number): number;
  /** When the step at `position` starts (ms). */
  start(position: number): number;
  /** Where the step of `run`'s `blockIndex`-th block sits, or -1 when it is not indexed. */
  positionOf(run: RunRecord, blockIndex: number): number;
}

const indexes = new WeakMap<RetabState, { revision: number; index: StepIndex }>();

/**
 * The store's step index, built on first use after each change.
 *
 * @example
 * ```ts
 * const steps = stepIndex(state);
 * steps.run(0).id; // the run of the earliest step
 * ```
 */
export function stepIndex(state: RetabState): StepIndex {
  const cached = indexes.get(state);
  if (cached !== undefined && cached.revision === state.revision) return cached.index;
  const index = buildStepIndex(state.runsByCreated, state.workflows);
  indexes.set(state, { revision: state.revision, index });
  return index;
}

function buildStepIndex(
  runs: readonly RunRecord[],
  workflows: ReadonlyMap<string, WorkflowRecord>,
): StepIndex {
  let total = 0;
  for (const run of runs) total += workflows.get(run.workflowId)?.blocks.length ?? 0;
  const runAt = new Uint32Array(total);
  const blockAt = new Uint16Array(total);
  const startAt = new Float64Array(total);
  let length = 0;
  for (let runIndex = 0; runIndex < runs.length; runIndex++) {
    const run = runs[runIndex]!;
    const count = workflows.get(run.workflowId)?.blocks.length ?? 0;
    for (let block = 0; block < count; block++) {
      const [start] = blockWindow(run, block, count);
      if (!Number.isFinite(start)) continue;
      runAt[length] = runIndex;
      blockAt[length] = block;
      startAt[length] = start;
      length++;
    }
  }

  const stepIdAt = (entry: number): string => {
    const run = runs[runAt[entry]!]!;
    return stepIdOf(run.id, workflows.get(run.workflowId)!.blocks[blockAt[entry]!]!.id);
  };
  // Ties on start time are rare: the ids are built only for them.
  const compareEntries = (a: number, b: number): number => {
    const left = startAt[a]!;
    const right = startAt[b]!;
    if (left !== right) return left < right ? -1 : 1;
    return (
      compareStrings(stepIdAt(a), stepIdAt(b)) || compareStrings(runs[runAt[a]!]!.id, runs[runAt[b]!]!.id)
    );
  };
  const order = Array.from({ length }, (_, entry) => entry).sort(compareEntries);
  const sortedRun = new Uint32Array(length);
  const sortedBlock = new Uint16Array(length);
  const sortedStart = new Float64Array(length);
  order.forEach((entry, position) => {
    sortedRun[position] = runAt[entry]!;
    sortedBlock[position] = blockAt[entry]!;
    sortedStart[position] = startAt[entry]!;
  });

  const run = (position: number): RunRecord => runs[sortedRun[position]!]!;
  const block = (position: number): number => sortedBlock[position]!;
  const start = (position: number): number => sortedStart[position]!;
  return {
    length,
    run,
    block,
    start,
    positionOf(target, blockIndex) {
      const workflow = workflows.get(target.workflowId);
      const count = workflow?.blocks.length ?? 0;
      if (workflow === undefined || blockIndex < 0 || blockIndex >= count) return -1;
      const [targetStart] = blockWindow(target, blockIndex, count);
      const targetStepId = stepIdOf(target.id, workflow.blocks[blockIndex]!.id);
      const compareTo = (position: number): number => {
        const at = start(position);
        if (at !== targetStart) return at < targetStart ? -1 : 1;
        const other = run(position);
        return (
          compareStrings(
            stepIdOf(other.id, workflows.get(other.workflowId)!.blocks[block(position)]!.id),
            targetStepId,
          ) || compareStrings(other.id, target.id)
        );
      };
      let low = 0;
      let high = length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (compareTo(middle) < 0) low = middle + 1;
        else high = middle;
      }
      return low < length && compareTo(low) === 0 ? low : -1;
    },
  };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
