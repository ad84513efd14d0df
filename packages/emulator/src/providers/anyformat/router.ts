import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../framework/types.js";
import { authenticate } from "./auth.js";
import { emptyResponse, errorEnvelope, jsonResponse } from "./errors.js";
import { createPathMatcher, type Route } from "./path-matcher.js";
import { deleteCollection, getResults, listFiles, listRuns } from "./routes/files.js";
import { runWorkflow } from "./routes/run-workflow.js";
import { createWebhook, deleteWebhook, listWebhooks } from "./routes/webhooks.js";
import { getWorkflow, listWorkflows } from "./routes/workflows.js";
import type { AnyformatState } from "./state.js";

/** Every AnyFormat operation the emulator serves (the surface of specs/anyformat.openapi.yaml). */
export const ANYFORMAT_ROUTES: readonly Route[] = [
  { method: "GET", path: "/health/", open: true, handle: () => jsonResponse(200, { message: "ok" }) },
  { method: "GET", path: "/v2/workflows/", handle: listWorkflows },
  { method: "GET", path: "/v2/workflows/:workflow_id/", handle: getWorkflow },
  { method: "POST", path: "/v2/workflows/:workflow_id/run/", handle: runWorkflow },
  { method: "GET", path: "/v2/workflows/:workflow_id/runs/", handle: listRuns },
  { method: "GET", path: "/v2/workflows/:workflow_id/files/", handle: listFiles },
  { method: "GET", path: "/v2/workflows/:workflow_id/files/:collection_id/results/", handle: getResults },
  { method: "DELETE", path: "/v2/files/:collection_id/", handle: deleteCollection },
  { method: "GET", path: "/v2/webhooks/", handle: listWebhooks },
  { method: "POST", path: "/v2/webhooks/", handle: createWebhook },
  { method: "DELETE", path: "/v2/webhooks/:webhook_id/", handle: deleteWebhook },
];

const match = createPathMatcher(ANYFORMAT_ROUTES);

/**
 * Routes one request: 301 to the slashed path for a path without its trailing slash (before
 * authentication, as the real API does), AnyFormat's 404 for an unknown path and 405 for a known
 * path with another method, then authentication for every route but `/health/`.
 *
 * @example
 * ```ts
 * const response = await routeRequest(request, state, ctx);
 * ```
 */
export function routeRequest(
  request: EmulatorRequest,
  state: AnyformatState,
  ctx: ProviderContext,
): EmulatorResponse | Promise<EmulatorResponse> {
  const found = match(request.method, request.path, request.query);
  if (found.kind === "redirect") return emptyResponse(301, { location: found.location });
  if (found.kind === "none") return errorEnvelope(404, "NOT_FOUND", "Not found.", request.requestId);
  if (found.kind === "wrong_method") {
    return errorEnvelope(405, "VALIDATION_ERROR", `Method ${request.method} not allowed.`, request.requestId);
  }
  if (found.route.open !== true) {
    const denied = authenticate(request, ctx);
    if (denied !== null) return denied;
  }
  return found.route.handle({ request, state, ctx, params: found.params });
}
