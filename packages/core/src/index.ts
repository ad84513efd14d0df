// @docrun/core: transport, typed errors, pagination, polling and webhook verification shared by
// every docrun provider package. See README.md.
export * from "./errors/errors.js";
export {
  createApiError,
  isRetryableStatus,
  parseErrorEnvelope,
  type ErrorEnvelopeParser,
  type ParsedErrorEnvelope,
} from "./errors/create-api-error.js";
export {
  createApiClient,
  requestOptions,
  unwrap,
  type ApiClient,
  type CallInit,
  type ClientOptions,
  type ProviderDescriptor,
  type RequestOptions,
} from "./client/create-api-client.js";
export {
  assertSecureUrl,
  createTransport,
  requestIdOf,
  responseMeta,
  type CallExtras,
  type RetryInfo,
  type TransportOptions,
} from "./client/transport.js";
export { createRatePacer, type RatePacer, type RatePacerOptions } from "./client/rate-pacer.js";
export { unwrapWithResponse } from "./client/unwrap-with-response.js";
export { checkServerTarget, type ServerTarget, type ServerTargetRules } from "./client/server-target.js";
export { expectShape, type FieldKind, type ResponseShape } from "./client/expect-shape.js";
export { checkPathParams } from "./client/path-params.js";
export { withResponse } from "./client/with-response.js";
export { createLog, LOG_ENV, type Log, type Logger, type LogLevel } from "./client/logger.js";
export { connectionCauseCode } from "./errors/connection-cause.js";
export { readEnv } from "./client/env.js";
export { retryAfterMs } from "./client/retry-after.js";
export {
  Paginator,
  RUNAWAY_PAGES,
  STALLED_PAGES,
  TO_ARRAY_MAX_BYTES,
  TO_ARRAY_MAX_ITEMS,
  type ItemKey,
  type ListOptions,
  type Page,
  type RawPage,
} from "./pagination/paginator.js";
export {
  paginateIdCursor,
  paginatePageNumber,
  paginateToken,
  type IdCursor,
  type PageNumberResult,
} from "./pagination/strategies.js";
export {
  DEFAULT_POLL_TIMEOUT_MS,
  notReady,
  poll,
  type NotReady,
  type PollHistory,
  type PollOptions,
} from "./poll/poll.js";
export {
  createDurationModel,
  type DurationModel,
  type DurationModelOptions,
  type DurationModelSnapshot,
} from "./poll/duration-model.js";
export { defaultSchedule, backoffSchedule, type WaitSchedule } from "./poll/wait-schedule.js";
export { informedSchedule, type InformedScheduleOptions } from "./poll/informed-schedule.js";
export { createThenPoll, type CreateThenPollOptions } from "./poll/create-then-poll.js";
export { sleep, systemClock, type Clock } from "./poll/clock.js";
export { signWebhookPayload, verifyWebhook, type VerifyWebhookInput } from "./webhooks/verify.js";
export { verifyWebhookEvent, type VerifyWebhookEventInput } from "./webhooks/verify-event.js";
export { parseWebhookJson, type WebhookBody } from "./webhooks/raw-body.js";
export type { SignatureFormat } from "./webhooks/signature-header.js";
export { createMemoryReplayStore, type ReplayStore } from "./webhooks/replay-store.js";
export { lookupRunState, type RunState } from "./run-state.js";
export * from "./bulk/index.js";
export * from "./operations/index.js";
