import { retabId } from "./ids.js";
import type { BlockRecord, BlockType, WorkflowRecord } from "./model.js";

/** Fixed time the built-in catalog and seeded data are anchored to (2026-08-16T00:00:00Z). */
export const SEED_EPOCH_MS = Date.UTC(2026, 7, 16);
const DAY_MS = 86_400_000;

interface WorkflowTemplate {
  readonly name: string;
  readonly description: string;
  readonly blocks: readonly [BlockType, string][];
}

const TEMPLATES: readonly WorkflowTemplate[] = [
  {
    name: "Invoice extraction",
    description: "Reads supplier invoices and returns number, dates, totals and currency.",
    blocks: [
      ["start_document", "Invoice PDF"],
      ["extract", "Extract invoice fields"],
    ],
  },
  {
    name: "Receipt parsing",
    description: "Parses till receipts and extracts merchant, date and line items.",
    blocks: [
      ["start_document", "Receipt image"],
      ["parse", "Parse receipt"],
      ["extract", "Extract receipt fields"],
    ],
  },
  {
    name: "Customer onboarding",
    description: "Classifies onboarding documents and extracts identity fields.",
    blocks: [
      ["start_document", "Uploaded document"],
      ["start_json", "Customer record"],
      ["classifier", "Classify document"],
      ["extract", "Extract identity fields"],
    ],
  },
  {
    name: "Bank statement reader",
    description: "Extracts account holder, period and balances from bank statements.",
    blocks: [
      ["start_document", "Statement PDF"],
      ["extract", "Extract statement fields"],
    ],
  },
  {
    name: "Purchase order intake",
    description: "Extracts buyer, items and delivery terms from purchase orders.",
    blocks: [
      ["start_document", "Purchase order"],
      ["parse", "Parse order"],
      ["extract", "Extract order fields"],
    ],
  },
];

/** Ids of the built-in workflows every emulator has, seeded or not (handy in tests and READMEs). */
export const BUILT_IN_WORKFLOW_IDS = {
  invoices: "wf_3Fh8kLmN2pQr",
  receipts: "wf_7Rt2yUi4oPa6",
  onboarding: "wf_9Kd3sLq5wEr7",
} as const;

const BUILT_IN_IDS: readonly string[] = Object.values(BUILT_IN_WORKFLOW_IDS);

/**
 * The workflows of an emulator: three built-in ones with fixed ids, then more drawn from
 * `random` up to `count`. Block ids follow Retab's `<type>-<n>` style and are unique per workflow.
 *
 * @example
 * ```ts
 * const workflows = buildWorkflows(5, createSeededRandom(1));
 * workflows[0].id; // "wf_3Fh8kLmN2pQr"
 * ```
 */
export function buildWorkflows(count: number, random: () => number): WorkflowRecord[] {
  const workflows: WorkflowRecord[] = [];
  for (let index = 0; index < Math.max(count, BUILT_IN_IDS.length); index += 1) {
    const template = TEMPLATES[index % TEMPLATES.length] as WorkflowTemplate;
    const id = BUILT_IN_IDS[index] ?? retabId("wf_", random, 12);
    const createdAt = SEED_EPOCH_MS - (120 - index) * DAY_MS;
    const updatedAt = SEED_EPOCH_MS - (30 - (index % 30)) * DAY_MS;
    const suffix = index < TEMPLATES.length ? "" : ` #${Math.floor(index / TEMPLATES.length) + 1}`;
    workflows.push({
      id,
      name: template.name + suffix,
      description: template.description,
      projectId: index % 2 === 0 ? "proj_Ab12Cd34Ef56" : "proj_Gh78Ij90Kl12",
      productionVersionId: `ver_${id.slice(3)}P1`,
      draftVersionId: `ver_${id.slice(3)}D1`,
      publishedAt: updatedAt,
      createdAt,
      updatedAt,
      blocks: buildBlocks(id, template, updatedAt),
    });
  }
  return workflows;
}

function buildBlocks(workflowId: string, template: WorkflowTemplate, updatedAt: number): BlockRecord[] {
  const seen = new Map<BlockType, number>();
  return template.blocks.map(([type, label], position) => {
    const n = (seen.get(type) ?? 0) + 1;
    seen.set(type, n);
    return {
      id: `${type.replace("_", "-")}-${n}`,
      workflowId,
      type,
      label,
      positionX: position * 320,
      // Later blocks were edited earlier, so `updated_at desc` lists them in a stable order.
      updatedAt: updatedAt - position * 60_000,
      config: type === "extract" || type === "classifier" || type === "parse" ? { model: "retab-small" } : {},
    };
  });
}
