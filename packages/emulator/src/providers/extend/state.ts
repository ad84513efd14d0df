import { seededRow } from "./id-codec.js";
import type { IdPrefix } from "./ids.js";
import { makeId } from "./ids.js";
import type { FileRecord, RunRecord, WorkflowRecord } from "./model.js";
import { RunIndex } from "./run-index.js";
import { seededFile, seededRun, type SeedTable } from "./seed.js";
import { SortedByKey } from "./sorted-by-key.js";

/** The Extend emulator's in-memory store. */
export interface ExtendState {
  workflows: Map<string, WorkflowRecord>;
  /** Seeded runs (column-wise), or null without a seed. */
  seeded: SeedTable | null;
  /** Runs created through the API, and seeded runs the API changed, by id. */
  runs: Map<string, RunRecord>;
  /** The runs of `runs`, sorted by each list sort key (re-sorted as their keys change). */
  dynamicRuns: RunIndex;
  /** Files created through the API (uploads and run inputs), by id. */
  files: Map<string, FileRecord>;
  /** The files of `files` in ascending (createdAt, id) order (their only sort key never changes). */
  filesByCreated: SortedByKey<FileRecord>;
  /** Random source for new ids. */
  random: () => number;
}

/**
 * An empty store (no workflows, runs or files).
 *
 * @example
 * ```ts
 * const state = emptyState(Math.random);
 * ```
 */
export function emptyState(random: () => number): ExtendState {
  return {
    workflows: new Map(),
    seeded: null,
    runs: new Map(),
    dynamicRuns: new RunIndex(),
    files: new Map(),
    filesByCreated: new SortedByKey(),
    random,
  };
}

/**
 * A fresh id for a new object of the store.
 *
 * @example
 * ```ts
 * newId(state, "workflow_run");
 * ```
 */
export function newId(state: ExtendState, prefix: IdPrefix): string {
  return makeId(prefix, state.random);
}

/**
 * The run with this id, or undefined (deleted runs are gone).
 *
 * @example
 * ```ts
 * findRun(state, "workflow_run_xKm9pNv3qWsY_jL2tR5Dh");
 * ```
 */
export function findRun(state: ExtendState, id: string): RunRecord | undefined {
  const run = state.runs.get(id);
  if (run !== undefined || state.seeded === null) return run;
  const row = seededRow("workflow_run", state.seeded.seed, id, state.seeded.rows);
  return row === -1 || state.seeded.moved[row] === 1 ? undefined : seededRun(state.seeded, row);
}

/**
 * The file with this id, or undefined.
 *
 * @example
 * ```ts
 * findFile(state, "file_xK9mLPqRtN3vS8wF5hB2cQ");
 * ```
 */
export function findFile(state: ExtendState, id: string): FileRecord | undefined {
  const file = state.files.get(id);
  if (file !== undefined || state.seeded === null) return file;
  const row = seededRow("file", state.seeded.seed, id, state.seeded.rows);
  return row === -1 ? undefined : seededFile(state.seeded, row);
}

/**
 * Adds a file created through the API.
 *
 * @example
 * ```ts
 * addFile(state, file);
 * ```
 */
export function addFile(state: ExtendState, file: FileRecord): void {
  if (state.files.has(file.id)) return;
  state.files.set(file.id, file);
  state.filesByCreated.insert(file, file.createdAtMs);
}

/**
 * Adds a run created through the API.
 *
 * @example
 * ```ts
 * addDynamicRun(state, run, ctx.now());
 * ```
 */
export function addDynamicRun(state: ExtendState, run: RunRecord, nowMs: number): void {
  run.tier = "dynamic";
  state.runs.set(run.id, run);
  state.dynamicRuns.add(run, nowMs);
}

/**
 * Moves a seeded run into the store because the API is about to change it (its sort keys may
 * then change, so it leaves the presorted seed order).
 *
 * @example
 * ```ts
 * makeDynamic(state, run, now);
 * run.touchedAtMs = now;
 * runChanged(state, run, now);
 * ```
 */
export function makeDynamic(state: ExtendState, run: RunRecord, nowMs: number): void {
  if (run.tier === "dynamic") return;
  if (state.seeded !== null && run.seedRow >= 0) state.seeded.moved[run.seedRow] = 1;
  addDynamicRun(state, run, nowMs);
}

/**
 * Tells the store a run changed (its `updatedAt` or lifecycle times), so lists re-position it.
 *
 * @example
 * ```ts
 * run.touchedAtMs = now;
 * runChanged(state, run, now);
 * ```
 */
export function runChanged(state: ExtendState, run: RunRecord, nowMs: number): void {
  state.dynamicRuns.changed(run, nowMs);
}

/**
 * Deletes a run.
 *
 * @example
 * ```ts
 * deleteRun(state, run);
 * ```
 */
export function deleteRun(state: ExtendState, run: RunRecord): void {
  if (state.seeded !== null && run.seedRow >= 0) state.seeded.moved[run.seedRow] = 1;
  state.runs.delete(run.id);
  state.dynamicRuns.delete(run);
  run.deleted = true;
}
