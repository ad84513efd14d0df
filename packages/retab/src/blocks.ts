// Quirk: `blocks.list(workflowId, options)` takes the workflow positionally, as it has since 0.1,
// although Retab's document makes `workflow_id` a (required) query parameter like any filter.
import { ConfigurationError, type IdCursor, type ListCallOptions, type Paginator } from "@docrun/core";
import type { Blocks as GeneratedBlocks } from "./generated/resources/index.js";
import type { WorkflowBlock } from "./types.js";

/**
 * Filters and listing options of `blocks.list()` besides the workflow.
 * @example `retab.blocks.list("wf_3Fh8kLmN2pQr", { limit: 50, maxItems: 200 });`
 */
export type ListBlocksOptions = Omit<Parameters<GeneratedBlocks["list"]>[0], "workflow_id"> & ListCallOptions;

/**
 * `retab.blocks`: the generated block operations, with `list` keyed by workflow.
 *
 * @example
 * ```ts
 * for await (const block of retab.blocks.list("wf_3Fh8kLmN2pQr")) console.log(block.id, block.type);
 * ```
 */
export interface Blocks extends Omit<GeneratedBlocks, "list"> {
  /**
   * The blocks of one workflow, across pages (`start_document` / `start_json` ids key run inputs).
   *
   * @example
   * ```ts
   * const blocks = await retab.blocks.list("wf_3Fh8kLmN2pQr").toArray();
   * ```
   */
  list(workflowId: string, options?: ListBlocksOptions): Paginator<WorkflowBlock, IdCursor>;
}

/**
 * Adds the positional workflow id to the generated `blocks`.
 * @example `const blocks = withBlockQuirks(generated.blocks);`
 */
export function withBlockQuirks(blocks: GeneratedBlocks): Blocks {
  return {
    ...blocks,
    list(workflowId, options = {}) {
      if (typeof workflowId !== "string" || workflowId.trim() === "")
        throw new ConfigurationError(
          `workflowId must be a non-empty string (got ${JSON.stringify(workflowId)})`,
        );
      return blocks.list({ ...options, workflow_id: workflowId }) as Paginator<WorkflowBlock, IdCursor>;
    },
  };
}
