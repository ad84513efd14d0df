// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "workflowVersions.list", method: "GET", path: "/v1/workflows/versions", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  diff: { name: "workflowVersions.diff", method: "GET", path: "/v1/workflows/versions/diff", pathParams: [], shape: {} },
  get: { name: "workflowVersions.get", method: "GET", path: "/v1/workflows/versions/{workflow_version_id}", pathParams: ["workflow_version_id"], shape: {"id":"string"} },
  restore: { name: "workflowVersions.restore", method: "POST", path: "/v1/workflows/versions/{workflow_version_id}/restore", pathParams: ["workflow_version_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `retab.workflowVersions`: 4 operations of the Retab API (Workflow Versions).
 *
 * @example
 * ```ts
 * const workflowVersions = retab.workflowVersions;
 * ```
 */
export interface WorkflowVersions {
  /**
   * List Workflow Versions.
   *
   * `GET /v1/workflows/versions`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.workflowVersions.list()) console.log(item);
   * ```
   */
  list(options: Omit<NonNullable<paths["/v1/workflows/versions"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowGraphVersion"], IdCursor>;
  /**
   * Diff Workflow Versions.
   *
   * `GET /v1/workflows/versions/diff`
   *
   * @example
   * ```ts
   * const result = await retab.workflowVersions.diff();
   * ```
   */
  diff(query: NonNullable<paths["/v1/workflows/versions/diff"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["WorkflowGraphVersionDiff"]>;
  /**
   * Get Workflow Version.
   *
   * `GET /v1/workflows/versions/{workflow_version_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowVersions.get("<workflow_version_id>");
   * ```
   */
  get(workflowVersionId: string, query: NonNullable<paths["/v1/workflows/versions/{workflow_version_id}"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["WorkflowGraphVersion"]>;
  /**
   * Restore Workflow Version.
   *
   * `POST /v1/workflows/versions/{workflow_version_id}/restore`
   *
   * @example
   * ```ts
   * const result = await retab.workflowVersions.restore("<workflow_version_id>");
   * ```
   */
  restore(workflowVersionId: string, query: NonNullable<paths["/v1/workflows/versions/{workflow_version_id}/restore"]["post"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["Workflow"]>;
}

/**
 * Builds `workflowVersions` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const workflowVersions = createWorkflowVersions(ctx);
 * ```
 */
export function createWorkflowVersions(ctx: WaitContext): WorkflowVersions {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    diff: (query, options) => callOperation(ctx, OPERATIONS.diff, [], { query }, options),
    get: (workflowVersionId, query, options) => callOperation(ctx, OPERATIONS.get, [workflowVersionId], { query }, options),
    restore: (workflowVersionId, query, options) => callOperation(ctx, OPERATIONS.restore, [workflowVersionId], { query }, options),
  };
}
