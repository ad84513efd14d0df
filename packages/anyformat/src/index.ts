// @docrun/anyformat: a typed AnyFormat client on @docrun/core. See README.md.
export {
  ANYFORMAT_API_VERSION,
  anyformatDescriptor,
  createAnyformatClient,
  type AnyformatClient,
  type AnyformatClientOptions,
} from "./client.js";
export { parseAnyformatError } from "./errors.js";
export { toRunForm, type FileData, type RunInput } from "./file-input.js";
export { toRunState } from "./run-state.js";
export {
  DOCRUN_ANYFORMAT_WEBHOOK_SCHEME,
  verifyAnyformatWebhook,
  type HeaderSource,
  type VerifyOptions,
  type WebhookScheme,
} from "./verify-webhook.js";
export type { PageListOptions, WorkflowListOptions, WorkflowSortBy } from "./workflows.js";
export type { WaitOptions } from "./wait-for-results.js";
export type * from "./types.js";
export type { paths, components, operations } from "./generated/schema.js";
// Everything a user may need from core (every error class, withResponse, Logger, Paginator…), one
// shared list for every provider package; RunFailedError is this package's typed view of core's.
export * from "@docrun/core/public";
export { RunFailedError } from "./run-failed.js";
