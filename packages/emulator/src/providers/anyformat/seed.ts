import { createSeededRandom } from "../../framework/random.js";
import type { SeedOptions } from "../../framework/types.js";
import { WORKFLOW_TEMPLATES, type WorkflowTemplate } from "./catalog.js";
import { uuidV7, versionId } from "./ids.js";
import type { RunStatus, StoredWorkflow } from "./model.js";
import { addCollection, addWorkflow, createEmptyState, type AnyformatState } from "./state.js";

// Seed data is anchored to a fixed date (not the clock) so one seed number always gives the same
// ids and timestamps; it spans the half year before the anchor.
const DAY_MS = 24 * 3600 * 1000;
const SEED_END = Date.UTC(2026, 9, 1);
const SEED_SPAN_MS = 180 * DAY_MS;
const DEFAULT_WORKFLOWS = 3;
const DEFAULT_SEEDED_WORKFLOWS = 5;
const EXTENSIONS = ["pdf", "pdf", "pdf", "png", "jpg", "docx", "xlsx"];

/**
 * The emulator's starting data. Without a seed: three workflows (invoice, resume, contract) and no
 * runs. With `{ runs, seed, workflows? }`: that many workflows (default 5) and runs spread over
 * them, with AnyFormat's id formats, six months of timestamps and a realistic status mix (most
 * `processed`, some `error` / `cancelled`, the newest few still in flight). Deterministic for a
 * seed; 100,000 runs build in well under a second.
 *
 * @example
 * ```ts
 * const state = generateState({ runs: 100_000, seed: 42 });
 * state.collectionsById.size; // 100000
 * ```
 */
export function generateState(seed: SeedOptions | undefined): AnyformatState {
  const state = createEmptyState();
  const random = createSeededRandom(seed?.seed ?? 0);
  const workflowCount = seed === undefined ? DEFAULT_WORKFLOWS : (seed.workflows ?? DEFAULT_SEEDED_WORKFLOWS);
  for (let index = 0; index < workflowCount; index++) addWorkflow(state, makeWorkflow(index, random));
  if (seed !== undefined && seed.runs > 0) addRuns(state, seed.runs, random);
  return state;
}

function makeWorkflow(index: number, random: () => number): StoredWorkflow {
  const base = WORKFLOW_TEMPLATES[index % WORKFLOW_TEMPLATES.length]!;
  const round = Math.floor(index / WORKFLOW_TEMPLATES.length);
  const template: WorkflowTemplate = round === 0 ? base : { ...base, name: `${base.name} ${round + 1}` };
  // Workflows predate every seeded run.
  const createdAt = SEED_END - SEED_SPAN_MS - (30 - index) * DAY_MS + Math.floor(random() * DAY_MS);
  return {
    id: uuidV7(createdAt, random),
    template,
    versionId: versionId(random),
    createdAt,
    updatedAt: createdAt + Math.floor(random() * 20 * DAY_MS),
    collections: [],
  };
}

function addRuns(state: AnyformatState, runs: number, random: () => number): void {
  const weights = state.workflows.map((_, index) => 1 / (index + 1)); // the first workflows are the busiest
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const step = SEED_SPAN_MS / runs;
  const inFlightFrom = runs - Math.max(3, Math.floor(runs * 0.02));
  const slugs = new Map(
    state.workflows.map((workflow) => [
      workflow,
      workflow.template.name.toLowerCase().split(" ")[0] ?? "document",
    ]),
  );
  for (let index = 0; index < runs; index++) {
    const workflow = pickWorkflow(state.workflows, weights, totalWeight * random());
    const createdAt = Math.floor(SEED_END - SEED_SPAN_MS + index * step + random() * step);
    const status = index >= inFlightFrom ? inFlightStatus(random()) : terminalStatus(random());
    const durationMs = 15_000 + Math.floor(random() * 225_000);
    const isText = random() < 0.15;
    addCollection(state, workflow, {
      id: uuidV7(createdAt, random),
      workflowId: workflow.id,
      versionId: workflow.versionId,
      name: isText ? null : fileName(slugs.get(workflow)!, index, random()),
      text: null,
      createdAt,
      lifecycle: "fixed",
      status,
      durationMs: status === "pending" ? 0 : durationMs,
    });
  }
}

function pickWorkflow(
  workflows: readonly StoredWorkflow[],
  weights: readonly number[],
  target: number,
): StoredWorkflow {
  let sum = 0;
  for (let index = 0; index < workflows.length; index++) {
    sum += weights[index]!;
    if (target < sum) return workflows[index]!;
  }
  return workflows[workflows.length - 1]!;
}

function terminalStatus(draw: number): RunStatus {
  if (draw < 0.9) return "processed";
  if (draw < 0.96) return "error";
  return "cancelled";
}

function inFlightStatus(draw: number): RunStatus {
  if (draw < 0.4) return "in_progress";
  if (draw < 0.7) return "queued";
  if (draw < 0.85) return "pending";
  return "processed";
}

function fileName(slug: string, index: number, draw: number): string {
  const extension = EXTENSIONS[Math.floor(draw * EXTENSIONS.length)] ?? "pdf";
  return `${slug}-${String(index + 1).padStart(6, "0")}.${extension}`;
}
