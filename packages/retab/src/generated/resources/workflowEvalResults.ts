// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "workflowEvalResults.list", method: "GET", path: "/v1/workflows/evals/results", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  get: { name: "workflowEvalResults.get", method: "GET", path: "/v1/workflows/evals/results/{result_id}", pathParams: ["result_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `retab.workflowEvalResults`: 2 operations of the Retab API (Workflow Eval Results).
 *
 * @example
 * ```ts
 * const workflowEvalResults = retab.workflowEvalResults;
 * ```
 */
export interface WorkflowEvalResults {
  /**
   * List Workflow Eval Results.
   *
   * List workflow eval results for a single run, page by page.
   *
   * `GET /v1/workflows/evals/results`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.workflowEvalResults.list()) console.log(item);
   * ```
   */
  list(options: Omit<NonNullable<paths["/v1/workflows/evals/results"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowEvalResult"], IdCursor>;
  /**
   * Get Workflow Eval Result.
   *
   * Retrieve a single workflow eval result.
   *
   * `GET /v1/workflows/evals/results/{result_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowEvalResults.get("<result_id>");
   * ```
   */
  get(resultId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowEvalResult"]>;
}

/**
 * Builds `workflowEvalResults` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const workflowEvalResults = createWorkflowEvalResults(ctx);
 * ```
 */
export function createWorkflowEvalResults(ctx: WaitContext): WorkflowEvalResults {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    get: (resultId, options) => callOperation(ctx, OPERATIONS.get, [resultId], {}, options),
  };
}
