import type { ProviderModule } from "../../framework/types.js";
import { errorEnvelope } from "./errors.js";
import { routeRequest } from "./router.js";
import { generateState } from "./seed.js";
import { signAnyformatWebhook } from "./webhooks.js";
import type { AnyformatState } from "./state.js";

export type { AnyformatState } from "./state.js";
export { signAnyformatWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./webhooks.js";

/**
 * The AnyFormat v2 emulation: workflows, runs (file collections) that move pending → queued →
 * in_progress → processed | error | cancelled over `processingMs`, the results endpoint's
 * 412 / 200 / 422, page-number lists, webhook subscriptions and signed deliveries, 301 for a path
 * without its trailing slash, and AnyFormat's error envelope.
 *
 * @example
 * ```ts
 * const emulator = await startEmulator({ provider: "anyformat", seed: { runs: 1000, seed: 1 } });
 * ```
 */
export const anyformatProvider: ProviderModule<AnyformatState> = {
  name: "anyformat",
  requestIdHeader: "x-request-id",
  createState: (_ctx, seed) => generateState(seed),
  handle: routeRequest,
  errorResponse(kind, requestId, detail) {
    switch (kind) {
      case "rate_limited": {
        const seconds = detail?.retryAfterSeconds ?? 1;
        return errorEnvelope(
          429,
          "RATE_LIMITED",
          `Rate limit exceeded. Retry after ${seconds} seconds.`,
          requestId,
          { "retry-after": String(seconds) },
        );
      }
      case "not_found":
        return errorEnvelope(404, "NOT_FOUND", "Not found.", requestId);
      case "unauthorized":
        return errorEnvelope(401, "AUTH_FAILED", "Invalid API key.", requestId);
      default:
        return errorEnvelope(500, "INTERNAL_ERROR", "An unexpected error occurred.", requestId);
    }
  },
  signWebhook: signAnyformatWebhook,
};
