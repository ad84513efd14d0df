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
export { unwrapWithResponse } from "./client/unwrap-with-response.js";
export { readEnv } from "./client/env.js";
export { retryAfterMs } from "./client/retry-after.js";
export {
  Paginator,
  RUNAWAY_PAGES,
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
export { DEFAULT_POLL_TIMEOUT_MS, notReady, poll, type NotReady, type PollOptions } from "./poll/poll.js";
export { createThenPoll, type CreateThenPollOptions } from "./poll/create-then-poll.js";
export { sleep, systemClock, type Clock } from "./poll/clock.js";
export { signWebhookPayload, verifyWebhook, type VerifyWebhookInput } from "./webhooks/verify.js";
export { createMemoryReplayStore, type ReplayStore } from "./webhooks/replay-store.js";
export type { RunState } from "./run-state.js";
export * from "./bulk/index.js";
