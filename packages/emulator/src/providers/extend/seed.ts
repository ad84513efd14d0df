import type { SeedOptions } from "../../framework/types.js";
import { seededId } from "./id-codec.js";
import { makeId, seededRandom } from "./ids.js";
import { review, REVIEWERS } from "./review.js";
import {
  RUN_STATUSES,
  type CreatedBy,
  type FileRecord,
  type FileType,
  type RunOutcome,
  type RunRecord,
  type RunStatus,
  type StepDefinition,
  type VersionRecord,
  type WorkflowRecord,
} from "./model.js";

/** The first workflow of every emulator has Extend's documentation id, so examples can name it. */
export const EXAMPLE_WORKFLOW_ID = "workflow_BMdfq_yWM3sT-ZzvCnA3f";

const WORKFLOW_NAMES = [
  "Invoice Processing",
  "Bank Statements",
  "Bill of Lading",
  "Purchase Orders",
  "Insurance Claims",
  "W-2 Forms",
  "Receipts",
  "Loan Applications",
];
const FILE_KINDS: readonly { stem: string; ext: string; type: FileType }[] = [
  { stem: "invoice", ext: "pdf", type: "PDF" },
  { stem: "statement", ext: "pdf", type: "PDF" },
  { stem: "bol", ext: "pdf", type: "PDF" },
  { stem: "po", ext: "docx", type: "DOCX" },
  { stem: "claim-form", ext: "pdf", type: "PDF" },
  { stem: "scan", ext: "png", type: "IMG" },
  { stem: "receipt", ext: "jpg", type: "IMG" },
  { stem: "ledger", ext: "xlsx", type: "EXCEL" },
];
const OUTCOMES: readonly RunOutcome[] = ["PROCESSED", "FAILED", "NEEDS_REVIEW", "REJECTED", "CANCELLED"];

const DAY_MS = 86_400_000;
// Seed data ends at a fixed instant so the same seed number always yields the same timestamps.
const SEED_END_MS = Date.UTC(2026, 9, 1);
const SEED_SPAN_MS = 180 * DAY_MS;
// Shared by seeded runs without metadata; updates always replace the object, never mutate it.
const NO_METADATA: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

function stepsFor(index: number): StepDefinition[] {
  const withClassify = index % 3 === 2;
  return [
    { type: "TRIGGER", name: "Trigger", next: [{ step: "Parse" }] },
    { type: "PARSE", name: "Parse", next: [{ step: withClassify ? "Classify" : "Extract" }] },
    ...(withClassify
      ? [
          {
            type: "CLASSIFY" as const,
            name: "Classify",
            next: [{ step: "Extract", classificationId: "invoice" }],
          },
        ]
      : []),
    { type: "EXTRACT", name: "Extract" },
  ];
}

/**
 * Makes `count` workflows (at least one), each with a draft and 1–4 published versions.
 *
 * @example
 * ```ts
 * const workflows = seedWorkflows(3, seededRandom(1));
 * ```
 */
export function seedWorkflows(count: number, random: () => number): WorkflowRecord[] {
  const workflows: WorkflowRecord[] = [];
  const total = Math.max(1, Math.min(255, Math.floor(count)));
  for (let index = 0; index < total; index++) {
    const createdAtMs = SEED_END_MS - SEED_SPAN_MS - (total - index) * DAY_MS;
    const createdBy: CreatedBy =
      index % 2 === 0
        ? { type: "user", email: pick(REVIEWERS, random) }
        : { type: "api_key", name: "ci-pipeline" };
    const steps = stepsFor(index);
    const version = (label: string, name: string | null, at: number): VersionRecord => ({
      id: makeId("workflow_version", random),
      version: label,
      name,
      createdAtMs: at,
      createdBy,
      steps,
    });
    const publishedCount = 1 + Math.floor(random() * 4);
    const published = Array.from({ length: publishedCount }, (_, i) =>
      version(String(i + 1), `Production v${i + 1}`, createdAtMs + (i + 1) * DAY_MS),
    );
    const baseName = WORKFLOW_NAMES[index % WORKFLOW_NAMES.length]!;
    workflows.push({
      id: index === 0 ? EXAMPLE_WORKFLOW_ID : makeId("workflow", random),
      name:
        index < WORKFLOW_NAMES.length
          ? baseName
          : `${baseName} ${Math.floor(index / WORKFLOW_NAMES.length) + 1}`,
      createdAtMs,
      updatedAtMs: createdAtMs + publishedCount * DAY_MS,
      createdBy,
      draft: version("draft", null, createdAtMs),
      published,
    });
  }
  return workflows;
}

/**
 * Seeded runs stored column-wise (typed arrays): 100,000 runs cost a few megabytes and no
 * per-run objects until a request reads them. Seeded runs lie entirely in the past, so their
 * status and `updatedAt` are fixed.
 */
