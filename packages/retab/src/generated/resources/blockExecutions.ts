// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "blockExecutions.list", method: "GET", path: "/v1/workflows/blocks/executions", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  create: { name: "blockExecutions.create", method: "POST", path: "/v1/workflows/blocks/executions", pathParams: [], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `retab.blockExecutions`: 2 operations of the Retab API (Workflow Blocks Executions).
 *
 * @example
 * ```ts
 * const blockExecutions = retab.blockExecutions;
 * ```
 */
export interface BlockExecutions {
  /**
   * List Block Executions.
   *
   * List recent block executions for one workflow run block.
   *
   * `GET /v1/workflows/blocks/executions`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.blockExecutions.list()) console.log(item);
   * ```
   */
  list(options: Omit<NonNullable<paths["/v1/workflows/blocks/executions"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["BlockExecution"], IdCursor>;
  /**
   * Create Block Execution.
   *
   * Create a block execution for `block_id` against the current draft.
   *
   * `POST /v1/workflows/blocks/executions`
   *
   * @example
   * ```ts
   * const result = await retab.blockExecutions.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateBlockExecutionRequest"], options?: RequestOptions): Promise<components["schemas"]["BlockExecution"]>;
}

/**
 * Builds `blockExecutions` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const blockExecutions = createBlockExecutions(ctx);
 * ```
 */
export function createBlockExecutions(ctx: WaitContext): BlockExecutions {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
  };
}
