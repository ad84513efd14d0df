import type { EmulatorResponse } from "../../../framework/types.js";
import { statusAt } from "../lifecycle.js";
import { newestFirstPage, pageEnvelope, parsePageRequest } from "../pagination.js";
import { emptyResponse, errorEnvelope, jsonResponse } from "../errors.js";
import { buildResults } from "../results.js";
import type { RouteInput } from "../path-matcher.js";
import { fileCollectionJson, runJson } from "../serialize.js";
import type { StoredCollection } from "../model.js";
import { removeCollection } from "../state.js";

function listCollections(
  input: RouteInput,
  toJson: (collection: StoredCollection, now: number) => unknown,
): EmulatorResponse {
  const { request, state, ctx, params } = input;
  const workflow = state.workflowsById.get(params["workflow_id"] ?? "");
  if (workflow === undefined)
    return errorEnvelope(404, "NOT_FOUND", "Workflow not found.", request.requestId);
  const page = parsePageRequest(request.query);
  if ("status" in page) return page;
  const now = ctx.now();
  const results = newestFirstPage(workflow.collections, page).map((collection) => toJson(collection, now));
  return jsonResponse(200, pageEnvelope(workflow.collections.length, page, results));
}

/**
 * `GET /v2/workflows/{workflow_id}/runs/`: newest first; a page past the end is an empty page.
 *
 * @example
 * ```ts
 * listRuns({ request, state, ctx, params: { workflow_id } });
 * ```
 */
export function listRuns(input: RouteInput): EmulatorResponse {
  return listCollections(input, runJson);
}

/**
 * `GET /v2/workflows/{workflow_id}/files/`: newest first; a page past the end is an empty page.
 *
 * @example
 * ```ts
 * listFiles({ request, state, ctx, params: { workflow_id } });
 * ```
 */
export function listFiles(input: RouteInput): EmulatorResponse {
  return listCollections(input, fileCollectionJson);
}

/**
 * `GET /v2/workflows/{workflow_id}/files/{collection_id}/results/`: 412 while the run is in
 * flight, 200 with results once processed, 422 `EXTRACTION_FAILED` / `EXTRACTION_CANCELLED`
 * after an error or cancellation.
 *
 * @example
 * ```ts
 * getResults({ request, state, ctx, params: { workflow_id, collection_id } });
 * ```
 */
export function getResults({ request, state, ctx, params }: RouteInput): EmulatorResponse {
  const workflow = state.workflowsById.get(params["workflow_id"] ?? "");
  if (workflow === undefined)
    return errorEnvelope(404, "NOT_FOUND", "Workflow not found.", request.requestId);
  const collection = state.collectionsById.get(params["collection_id"] ?? "");
  if (collection === undefined || collection.workflowId !== workflow.id) {
    return errorEnvelope(404, "NOT_FOUND", "File collection not found.", request.requestId);
  }
  const { status } = statusAt(collection, ctx.now());
  if (status === "processed") return jsonResponse(200, buildResults(workflow, collection));
  if (status === "error")
    return errorEnvelope(
      422,
      "EXTRACTION_FAILED",
      "Extraction failed for this file collection.",
      request.requestId,
    );
  if (status === "cancelled") {
    return errorEnvelope(
      422,
      "EXTRACTION_CANCELLED",
      "Extraction was cancelled for this file collection.",
      request.requestId,
    );
  }
  return errorEnvelope(
    412,
    "PRECONDITION_FAILED",
    `Extraction is still in progress (status: ${status}).`,
    request.requestId,
  );
}

/**
 * `DELETE /v2/files/{collection_id}/`: removes the collection and its results; 204.
 *
 * @example
 * ```ts
 * deleteCollection({ request, state, ctx, params: { collection_id } });
 * ```
 */
export function deleteCollection({ request, state, params }: RouteInput): EmulatorResponse {
  if (!removeCollection(state, params["collection_id"] ?? "")) {
    return errorEnvelope(404, "NOT_FOUND", "File collection not found.", request.requestId);
  }
  return emptyResponse(204);
}
