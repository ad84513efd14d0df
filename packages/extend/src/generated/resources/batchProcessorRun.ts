// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  get: { name: "batchProcessorRun.get", method: "GET", path: "/batch_processor_runs/{id}", pathParams: ["id"], shape: {} },
} satisfies Record<string, Operation>;

/**
 * `extend.batchProcessorRun`: 1 operation of the Extend API (Batch Processor Run).
 *
 * @example
 * ```ts
 * const batchProcessorRun = extend.batchProcessorRun;
 * ```
 */
export interface BatchProcessorRun {
  /**
   * Retrieve details about a batch processor run, including evaluation runs.
   *
   * Retrieve details about a batch processor run, including evaluation runs.
   *
   * `GET /batch_processor_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.batchProcessorRun.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["BatchProcessorRunGetResponse"]>;
}

/**
 * Builds `batchProcessorRun` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const batchProcessorRun = createBatchProcessorRun(ctx);
 * ```
 */
export function createBatchProcessorRun(ctx: WaitContext): BatchProcessorRun {
  return {
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
  };
}
