import { stableHash } from "./ids.js";
import { isoTime } from "../../framework/iso-time.js";
import type { BlockRecord, FileRef, RunRecord, WorkflowRecord } from "./model.js";

/** A step as listed: its JSON plus the keys lists sort and filter on. */
export interface StepView {
  readonly runId: string;
  readonly workflowId: string;
  readonly blockId: string;
  readonly blockType: string;
  readonly status: string;
  readonly startedAt: number;
  readonly stepId: string;
  /** The step as Retab's `WorkflowStep` JSON (built on demand: org-wide lists sort many steps). */
  json(): Record<string, unknown>;
}

const MODEL_BLOCKS = new Set(["parse", "extract", "classifier"]);
const ARTIFACT_OPERATION: Record<string, string> = {
  parse: "parse",
  extract: "extraction",
  classifier: "classification",
};
const ARTIFACT_PREFIX: Record<string, string> = { parse: "prs_", extract: "extr_", classifier: "cls_" };
// A seeded run that is still running has no end: its first block finished after a second and the
// next one is still going.
const OPEN_RUN_FIRST_BLOCK_MS = 1000;

const iso = isoTime;

/**
 * When the `index`-th of `count` blocks of a run starts and ends (Infinity: not yet known).
 *
 * @example
 * ```ts
 * const [start, end] = blockWindow(run, 0, workflow.blocks.length);
 * ```
 */
export function blockWindow(run: RunRecord, index: number, count: number): [start: number, end: number] {
  if (Number.isFinite(run.endAt)) {
    const span = (run.endAt - run.startAt) / count;
    return [Math.floor(run.startAt + index * span), Math.floor(run.startAt + (index + 1) * span)];
  }
  if (index === 0) return [run.startAt, run.startAt + OPEN_RUN_FIRST_BLOCK_MS];
  if (index === 1) return [run.startAt + OPEN_RUN_FIRST_BLOCK_MS, Infinity];
  return [Infinity, Infinity];
}

/** Fake but stable extraction output for a run (same run id, same values). */
function extractedFields(run: RunRecord): Record<string, unknown> {
  const hash = stableHash(run.id);
  return {
    reference: `INV-${2026}-${String(hash % 10_000).padStart(4, "0")}`,
    issue_date: iso(run.createdAt - (hash % 20) * 86_400_000).slice(0, 10),
    total: Math.round((hash % 500_000) + 1_000) / 100,
    currency: ["EUR", "USD", "GBP", "CHF"][hash % 4],
    counterparty: ["ACME GmbH", "Globex Corp", "Initech Ltd", "Umbrella SA"][(hash >>> 3) % 4],
  };
}

function firstDocument(run: RunRecord): FileRef | null {
  for (const document of Object.values(run.documents)) return document;
  return null;
}

function outputsOf(block: BlockRecord, run: RunRecord): Record<string, unknown> {
  const document = run.documents[block.id] ?? firstDocument(run);
  switch (block.type) {
    case "start_document":
      return { "output-file": { type: "file", document, data: null } };
    case "start_json":
      return { "output-json": { type: "json", document: null, data: run.jsonData[block.id] ?? {} } };
    case "parse":
      return {
        "output-json": {
          type: "json",
          document: null,
          data: { pages: 1 + (stableHash(run.id) % 4), text: "Parsed document text" },
        },
      };
    case "classifier":
      return {
        "output-json": {
          type: "json",
          document: null,
          data: { category: ["invoice", "passport", "contract"][stableHash(run.id) % 3] },
        },
      };
    case "extract":
      return { "output-json": { type: "json", document: null, data: extractedFields(run) } };
  }
}

function inputsOf(block: BlockRecord, run: RunRecord): Record<string, unknown> {
  if (block.type === "start_document" || block.type === "start_json") return {};
  return { "input-document": { type: "file", document: firstDocument(run), data: null } };
}

function stepLifecycle(run: RunRecord, isLast: boolean, end: number, now: number): Record<string, unknown> {
  const cutoff = Math.min(now, run.cancelledAt ?? Infinity);
  const finished = end <= cutoff;
  if (!finished && run.cancelledAt !== null && run.cancelledAt <= now)
    return { status: "cancelled", reason: run.cancelReason ?? "Run cancelled" };
  if (!finished) return { status: "running" };
  if (!isLast) return { status: "completed" };
  switch (run.outcome) {
    case "error":
      return {
        status: "error",
        message: run.failure?.message ?? "Block failed",
        stage: run.failure?.stage ?? "execution",
        category: run.failure?.category ?? null,
        details: null,
      };
    case "awaiting_review":
      return { status: "awaiting_review" };
    case "cancelled":
      return { status: "cancelled", reason: run.cancelReason ?? "Run cancelled" };
    default:
      return { status: "completed" };
  }
}

