import type { ProviderModule } from "../../framework/types.js";
import { detailError } from "./errors.js";
import { routeRequest } from "./router.js";
import { createRetabState, type RetabState } from "./state.js";
import { signEnvironmentScoped, signLegacy } from "./webhooks.js";

const ERROR_DETAIL = {
  rate_limited: [429, "Rate limit exceeded. Please try again later."],
  internal: [500, "Internal server error"],
  not_found: [404, "Not Found"],
  unauthorized: [401, "Not authenticated"],
} as const;

/**
 * The Retab emulation: workflow runs (create with `Idempotency-Key`, list with every filter and
 * id cursors, get, cancel, delete), steps, workflows, blocks and file uploads, with FastAPI-style
 * validation, `{detail}` errors and environment-scoped signed webhooks.
 *
 * @example
 * ```ts
 * import { startEmulator } from "@docrun/emulator";
 * const emulator = await startEmulator({ provider: "retab", seed: { runs: 1000, seed: 1 } });
 * ```
 */
export const retabProvider: ProviderModule<RetabState> = {
  name: "retab",
  requestIdHeader: "x-request-id",
  createState: createRetabState,
  handle: routeRequest,
  errorResponse(kind, _requestId, detail) {
    const [status, message] = ERROR_DETAIL[kind];
    const headers =
      kind === "rate_limited" && detail?.retryAfterSeconds !== undefined
        ? { "retry-after": String(detail.retryAfterSeconds) }
        : undefined;
    return detailError(status, message, headers);
  },
  signWebhook: signEnvironmentScoped,
};

/** Retab's two `X-Retab-Signature` schemes, for a receiver's `sign` option. */
export const retabWebhookSigners = { environmentScoped: signEnvironmentScoped, legacy: signLegacy };

export { BUILT_IN_WORKFLOW_IDS as RETAB_WORKFLOW_IDS } from "./catalog.js";
export { FORBIDDEN_KEY_PREFIX as RETAB_FORBIDDEN_KEY_PREFIX } from "./auth.js";
export { RUN_EVENT_TYPES as RETAB_RUN_EVENT_TYPES } from "./webhooks.js";
export type { RetabState } from "./state.js";
