// @docrun/retab: the whole Retab API as a typed client on @docrun/core. See README.md and reference.md.
export {
  createRetabClient,
  createRetabContext,
  RETAB_API_VERSION,
  retabProvider,
  type RetabClient,
  type RetabClientOptions,
} from "./client.js";
export type {
  WorkflowRuns,
  ListWorkflowRunsOptions,
  WorkflowRunSortBy,
  CreateWorkflowRunInput,
  CreateOptions,
  WaitOptions,
} from "./workflow-runs.js";
export type { Steps, ListStepsOptions, RunResults } from "./steps.js";
// Every generated resource (its type and its `createX(ctx)` factory, for the smallest bundles); the
// hand-written types of the same name below take precedence.
export * from "./generated/resources/index.js";
export type { Blocks, ListBlocksOptions } from "./blocks.js";
export type { Files } from "./uploads.js";
export {
  verifyRetabWebhook,
  type Webhooks,
  type RetabWebhookEvent,
  type RetabSignatureScheme,
  type VerifyOptions,
  type HeaderSource,
} from "./webhooks.js";
export { toMimeData, toBase64, mimeTypeFor, type DocumentInput, type NamedBytes } from "./files.js";
export { toRunState, TERMINAL_STATUSES } from "./run-state.js";
export { parseRetabError } from "./errors.js";
export type {
  WorkflowRun,
  WorkflowRunStatus,
  CreateWorkflowRunRequest,
  CancelWorkflowResponse,
  WorkflowStep,
  PublicHandlePayload,
  Workflow,
  WorkflowBlock,
  MIMEData,
  ListMetadata,
  WorkflowRunListQuery,
  WorkflowStepListQuery,
  WorkflowListQuery,
  BlockListQuery,
  ListWorkflowsOptions,
} from "./types.js";
export type { paths, components, operations } from "./generated/schema.js";
// Everything a user may need from core (every error class, withResponse, Logger, Paginator…), one
// shared list for every provider package; RunFailedError is this package's typed view of core's.
export * from "@docrun/core/public";
export { RunFailedError } from "./run-failed.js";