/**
 * A step's id: unique across the organisation (so it can serve as a list cursor) and naming its
 * run and block: `step_<run id without prefix>_<block id>`. Retab does not document its format.
 *
 * @example
 * ```ts
 * stepIdOf("run_8mXo2tQbLr5vNc1Z", "extract-1"); // "step_8mXo2tQbLr5vNc1Z_extract-1"
 * ```
 */
export function stepIdOf(runId: string, blockId: string): string {
  return `step_${runId.slice(runId.indexOf("_") + 1)}_${blockId}`;
}

/**
 * The run id and block id a step id names, or null for an id the emulator never made.
 *
 * @example
 * ```ts
 * parseStepId("step_8mXo2tQbLr5vNc1Z_extract-1"); // { runId: "run_8mXo2tQbLr5vNc1Z", blockId: "extract-1" }
 * ```
 */
export function parseStepId(stepId: string): { runId: string; blockId: string } | null {
  const match = /^step_([A-Za-z0-9]+)_(.+)$/.exec(stepId);
  return match === null ? null : { runId: `run_${match[1]}`, blockId: match[2] as string };
}

/**
 * The steps a run has at emulator time `now`: one per block, created as the run reaches it, in
 * execution order. A finished step carries its results in `handle_outputs`.
 *
 * @example
 * ```ts
 * runSteps(run, workflow, Date.now()).map((step) => step.json().lifecycle);
 * ```
 */
export function runSteps(run: RunRecord, workflow: WorkflowRecord | undefined, now: number): StepView[] {
  if (workflow === undefined) return [];
  const steps: StepView[] = [];
  for (let index = 0; index < workflow.blocks.length; index++) {
    const step = stepAt(run, workflow, index, now);
    if (step !== null) steps.push(step);
  }
  return steps;
}

/**
 * The step of the `index`-th block of a run at emulator time `now`, or null while the run has not
 * reached that block.
 *
 * @example
 * ```ts
 * stepAt(run, workflow, 0, Date.now())?.status; // "completed"
 * ```
 */
export function stepAt(
  run: RunRecord,
  workflow: WorkflowRecord,
  index: number,
  now: number,
): StepView | null {
  const block = workflow.blocks[index];
  if (block === undefined) return null;
  const count = workflow.blocks.length;
  const cutoff = Math.min(now, run.cancelledAt ?? Infinity);
  const [start, end] = blockWindow(run, index, count);
  if (start > cutoff) return null;
  const lifecycle = stepLifecycle(run, index === count - 1, end, now);
  const status = lifecycle["status"] as string;
  const done = status !== "running";
  const stepId = stepIdOf(run.id, block.id);
  const completedAt =
    status === "completed" || status === "error"
      ? end
      : status === "cancelled"
        ? Math.min(end, run.cancelledAt ?? end)
        : null;
  const produced = status === "completed" || status === "awaiting_review";
  return {
    runId: run.id,
    workflowId: run.workflowId,
    blockId: block.id,
    blockType: block.type,
    status,
    startedAt: start,
    stepId,
    json: () => ({
      block_id: block.id,
      step_id: stepId,
      block_type: block.type,
      block_label: block.label,
      lifecycle,
      started_at: iso(start),
      completed_at: completedAt === null || !done ? null : iso(completedAt),
      model: MODEL_BLOCKS.has(block.type) ? "retab-small" : null,
      loop_containers: [],
      run_id: run.id,
      created_at: iso(start),
      handle_inputs: inputsOf(block, run),
      handle_outputs: produced ? outputsOf(block, run) : {},
      artifact:
        produced && ARTIFACT_OPERATION[block.type] !== undefined
          ? {
              operation: ARTIFACT_OPERATION[block.type],
              id: `${ARTIFACT_PREFIX[block.type]}${(stableHash(run.id + block.id) >>> 0).toString(36)}`,
            }
          : null,
      retry_count: 0,
    }),
  };
}