export interface SeedTable {
  readonly seed: number;
  readonly rows: number;
  readonly workflows: readonly WorkflowRecord[];
  readonly createdAt: Float64Array;
  /** NaN = never (stays PENDING). */
  readonly startAt: Float64Array;
  /** NaN = never (stays PROCESSING). */
  readonly endAt: Float64Array;
  /** NaN = not cancelled; otherwise the run was cancelled at `cancelAt`, done 1 s later. */
  readonly cancelAt: Float64Array;
  /** NaN = not reviewed. */
  readonly reviewAt: Float64Array;
  readonly updatedAt: Float64Array;
  readonly status: Uint8Array;
  readonly outcome: Uint8Array;
  readonly workflowOf: Uint8Array;
  readonly batchOf: Int32Array;
  readonly batchIds: readonly string[];
  readonly fileKind: Uint8Array;
  readonly fileNumber: Int32Array;
  readonly pageCount: Uint8Array;
  readonly fileCreatedAt: Float64Array;
  readonly customerOf: Int16Array;
  readonly customers: readonly Record<string, unknown>[];
  readonly reviewerOf: Uint8Array;
  /** Rows in ascending (updatedAt, id) order. Rows are already in createdAt order. */
  readonly byUpdated: Int32Array;
  /** 1 once a row was changed through the API (it then lives in `runs`) or deleted. */
  readonly moved: Uint8Array;
}

function seededOutcome(random: () => number): number {
  const roll = random();
  if (roll < 0.8) return 0;
  if (roll < 0.87) return 1;
  if (roll < 0.93) return 2;
  if (roll < 0.95) return 3;
  return 4;
}

/**
 * Builds `seed.runs` runs (and their files) spread over 180 days, deterministically from
 * `seed.seed`: about 80 % processed, 7 % failed, 6 % needing review, 2 % rejected, 5 %
 * cancelled, the newest 1 % still pending or processing; about a third arrive in batches.
 *
 * @example
 * ```ts
 * const table = seedTable({ runs: 100_000, seed: 7 }, workflows);
 * ```
 */
export function seedTable(seed: SeedOptions, workflows: readonly WorkflowRecord[]): SeedTable {
  const random = seededRandom(seed.seed ^ 0x5eed);
  const rows = Math.max(0, Math.floor(seed.runs));
  const step = SEED_SPAN_MS / Math.max(1, rows);
  const start = SEED_END_MS - SEED_SPAN_MS;
  const table = {
    seed: seed.seed,
    rows,
    workflows,
    createdAt: new Float64Array(rows),
    startAt: new Float64Array(rows),
    endAt: new Float64Array(rows),
    cancelAt: new Float64Array(rows),
    reviewAt: new Float64Array(rows),
    updatedAt: new Float64Array(rows),
    status: new Uint8Array(rows),
    outcome: new Uint8Array(rows),
    workflowOf: new Uint8Array(rows),
    batchOf: new Int32Array(rows),
    batchIds: [] as string[],
    fileKind: new Uint8Array(rows),
    fileNumber: new Int32Array(rows),
    pageCount: new Uint8Array(rows),
    fileCreatedAt: new Float64Array(rows),
    customerOf: new Int16Array(rows),
    customers: Array.from({ length: 500 }, () =>
      Object.freeze({ customerId: `cust_${makeId("file", random).slice(5, 15)}` }),
    ),
    reviewerOf: new Uint8Array(rows),
    byUpdated: new Int32Array(rows),
    moved: new Uint8Array(rows),
  };
  let batch = -1;
  let batchLeft = 0;
  let batchWorkflow = 0;
  let previous = -Infinity;
  const stuckFrom = rows - Math.ceil(rows / 100);

  for (let row = 0; row < rows; row++) {
    if (batch === -1 && random() < 0.02) {
      batch = table.batchIds.length;
      table.batchIds.push(makeId("batch", random));
      batchLeft = 2 + Math.floor(random() * 40);
      batchWorkflow = Math.floor(random() * workflows.length);
    }
    table.workflowOf[row] = batch === -1 ? Math.floor(random() * workflows.length) : batchWorkflow;
    table.batchOf[row] = batch;
    // Strictly increasing creation times: rows are in createdAt order without a sort.
    const createdAt = Math.max(previous + 2, Math.floor(start + (row + random() * 0.5) * step));
    table.fileCreatedAt[row] =
      createdAt - 1 - Math.floor(random() * Math.min(1000, createdAt - previous - 2));
    previous = createdAt;
    table.createdAt[row] = createdAt;
    const kind = Math.floor(random() * FILE_KINDS.length);
    const fileType = FILE_KINDS[kind]!.type;
    table.fileKind[row] = kind;
    table.fileNumber[row] = 1 + Math.floor(random() * 99_999);
    table.pageCount[row] = fileType === "PDF" || fileType === "DOCX" ? 1 + Math.floor(random() * 12) : 0;
    table.customerOf[row] = random() < 0.4 ? Math.floor(random() * table.customers.length) : -1;

    const outcome = seededOutcome(random);
    const startAt = createdAt + 500 + Math.floor(random() * 20_000);
    const endAt = startAt + 5_000 + Math.floor(random() * 120_000);
    const stuck = row >= stuckFrom ? (random() < 0.5 ? "PENDING" : "PROCESSING") : null;
    const reviewed = stuck === null && (outcome === 3 || (outcome === 0 && random() < 0.05));
    table.outcome[row] = outcome === 4 ? 0 : outcome;
    table.startAt[row] = stuck === "PENDING" ? NaN : startAt;
    table.endAt[row] = stuck === null ? endAt : NaN;
    table.cancelAt[row] = stuck === null && outcome === 4 ? startAt + 1000 : NaN;
    table.reviewAt[row] = reviewed ? endAt + 60_000 + Math.floor(random() * DAY_MS) : NaN;
    table.reviewerOf[row] = Math.floor(random() * REVIEWERS.length);
    const status: RunStatus = stuck ?? (outcome === 4 ? "CANCELLED" : OUTCOMES[outcome]!);
    table.status[row] = RUN_STATUSES.indexOf(status);
    table.updatedAt[row] = Math.max(
      createdAt,
      stuck === "PENDING" ? 0 : startAt,
      stuck !== null ? 0 : outcome === 4 ? startAt + 2000 : endAt,
      reviewed ? table.reviewAt[row]! : 0,
    );
    if (batch !== -1 && --batchLeft === 0) batch = -1;
  }

  for (let row = 0; row < rows; row++) table.byUpdated[row] = row;
  const idOf = (row: number): string => seededId("workflow_run", table.seed, row);
  table.byUpdated.sort((a, b) => table.updatedAt[a]! - table.updatedAt[b]! || (idOf(a) < idOf(b) ? -1 : 1));
  return table;
}

