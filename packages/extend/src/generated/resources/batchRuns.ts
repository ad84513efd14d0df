// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  get: { name: "batchRuns.get", method: "GET", path: "/batch_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.batchRuns`: 1 operation of the Extend API (Batch Runs).
 *
 * @example
 * ```ts
 * const batchRuns = extend.batchRuns;
 * ```
 */
export interface BatchRuns {
  /**
   * Retrieve the status of a batch run by its ID.
   *
   * Retrieve the status of a batch run by its ID. The `status` field reflects the aggregate state of the batch.
   *
   * `GET /batch_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.batchRuns.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["BatchRun"]>;
}

/**
 * Builds `batchRuns` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const batchRuns = createBatchRuns(ctx);
 * ```
 */
export function createBatchRuns(ctx: WaitContext): BatchRuns {
  return {
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
  };
}
