// What a user of any provider package may need from core, in one list: every provider's index
// re-exports it (`export * from "@docrun/core/public"`), so `import { ConnectionError } from
// "@docrun/retab"` works the same in every package and no list can fall behind another.
// Adapter-building blocks (createApiClient, paginate*, the transport) stay in "@docrun/core".
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
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
  WebhookReplayError,
  WebhookSignatureError,
  WebhookTimestampError,
  WebhookVerificationError,
  type ErrorProps,
  type RunFailedErrorClass,
} from "./errors/errors.js";
export type { ClientOptions, RequestOptions } from "./client/create-api-client.js";
export type { RetryInfo } from "./client/transport.js";
export { withResponse } from "./client/with-response.js";
export { LOG_ENV, type Logger, type LogLevel } from "./client/logger.js";
export type { ListOptions, Page, Paginator } from "./pagination/paginator.js";
export type { IdCursor } from "./pagination/strategies.js";
export type { Clock } from "./poll/clock.js";
export { createMemoryReplayStore, type ReplayStore } from "./webhooks/replay-store.js";
export type { RunState } from "./run-state.js";
