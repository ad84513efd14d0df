import type { EmulatorResponse } from "../../../framework/types.js";
import { newestFirstPage, pageEnvelope, parsePageRequest } from "../pagination.js";
import { errorEnvelope, jsonResponse } from "../errors.js";
import type { RouteInput } from "../path-matcher.js";
import { workflowJson } from "../serialize.js";
import type { StoredWorkflow } from "../model.js";

/**
 * `GET /v2/workflows/`: page-number list. `sort_by` (`created_at`, `updated_at`, `name`) and
 * `order` (`asc`, `desc`, default `desc`) are honoured, other values ignored (AnyFormat documents no enum);
 * every emulated workflow is `active`, so another `status` filter yields nothing.
 *
 * @example
 * ```ts
 * listWorkflows({ request, state, ctx, params: {} });
 * ```
 */
export function listWorkflows({ request, state }: RouteInput): EmulatorResponse {
  const page = parsePageRequest(request.query);
  if ("status" in page) return page;
  const status = request.query.get("status");
  let workflows: StoredWorkflow[] = status === null || status === "active" ? [...state.workflows] : [];
  const sortBy = request.query.get("sort_by");
  if (sortBy === "name") workflows.sort((a, b) => a.template.name.localeCompare(b.template.name));
  if (sortBy === "updated_at") workflows.sort((a, b) => a.updatedAt - b.updatedAt);
  const descending = request.query.get("order") !== "asc";
  // Stored oldest first; newestFirstPage reads from the end, so flip for ascending order.
  if (!descending) workflows = workflows.reverse();
  const results = newestFirstPage(workflows, page).map(workflowJson);
  return jsonResponse(200, pageEnvelope(workflows.length, page, results));
}

/**
 * `GET /v2/workflows/{workflow_id}/`.
 *
 * @example
 * ```ts
 * getWorkflow({ request, state, ctx, params: { workflow_id } });
 * ```
 */
export function getWorkflow({ request, state, params }: RouteInput): EmulatorResponse {
  const workflow = state.workflowsById.get(params["workflow_id"] ?? "");
  if (workflow === undefined)
    return errorEnvelope(404, "NOT_FOUND", "Workflow not found.", request.requestId);
  return jsonResponse(200, workflowJson(workflow));
}
