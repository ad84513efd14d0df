// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "workflowVersions.list", method: "GET", path: "/workflows/{id}/versions", pathParams: ["id"], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "workflowVersions.create", method: "POST", path: "/workflows/{id}/versions", pathParams: ["id"], shape: {"id":"string"} },
  get: { name: "workflowVersions.get", method: "GET", path: "/workflows/{id}/versions/{versionId}", pathParams: ["id","versionId"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.workflowVersions`: 3 operations of the Extend API (Workflow Versions).
 *
 * @example
 * ```ts
 * const workflowVersions = extend.workflowVersions;
 * ```
 */
export interface WorkflowVersions {
  /**
   * List all versions of a workflow, including the draft version.
   *
   * List all versions of a workflow, including the draft version. Returns a paginated list of version summaries.
   *
   * `GET /workflows/{id}/versions`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.workflowVersions.list("<id>")) console.log(item);
   * ```
   */
  list(id: string, options?: Omit<NonNullable<paths["/workflows/{id}/versions"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["WorkflowVersionSummary"], string>;
  /**
   * Deploy a new version of a workflow.
   *
   * Deploy a new version of a workflow. The deployed version becomes available for running workflow runs.
   *
   * `POST /workflows/{id}/versions`
   *
   * @example
   * ```ts
   * const result = await extend.workflowVersions.create("<id>", body);
   * ```
   */
  create(id: string, body?: components["schemas"]["WorkflowVersionsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowVersion"]>;
  /**
   * Get a specific version of a workflow, including its step definitions.
   *
   * Get a specific version of a workflow, including its step definitions.
   *
   * `GET /workflows/{id}/versions/{versionId}`
   *
   * @example
   * ```ts
   * const result = await extend.workflowVersions.get("<id>", "<versionId>");
   * ```
   */
  get(id: string, versionId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowVersion"]>;
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
    list: (id, options) => listOperation(ctx, OPERATIONS.list, [id], options),
    create: (id, body, options) => callOperation(ctx, OPERATIONS.create, [id], { body }, options),
    get: (id, versionId, options) => callOperation(ctx, OPERATIONS.get, [id, versionId], {}, options),
  };
}
