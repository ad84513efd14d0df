import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../framework/types.js";
import { authorize, requireCredit } from "./auth.js";
import { envelope, ExtendApiError } from "./errors.js";
import { downloadFile, getFile, listFiles, uploadFile } from "./routes/files.js";
import type { ExtendState } from "./state.js";
import {
  batchCreateRuns,
  cancelRun,
  createRun,
  deleteRunRoute,
  getRun,
  listRuns,
  updateRun,
} from "./routes/workflow-runs.js";
import { getWorkflow, listWorkflows } from "./routes/workflows.js";

type Handler = (
  request: EmulatorRequest,
  state: ExtendState,
  ctx: ProviderContext,
  id: string,
) => EmulatorResponse;

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
  /** Starts runs: a key out of credit gets 402 before the body is validated. */
  spendsCredit?: true;
}

const ID = "([A-Za-z0-9_-]+)";
const ROUTES: readonly Route[] = [
  {
    method: "POST",
    pattern: /^\/workflow_runs$/,
    handler: (r, s, c) => createRun(r, s, c),
    spendsCredit: true,
  },
  { method: "GET", pattern: /^\/workflow_runs$/, handler: (r, s, c) => listRuns(r, s, c) },
  {
    method: "POST",
    pattern: /^\/workflow_runs\/batch$/,
    handler: (r, s, c) => batchCreateRuns(r, s, c),
    spendsCredit: true,
  },
  {
    method: "POST",
    pattern: new RegExp(`^/workflow_runs/${ID}/cancel$`),
    handler: (_r, s, c, id) => cancelRun(s, c, id),
  },
  {
    method: "GET",
    pattern: new RegExp(`^/workflow_runs/${ID}$`),
    handler: (_r, s, c, id) => getRun(s, c, id),
  },
  {
    method: "POST",
    pattern: new RegExp(`^/workflow_runs/${ID}$`),
    handler: (r, s, c, id) => updateRun(r, s, c, id),
  },
  {
    method: "DELETE",
    pattern: new RegExp(`^/workflow_runs/${ID}$`),
    handler: (_r, s, _c, id) => deleteRunRoute(s, id),
  },
  { method: "GET", pattern: /^\/workflows$/, handler: (r, s) => listWorkflows(r, s) },
  {
    method: "GET",
    pattern: new RegExp(`^/workflows/${ID}$`),
    handler: (_r, s, _c, id) => getWorkflow(s, id),
  },
  { method: "POST", pattern: /^\/files\/upload$/, handler: (r, s, c) => uploadFile(r, s, c) },
  { method: "GET", pattern: /^\/files$/, handler: (r, s) => listFiles(r, s) },
  { method: "GET", pattern: new RegExp(`^/files/${ID}$`), handler: (r, s, _c, id) => getFile(r, s, id) },
];
const DOWNLOAD = new RegExp(`^/_emulator/files/${ID}/download$`);

/**
 * Routes one request: presigned downloads first (they carry no key, like Extend's), then
 * authentication and version checks, then the API routes (402 for a key out of credit on those
 * that start runs). Unknown routes are Extend's 404.
 *
 * @example
 * ```ts
 * const response = routeRequest(request, state, ctx);
 * ```
 */
export function routeRequest(
  request: EmulatorRequest,
  state: ExtendState,
  ctx: ProviderContext,
): EmulatorResponse {
  try {
    const download = request.method === "GET" ? DOWNLOAD.exec(request.path) : null;
    if (download !== null) {
      return (
        downloadFile(state, download[1]!) ??
        envelope(new ExtendApiError(404, "NOT_FOUND", "File not found"), request.requestId)
      );
    }
    authorize(request, ctx);
    for (const candidate of ROUTES) {
      if (candidate.method !== request.method) continue;
      const match = candidate.pattern.exec(request.path);
      if (match === null) continue;
      if (candidate.spendsCredit === true) requireCredit(request);
      return candidate.handler(request, state, ctx, match[1] ?? "");
    }
    throw new ExtendApiError(404, "NOT_FOUND", `No route for ${request.method} ${request.path}`);
  } catch (error) {
    if (error instanceof ExtendApiError) return envelope(error, request.requestId);
    throw error;
  }
}
