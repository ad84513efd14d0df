// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "workflowEdges.list", method: "GET", path: "/v1/workflows/edges", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":200} },
  create: { name: "workflowEdges.create", method: "POST", path: "/v1/workflows/edges", pathParams: [], shape: {"id":"string"} },
  listVersions: { name: "workflowEdges.listVersions", method: "GET", path: "/v1/workflows/edges/versions", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  diffVersions: { name: "workflowEdges.diffVersions", method: "GET", path: "/v1/workflows/edges/versions/diff", pathParams: [], shape: {} },
  getVersion: { name: "workflowEdges.getVersion", method: "GET", path: "/v1/workflows/edges/versions/{edge_version_id}", pathParams: ["edge_version_id"], shape: {"id":"string"} },
  restoreVersion: { name: "workflowEdges.restoreVersion", method: "POST", path: "/v1/workflows/edges/versions/{edge_version_id}/restore", pathParams: ["edge_version_id"], shape: {"id":"string"} },
  get: { name: "workflowEdges.get", method: "GET", path: "/v1/workflows/edges/{edge_id}", pathParams: ["edge_id"], shape: {"id":"string"} },
  delete: { name: "workflowEdges.delete", method: "DELETE", path: "/v1/workflows/edges/{edge_id}", pathParams: ["edge_id"] },
} satisfies Record<string, Operation>;

/**
 * `retab.workflowEdges`: 8 operations of the Retab API (Workflow Edges).
 *
 * @example
 * ```ts
 * const workflowEdges = retab.workflowEdges;
 * ```
 */
export interface WorkflowEdges {
  /**
   * List Edges.
   *
   * List edges for a workflow with keyset cursor pagination.
   *
   * `GET /v1/workflows/edges`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.workflowEdges.list()) console.log(item);
   * ```
   */
  list(options: Omit<NonNullable<paths["/v1/workflows/edges"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowEdge"], IdCursor>;
  /**
   * Create Edge.
   *
   * Create a new edge connecting two blocks.
   *
   * `POST /v1/workflows/edges`
   *
   * @example
   * ```ts
   * const result = await retab.workflowEdges.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateWorkflowEdgeRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowEdge"]>;
  /**
   * List Edge Versions.
   *
   * `GET /v1/workflows/edges/versions`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.workflowEdges.listVersions()) console.log(item);
   * ```
   */
  listVersions(options: Omit<NonNullable<paths["/v1/workflows/edges/versions"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowEdgeVersion"], IdCursor>;
  /**
   * Diff Edge Versions.
   *
   * `GET /v1/workflows/edges/versions/diff`
   *
   * @example
   * ```ts
   * const result = await retab.workflowEdges.diffVersions();
   * ```
   */
  diffVersions(query: NonNullable<paths["/v1/workflows/edges/versions/diff"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["WorkflowEdgeVersionDiff"]>;
  /**
   * Get Edge Version.
   *
   * `GET /v1/workflows/edges/versions/{edge_version_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowEdges.getVersion("<edge_version_id>");
   * ```
   */
  getVersion(edgeVersionId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowEdgeVersion"]>;
  /**
   * Restore Edge Version.
   *
   * `POST /v1/workflows/edges/versions/{edge_version_id}/restore`
   *
   * @example
   * ```ts
   * const result = await retab.workflowEdges.restoreVersion("<edge_version_id>");
   * ```
   */
  restoreVersion(edgeVersionId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowEdge"]>;
  /**
   * Get Edge.
   *
   * Get a single edge by ID.
   *
   * `GET /v1/workflows/edges/{edge_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowEdges.get("<edge_id>");
   * ```
   */
  get(edgeId: string, query?: NonNullable<paths["/v1/workflows/edges/{edge_id}"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["WorkflowEdge"]>;
  /**
   * Delete Edge.
   *
   * Delete an edge from a workflow.
   *
   * `DELETE /v1/workflows/edges/{edge_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowEdges.delete("<edge_id>");
   * ```
   */
  delete(edgeId: string, options?: RequestOptions): Promise<void>;
}

/**
 * Builds `workflowEdges` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const workflowEdges = createWorkflowEdges(ctx);
 * ```
 */
export function createWorkflowEdges(ctx: WaitContext): WorkflowEdges {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    listVersions: (options) => listOperation(ctx, OPERATIONS.listVersions, [], options),
    diffVersions: (query, options) => callOperation(ctx, OPERATIONS.diffVersions, [], { query }, options),
    getVersion: (edgeVersionId, options) => callOperation(ctx, OPERATIONS.getVersion, [edgeVersionId], {}, options),
    restoreVersion: (edgeVersionId, options) => callOperation(ctx, OPERATIONS.restoreVersion, [edgeVersionId], {}, options),
    get: (edgeId, query, options) => callOperation(ctx, OPERATIONS.get, [edgeId], { query }, options),
    delete: (edgeId, options) => callOperation(ctx, OPERATIONS.delete, [edgeId], {}, options),
  };
}
