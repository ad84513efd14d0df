// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "steps.list", method: "GET", path: "/v1/workflows/steps", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":1000} },
  get: { name: "steps.get", method: "GET", path: "/v1/workflows/steps/{step_id}", pathParams: ["step_id"], shape: {} },
} satisfies Record<string, Operation>;

/**
 * `retab.steps`: 2 operations of the Retab API (Workflow Run Steps).
 *
 * @example
 * ```ts
 * const steps = retab.steps;
 * ```
 */
export interface Steps {
  /**
   * List Workflow Run Steps.
   *
   * List steps with status and artifact summaries.
   *
   * `GET /v1/workflows/steps`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.steps.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/v1/workflows/steps"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowStep"], IdCursor>;
  /**
   * Get Workflow Step.
   *
   * Get one step by its step id.
   *
   * `GET /v1/workflows/steps/{step_id}`
   *
   * @example
   * ```ts
   * const result = await retab.steps.get("<step_id>");
   * ```
   */
  get(stepId: string, query?: NonNullable<paths["/v1/workflows/steps/{step_id}"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["WorkflowStep"]>;
}

/**
 * Builds `steps` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const steps = createSteps(ctx);
 * ```
 */
export function createSteps(ctx: WaitContext): Steps {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    get: (stepId, query, options) => callOperation(ctx, OPERATIONS.get, [stepId], { query }, options),
  };
}
