// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "workflows.list", method: "GET", path: "/workflows", pathParams: [], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "workflows.create", method: "POST", path: "/workflows", pathParams: [], shape: {"id":"string"} },
  get: { name: "workflows.get", method: "GET", path: "/workflows/{id}", pathParams: ["id"], shape: {"id":"string"} },
  update: { name: "workflows.update", method: "POST", path: "/workflows/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.workflows`: 4 operations of the Extend API (Workflows).
 *
 * @example
 * ```ts
 * const workflows = extend.workflows;
 * ```
 */
export interface Workflows {
  /**
   * List all workflows.
   *
   * List all workflows. Returns a paginated list of workflow summaries.
   *
   * `GET /workflows`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.workflows.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/workflows"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["WorkflowSummary"], string>;
  /**
   * Create a new workflow.
   *
   * Create a new workflow. Optionally provide `steps` to define the workflow's step graph.
   *
   * `POST /workflows`
   *
   * @example
   * ```ts
   * const result = await extend.workflows.create(body);
   * ```
   */
  create(body: components["schemas"]["WorkflowsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["Workflow"]>;
  /**
   * Get details of a workflow, including its draft version and steps.
   *
   * Get details of a workflow, including its draft version and steps.
   *
   * `GET /workflows/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.workflows.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["Workflow"]>;
  /**
   * Update a workflow's draft.
   *
   * Update a workflow's draft. You can update the name, the steps, or both.
   *
   * `POST /workflows/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.workflows.update("<id>", body);
   * ```
   */
  update(id: string, body?: components["schemas"]["WorkflowsUpdateRequest"], options?: RequestOptions): Promise<components["schemas"]["Workflow"]>;
}

/**
 * Builds `workflows` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const workflows = createWorkflows(ctx);
 * ```
 */
export function createWorkflows(ctx: WaitContext): Workflows {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
    update: (id, body, options) => callOperation(ctx, OPERATIONS.update, [id], { body }, options),
  };
}
