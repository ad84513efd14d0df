import { SEED_EPOCH_MS } from "./catalog.js";
import { createSeededRandom } from "../../framework/random.js";
import { retabId } from "./ids.js";
import type { FileRef, RunFailure, RunOutcome, RunRecord, TriggerType, WorkflowRecord } from "./model.js";

const SEEDED_SPAN_MS = 90 * 86_400_000;

/** Cumulative status mix of seeded runs (what a busy production account looks like). */
const STATUS_MIX: readonly [number, RunOutcome | "pending" | "running"][] = [
  [0.78, "completed"],
  [0.88, "error"],
  [0.92, "awaiting_review"],
  [0.95, "cancelled"],
  [0.98, "running"],
  [1, "pending"],
];

const TRIGGER_MIX: readonly [number, TriggerType][] = [
  [0.7, "api"],
  [0.82, "manual"],
  [0.9, "schedule"],
  [0.95, "webhook"],
  [0.99, "email"],
  [1, "restart"],
];

const FAILURES: readonly RunFailure[] = [
  { message: "Extract block failed: document could not be read", stage: "execution", category: "permanent" },
  { message: "Document download timed out", stage: "document_fetch", category: "transient" },
  { message: "Monthly page quota exceeded", stage: "execution", category: "quota" },
  { message: "Could not store block outputs", stage: "output_storage", category: "transient" },
];

const TENANTS = ["acme", "globex", "initech", "umbrella", "hooli"] as const;
const FILE_STEMS = ["invoice", "receipt", "statement", "purchase-order", "passport", "contract"] as const;

function pick<T>(mix: readonly [number, T][], draw: number): T {
  for (const [upTo, value] of mix) if (draw < upTo) return value;
  return (mix[mix.length - 1] as [number, T])[1];
}

const SHARED_METADATA = TENANTS.map((tenant) => Object.freeze({ tenant }));
const NO_JSON = Object.freeze({});

/**
 * A seeded run. Its input document is derived on first read from a stored number, so seeding
 * 100,000 runs allocates one object per run instead of four.
 */
class SeededRun implements RunRecord {
  cancelledAt: number | null = null;
  cancelCommands: Set<string> | null = null;
  readonly jsonData: Readonly<Record<string, unknown>> = NO_JSON;
  private cachedDocuments: Readonly<Record<string, FileRef>> | undefined;

  constructor(
    readonly id: string,
    readonly workflowId: string,
    readonly versionId: string,
    readonly trigger: TriggerType,
    readonly createdAt: number,
    readonly startAt: number,
    readonly endAt: number,
    readonly outcome: RunOutcome,
    readonly failure: RunFailure | null,
    readonly metadata: Readonly<Record<string, string>> | null,
    public cancelReason: string | null,
    private readonly startBlockId: string | null,
    private readonly documentSeed: number,
  ) {}

  get documents(): Readonly<Record<string, FileRef>> {
    if (this.cachedDocuments === undefined) {
      this.cachedDocuments =
        this.startBlockId === null
          ? {}
          : {
              [this.startBlockId]: {
                id: retabId("file_", createSeededRandom(this.documentSeed)),
                filename: `${FILE_STEMS[this.documentSeed % FILE_STEMS.length]}-${(this.documentSeed % 1_000_000).toString().padStart(6, "0")}.pdf`,
                mime_type: "application/pdf",
              },
            };
    }
    return this.cachedDocuments;
  }
}

/**
 * Deterministic seeded runs: `count` runs over the 90 days before {@link SEED_EPOCH_MS}, spread
 * over `workflows`, with a production-like status and trigger mix, durations from 2 s to 3 min,
 * and tenant metadata on most runs. Returned sorted by `(createdAt, id)` ascending.
 *
 * @example
 * ```ts
 * const runs = seedRuns(1000, createSeededRandom(42), workflows);
 * ```
 */
export function seedRuns(
  count: number,
  random: () => number,
  workflows: readonly WorkflowRecord[],
): RunRecord[] {
  const runs: RunRecord[] = new Array<RunRecord>(count);
  const step = SEEDED_SPAN_MS / Math.max(1, count);
  const startBlocks = new Map(
    workflows.map((workflow) => [
      workflow.id,
      workflow.blocks.find((block) => block.type === "start_document")?.id ?? null,
    ]),
  );
  for (let index = 0; index < count; index += 1) {
    const workflow = workflows[Math.floor(random() * workflows.length)] as WorkflowRecord;
    const createdAt = Math.floor(SEED_EPOCH_MS - SEEDED_SPAN_MS + index * step + random() * step * 0.9);
    const status = pick(STATUS_MIX, random());
    const queuedMs = 100 + Math.floor(random() * 900);
    const durationMs = 2_000 + Math.floor(random() * random() * 178_000);
    const startAt = status === "pending" ? Infinity : createdAt + queuedMs;
    const endAt = status === "pending" || status === "running" ? Infinity : startAt + durationMs;
    const outcome: RunOutcome = status === "pending" || status === "running" ? "completed" : status;
    const tenantDraw = random();
    runs[index] = new SeededRun(
      retabId("run_", random),
      workflow.id,
      workflow.productionVersionId,
      pick(TRIGGER_MIX, random()),
      createdAt,
      startAt,
      endAt,
      outcome,
      outcome === "error" ? (FAILURES[Math.floor(random() * FAILURES.length)] as RunFailure) : null,
      tenantDraw < 0.6
        ? (SHARED_METADATA[Math.floor(tenantDraw * 10) % TENANTS.length] as Readonly<Record<string, string>>)
        : null,
      outcome === "cancelled" ? "Cancelled by user" : null,
      startBlocks.get(workflow.id) ?? null,
      Math.floor(random() * 2 ** 32),
    );
  }
  return runs.sort(compareCreated);
}

/**
 * Order of runs by creation time, id breaking ties (the emulator's storage order).
 *
 * @example
 * ```ts
 * runs.sort(compareCreated);
 * ```
 */
export function compareCreated(a: RunRecord, b: RunRecord): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
