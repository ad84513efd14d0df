// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "workflowEvals.list", method: "GET", path: "/v1/workflows/evals", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  create: { name: "workflowEvals.create", method: "POST", path: "/v1/workflows/evals", pathParams: [], shape: {"id":"string"} },
  get: { name: "workflowEvals.get", method: "GET", path: "/v1/workflows/evals/{eval_id}", pathParams: ["eval_id"], shape: {"id":"string"} },
  update: { name: "workflowEvals.update", method: "PATCH", path: "/v1/workflows/evals/{eval_id}", pathParams: ["eval_id"], shape: {"id":"string"} },
  delete: { name: "workflowEvals.delete", method: "DELETE", path: "/v1/workflows/evals/{eval_id}", pathParams: ["eval_id"] },
} satisfies Record<string, Operation>;

/**
 * `retab.workflowEvals`: 5 operations of the Retab API (Workflow Evals).
 *
 * @example
 * ```ts
 * const workflowEvals = retab.workflowEvals;
 * ```
 */
export interface WorkflowEvals {
  /**
   * List Workflow Evals.
   *
   * List workflow evals.
   *
   * `GET /v1/workflows/evals`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.workflowEvals.list()) console.log(item);
   * ```
   */
  list(options: Omit<NonNullable<paths["/v1/workflows/evals"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowEval"], IdCursor>;
  /**
   * Create Workflow Eval.
   *
   * Create a workflow eval.
   *
   * `POST /v1/workflows/evals`
   *
   * @example
   * ```ts
   * const result = await retab.workflowEvals.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateWorkflowEvalRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowEval"]>;
  /**
   * Get Workflow Eval.
   *
   * Retrieve a single workflow eval.
   *
   * `GET /v1/workflows/evals/{eval_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowEvals.get("<eval_id>");
   * ```
   */
  get(evalId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowEval"]>;
  /**
   * Update Workflow Eval.
   *
   * Update a workflow eval.
   *
   * `PATCH /v1/workflows/evals/{eval_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowEvals.update("<eval_id>", body);
   * ```
   */
  update(evalId: string, body: components["schemas"]["UpdateWorkflowEvalRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowEval"]>;
  /**
   * Delete Workflow Eval.
   *
   * Delete a workflow eval.
   *
   * `DELETE /v1/workflows/evals/{eval_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowEvals.delete("<eval_id>");
   * ```
   */
  delete(evalId: string, options?: RequestOptions): Promise<void>;
}

/**
 * Builds `workflowEvals` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const workflowEvals = createWorkflowEvals(ctx);
 * ```
 */
export function createWorkflowEvals(ctx: WaitContext): WorkflowEvals {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    get: (evalId, options) => callOperation(ctx, OPERATIONS.get, [evalId], {}, options),
    update: (evalId, body, options) => callOperation(ctx, OPERATIONS.update, [evalId], { body }, options),
    delete: (evalId, options) => callOperation(ctx, OPERATIONS.delete, [evalId], {}, options),
  };
}
