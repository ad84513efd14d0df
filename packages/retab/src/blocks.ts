import { requestOptions, type IdCursor, type ListOptions, type Paginator } from "@docrun/core";
import { definedOnly, requireId } from "./checks.js";
import { listByIdCursor, splitListOptions, type RetabCore } from "./list-page.js";
import type { BlockListQuery, WorkflowBlock } from "./types.js";

/**
 * Options of `blocks.list()` (`limit` 1–200; `before` walks backward).
 * @example `retab.blocks.list("wf_3Fh8kLmN2pQr", { limit: 200 });`
 */
export type ListBlocksOptions = BlockListQuery & ListOptions;

/**
 * `retab.blocks`: the blocks of a workflow.
 *
 * @example
 * ```ts
 * const blocks = await retab.blocks.list("wf_3Fh8kLmN2pQr").toArray();
 * ```
 */
export interface Blocks {
  /**
   * The blocks of a workflow, `updated_at` newest first (`limit` 1–200). `start_document` and
   * `start_json` block ids key a run's `documents` and `json_inputs`.
   *
   * @example
   * ```ts
   * for await (const block of retab.blocks.list("wf_3Fh8kLmN2pQr")) console.log(block.id, block.type);
   * ```
   */
  list(workflowId: string, options?: ListBlocksOptions): Paginator<WorkflowBlock, IdCursor>;
}

/**
 * Builds `retab.blocks` on core's client.
 *
 * @example
 * ```ts
 * const blocks = createBlocks(core);
 * ```
 */
export function createBlocks(core: RetabCore): Blocks {
  const { api } = core;
  return {
    list(workflowId, options = {}) {
      requireId("workflowId", workflowId);
      const [filters, paging] = splitListOptions(options, 200);
      return listByIdCursor(
        core,
        "blocks.list",
        { ...definedOnly(filters), workflow_id: workflowId },
        paging,
        (query, o) => api.GET("/v1/workflows/blocks", { params: { query }, ...requestOptions(o) }),
      );
    },
  };
}
