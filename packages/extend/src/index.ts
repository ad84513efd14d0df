// @docrun/extend: a typed client for Extend's workflow API (version 2026-02-09) on @docrun/core.
export {
  createExtendClient,
  createExtendContext,
  extendDescriptor,
  EXTEND_API_VERSION,
  EXTEND_REGIONS,
  type ExtendClient,
  type ExtendClientOptions,
  type ExtendRegion,
} from "./client.js";
export { parseExtendError } from "./errors.js";
export { isTerminalStatus, NON_TERMINAL_STATUSES, toRunState } from "./run-state.js";
export type { WaitOptions, WorkflowRunListOptions } from "./workflow-runs.js";
export type { WorkflowListOptions } from "./workflows.js";
// Every generated resource (its type and its `createX(ctx)` factory, for the smallest bundles).
export * from "./generated/resources/index.js";
export type { FileListOptions, GetFileOptions, UploadOptions } from "./files.js";
export type { FileInput } from "./file-input.js";
export {
  isWorkflowRunEvent,
  verifyExtendWebhook,
  type ExtendWebhookEvent,
  type HeaderSource,
  type OtherExtendEvent,
  type VerifyOptions,
  type WorkflowRunEvent,
  type WorkflowRunEventType,
} from "./webhooks.js";
export type * from "./types.js";
export type { paths, components, operations } from "./generated/schema.js";
// Everything a user may need from core (every error class, withResponse, Logger, Paginator…), one
// shared list for every provider package; RunFailedError is this package's typed view of core's.
export * from "@docrun/core/public";
export { RunFailedError } from "./run-failed.js";
