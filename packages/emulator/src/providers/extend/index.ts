import type { ProviderContext, ProviderModule, SeedOptions } from "../../framework/types.js";
import { frameworkError } from "./errors.js";
import { seededRandom } from "./ids.js";
import { routeRequest } from "./router.js";
import { seedTable, seedWorkflows } from "./seed.js";
import { emptyState, type ExtendState } from "./state.js";
import { signExtendWebhook } from "./webhooks.js";

export { API_VERSION, USAGE_BLOCKED_KEY_PREFIX } from "./auth.js";
export { EXAMPLE_WORKFLOW_ID } from "./seed.js";
export type { ExtendState } from "./state.js";

const DEFAULT_WORKFLOWS = 3;
const SEEDED_WORKFLOWS = 6;

function createExtendState(ctx: ProviderContext, seed: SeedOptions | undefined): ExtendState {
  const state = emptyState(() => ctx.random());
  const workflowCount = seed?.workflows ?? (seed === undefined ? DEFAULT_WORKFLOWS : SEEDED_WORKFLOWS);
  // Workflows exist even without a seed, so a fresh emulator can run something straight away.
  const workflows = seedWorkflows(workflowCount, seededRandom(seed?.seed ?? 1));
  for (const workflow of workflows) state.workflows.set(workflow.id, workflow);
  if (seed !== undefined) state.seeded = seedTable(seed, workflows);
  return state;
}

/**
 * Extend (API version 2026-02-09): workflow runs (create, batch, list, get, update, cancel,
 * delete), workflows (list, get) and files (upload, get, list), with Extend's error envelope,
 * opaque page tokens, lifecycle PENDING → PROCESSING → PROCESSED | FAILED | NEEDS_REVIEW |
 * REJECTED, 402 `USAGE_BLOCKED` for keys out of credit and signed `workflow_run.*` webhooks.
 *
 * @example
 * ```ts
 * import { startEmulator } from "@docrun/emulator";
 *
 * const emulator = await startEmulator({ provider: "extend", seed: { runs: 1000, seed: 1 } });
 * ```
 */
export const extendProvider: ProviderModule<ExtendState> = {
  name: "extend",
  requestIdHeader: "x-extend-request-id",
  createState: createExtendState,
  handle: routeRequest,
  errorResponse: frameworkError,
  signWebhook: signExtendWebhook,
};