/** Name of the seeded file of `row`. */
export function seededFileName(table: SeedTable, row: number): string {
  const kind = FILE_KINDS[table.fileKind[row]!]!;
  return `${kind.stem}-${String(table.fileNumber[row]!).padStart(5, "0")}.${kind.ext}`;
}

/**
 * The file record of seeded `row`, built on demand.
 *
 * @example
 * ```ts
 * seededFile(table, 0).id; // "file_…"
 * ```
 */
export function seededFile(table: SeedTable, row: number): FileRecord {
  const pages = table.pageCount[row]!;
  return {
    id: seededId("file", table.seed, row),
    name: seededFileName(table, row),
    type: FILE_KINDS[table.fileKind[row]!]!.type,
    pageCount: pages === 0 ? undefined : pages,
    createdAtMs: table.fileCreatedAt[row]!,
  };
}

const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

/**
 * The run record of seeded `row`, built on demand (a fresh object each time; the API promotes it
 * to the store when it changes it).
 *
 * @example
 * ```ts
 * seededRun(table, 0).status; // computed by the lifecycle from the plan
 * ```
 */
export function seededRun(table: SeedTable, row: number): RunRecord {
  const workflow = table.workflows[table.workflowOf[row]!]!;
  const batch = table.batchOf[row]!;
  const customer = table.customerOf[row]!;
  const cancelAt = orNull(table.cancelAt[row]!);
  const reviewAt = orNull(table.reviewAt[row]!);
  const outcome = OUTCOMES[table.outcome[row]!]!;
  return {
    id: seededId("workflow_run", table.seed, row),
    seedRow: row,
    workflow,
    version: workflow.published[workflow.published.length - 1] ?? workflow.draft,
    files: [seededFile(table, row)],
    batchId: batch === -1 ? null : table.batchIds[batch]!,
    metadata: customer === -1 ? NO_METADATA : table.customers[customer]!,
    name: null,
    priority: batch === -1 ? 50 : 90,
    createdAtMs: table.createdAt[row]!,
    startAtMs: orNull(table.startAt[row]!),
    endAtMs: orNull(table.endAt[row]!),
    outcome,
    cancellation: cancelAt === null ? null : { requestedAtMs: cancelAt, doneAtMs: cancelAt + 1000 },
    review: reviewAt === null ? null : review(outcome, REVIEWERS[table.reviewerOf[row]!]!, reviewAt),
    touchedAtMs: table.createdAt[row]!,
    deleted: false,
    tier: "static",
  };
}
