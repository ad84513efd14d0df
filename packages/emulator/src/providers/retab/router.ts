import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../framework/types.js";
import { authenticate } from "./auth.js";
import { detailError } from "./errors.js";
import { createRun } from "./routes/create-run.js";
import { completeUpload, startUpload, UPLOAD_CONTENT_PREFIX, uploadContent } from "./routes/files.js";
import { listRuns } from "./routes/list-runs.js";
import { cancelRun, getRun, removeRun } from "./routes/run-actions.js";
import { getStep, listSteps } from "./routes/steps.js";
import { getWorkflow, listBlocks, listWorkflows } from "./routes/workflows.js";
import { answerFromSpec } from "./spec-fallback.js";
import type { RetabState } from "./state.js";

type Handler = (
  request: EmulatorRequest,
  state: RetabState,
  ctx: ProviderContext,
  id: string,
) => EmulatorResponse;

/** Route table: pattern (`*` = one id segment) → method → handler. Static routes come first. */
const ROUTES: readonly [pattern: string, handlers: Readonly<Record<string, Handler>>][] = [
  ["/v1/workflows/runs", { GET: listRuns, POST: createRun }],
  [
    "/v1/workflows/runs/*",
    { GET: (_r, s, c, id) => getRun(id, s, c), DELETE: (_r, s, _c, id) => removeRun(id, s) },
  ],
  ["/v1/workflows/runs/*/cancel", { POST: (r, s, c, id) => cancelRun(r, id, s, c) }],
  ["/v1/workflows/steps", { GET: listSteps }],
  ["/v1/workflows/steps/*", { GET: (r, s, c, id) => getStep(r, id, s, c) }],
  ["/v1/workflows/blocks", { GET: (r, s) => listBlocks(r, s) }],
  ["/v1/workflows", { GET: (r, s) => listWorkflows(r, s) }],
  ["/v1/workflows/*", { GET: (_r, s, _c, id) => getWorkflow(id, s) }],
  ["/v1/files/upload", { POST: startUpload }],
  ["/v1/files/upload/*/complete", { POST: (r, s, c, id) => completeUpload(r, id, s, c) }],
];

function match(pattern: string, segments: readonly string[]): string | null | undefined {
  const parts = pattern.split("/");
  if (parts.length !== segments.length) return undefined;
  let id: string | null = null;
  for (let index = 0; index < parts.length; index += 1) {
    if (parts[index] === "*") id = segments[index] ?? "";
    else if (parts[index] !== segments[index]) return undefined;
  }
  return id;
}

function decodeSegments(path: string): string[] | null {
  try {
    return path.split("/").map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

/**
 * Routes one request: FastAPI's 307 for a trailing slash, 404 `{"detail":"Not Found"}` for an
 * unknown path, 405 for a known path with another method, auth (401/403) before anything else.
 *
 * @example
 * ```ts
 * routeRequest(request, state, ctx);
 * ```
 */
export function routeRequest(
  request: EmulatorRequest,
  state: RetabState,
  ctx: ProviderContext,
): EmulatorResponse {
  if (
    request.path.startsWith(UPLOAD_CONTENT_PREFIX) &&
    (request.method === "PUT" || request.method === "GET")
  ) {
    return uploadContent(
      request,
      decodeURIComponent(request.path.slice(UPLOAD_CONTENT_PREFIX.length)),
      state,
    );
  }
  if (request.path.length > 1 && request.path.endsWith("/")) {
    const query = request.query.toString();
    return {
      status: 307,
      headers: { location: request.path.replace(/\/+$/, "") + (query === "" ? "" : `?${query}`) },
    };
  }
  const segments = decodeSegments(request.path);
  if (segments === null) return detailError(404, "Not Found");
  // Operations without a hand-written route are served from Retab's document by the spec engine.
  return answerFromSpec(request, state, ctx, () => routeHandWritten(request, segments, state, ctx));
}

function routeHandWritten(
  request: EmulatorRequest,
  segments: readonly string[],
  state: RetabState,
  ctx: ProviderContext,
): EmulatorResponse {
  for (const [pattern, handlers] of ROUTES) {
    const id = match(pattern, segments);
    if (id === undefined) continue;
    const handler = handlers[request.method];
    if (handler === undefined)
      return detailError(405, "Method Not Allowed", { allow: Object.keys(handlers).join(", ") });
    const denied = authenticate(request, ctx);
    if (denied !== null) return denied;
    return handler(request, state, ctx, id ?? "");
  }
  return detailError(404, "Not Found");
}
