export { startEmulator, type Emulator } from "./framework/start-emulator.js";
export type { EmulatorState, RequestMatch } from "./framework/emulator-state.js";
export type {
  EmulatorOptions,
  FaultOptions,
  RateLimitOptions,
  WebhookReceiverOptions,
} from "./framework/options.js";
export type { RequestLogEntry, RequestCounters } from "./framework/request-log.js";
export type { FaultKind } from "./framework/faults.js";
export type { WebhookDelivery } from "./framework/webhook-delivery.js";
export type {
  EmulatorRequest,
  EmulatorResponse,
  ProviderContext,
  ProviderModule,
  ProviderName,
  SeedOptions,
  WebhookEvent,
  WebhookTarget,
} from "./framework/types.js";
export { createSeededRandom } from "./framework/random.js";
export { providers } from "./providers/index.js";
export {
  signAnyformatWebhook,
  SIGNATURE_HEADER as ANYFORMAT_SIGNATURE_HEADER,
  TIMESTAMP_HEADER as ANYFORMAT_TIMESTAMP_HEADER,
} from "./providers/anyformat/index.js";
export {
  EXAMPLE_WORKFLOW_ID as EXTEND_EXAMPLE_WORKFLOW_ID,
  USAGE_BLOCKED_KEY_PREFIX as EXTEND_USAGE_BLOCKED_KEY_PREFIX,
} from "./providers/extend/index.js";
export {
  retabWebhookSigners,
  RETAB_WORKFLOW_IDS,
  RETAB_FORBIDDEN_KEY_PREFIX,
  RETAB_RUN_EVENT_TYPES,
} from "./providers/retab/index.js";
