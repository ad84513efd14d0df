// @docrun/extend: a typed client for Extend's workflow API (version 2026-02-09) on @docrun/core.
export {
  createExtendClient,
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
// Core's errors and helpers, so `catch (e) { if (e instanceof NotFoundError) … }` needs one import.
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConnectionError,
  DocrunError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PaginationError,
  PaymentRequiredError,
  PermissionDeniedError,
  PollTimeoutError,
  RateLimitError,
  RunFailedError,
  TimeoutError,
  UnprocessableEntityError,
  WebhookVerificationError,
  createMemoryReplayStore,
  type RunState,
} from "@docrun/core";
