// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "blocks.list", method: "GET", path: "/v1/workflows/blocks", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":200} },
  create: { name: "blocks.create", method: "POST", path: "/v1/workflows/blocks", pathParams: [], shape: {"id":"string"} },
  listVersions: { name: "blocks.listVersions", method: "GET", path: "/v1/workflows/blocks/versions", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  diffVersions: { name: "blocks.diffVersions", method: "GET", path: "/v1/workflows/blocks/versions/diff", pathParams: [], shape: {} },
  getVersion: { name: "blocks.getVersion", method: "GET", path: "/v1/workflows/blocks/versions/{block_version_id}", pathParams: ["block_version_id"], shape: {"id":"string"} },
  restoreVersion: { name: "blocks.restoreVersion", method: "POST", path: "/v1/workflows/blocks/versions/{block_version_id}/restore", pathParams: ["block_version_id"], shape: {"id":"string"} },
  get: { name: "blocks.get", method: "GET", path: "/v1/workflows/blocks/{block_id}", pathParams: ["block_id"], shape: {"id":"string"} },
  update: { name: "blocks.update", method: "PATCH", path: "/v1/workflows/blocks/{block_id}", pathParams: ["block_id"], shape: {"id":"string"} },
  delete: { name: "blocks.delete", method: "DELETE", path: "/v1/workflows/blocks/{block_id}", pathParams: ["block_id"] },
  validateConfig: { name: "blocks.validateConfig", method: "POST", path: "/v1/workflows/blocks/{block_id}/validate-config", pathParams: ["block_id"], shape: {} },
} satisfies Record<string, Operation>;

/**
 * `retab.blocks`: 10 operations of the Retab API (Workflow Blocks).
 *
 * @example
 * ```ts
 * const blocks = retab.blocks;
 * ```
 */
export interface Blocks {
  /**
   * List Blocks.
   *
   * List blocks for a workflow with keyset cursor pagination.
   *
   * `GET /v1/workflows/blocks`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.blocks.list()) console.log(item);
   * ```
   */
  list(options: Omit<NonNullable<paths["/v1/workflows/blocks"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowBlock"], IdCursor>;
  /**
   * Create Block.
   *
   * Create a new block in a workflow.
   *
   * `POST /v1/workflows/blocks`
   *
   * @example
   * ```ts
   * const result = await retab.blocks.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateWorkflowBlockRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowBlock"]>;
  /**
   * List Block Versions.
   *
   * `GET /v1/workflows/blocks/versions`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.blocks.listVersions()) console.log(item);
   * ```
   */
  listVersions(options: Omit<NonNullable<paths["/v1/workflows/blocks/versions"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowBlockVersion"], IdCursor>;
  /**
   * Diff Block Versions.
   *
   * `GET /v1/workflows/blocks/versions/diff`
   *
   * @example
   * ```ts
   * const result = await retab.blocks.diffVersions();
   * ```
   */
  diffVersions(query: NonNullable<paths["/v1/workflows/blocks/versions/diff"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["WorkflowBlockVersionDiff"]>;
  /**
   * Get Block Version.
   *
   * `GET /v1/workflows/blocks/versions/{block_version_id}`
   *
   * @example
   * ```ts
   * const result = await retab.blocks.getVersion("<block_version_id>");
   * ```
   */
  getVersion(blockVersionId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowBlockVersion"]>;
  /**
   * Restore Block Version.
   *
   * `POST /v1/workflows/blocks/versions/{block_version_id}/restore`
   *
   * @example
   * ```ts
   * const result = await retab.blocks.restoreVersion("<block_version_id>");
   * ```
   */
  restoreVersion(blockVersionId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowBlock"]>;
  /**
   * Get Block.
   *
   * Get a single block by ID.
   *
   * `GET /v1/workflows/blocks/{block_id}`
   *
   * @example
   * ```ts
   * const result = await retab.blocks.get("<block_id>");
   * ```
   */
  get(blockId: string, query?: NonNullable<paths["/v1/workflows/blocks/{block_id}"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["WorkflowBlock"]>;
  /**
   * Update Block.
   *
   * Update a block with partial data.
   *
   * `PATCH /v1/workflows/blocks/{block_id}`
   *
   * @example
   * ```ts
   * const result = await retab.blocks.update("<block_id>", body);
   * ```
   */
  update(blockId: string, body: components["schemas"]["UpdateWorkflowBlockRequest"], options?: RequestOptions & { query?: NonNullable<paths["/v1/workflows/blocks/{block_id}"]["patch"]["parameters"]["query"]> }): Promise<components["schemas"]["WorkflowBlock"]>;
  /**
   * Delete Block.
   *
   * Delete a block from a workflow.
   *
   * `DELETE /v1/workflows/blocks/{block_id}`
   *
   * @example
   * ```ts
   * const result = await retab.blocks.delete("<block_id>");
   * ```
   */
  delete(blockId: string, query?: NonNullable<paths["/v1/workflows/blocks/{block_id}"]["delete"]["parameters"]["query"]>, options?: RequestOptions): Promise<void>;
  /**
   * Validate Block Config.
   *
   * Validate an assembled block config without mutating the workflow draft.
   *
   * `POST /v1/workflows/blocks/{block_id}/validate-config`
   *
   * @example
   * ```ts
   * const result = await retab.blocks.validateConfig("<block_id>", body);
   * ```
   */
  validateConfig(blockId: string, body: components["schemas"]["ValidateWorkflowBlockConfigRequest"], options?: RequestOptions & { query?: NonNullable<paths["/v1/workflows/blocks/{block_id}/validate-config"]["post"]["parameters"]["query"]> }): Promise<components["schemas"]["ValidateWorkflowBlockConfigResponse"]>;
}

/**
 * Builds `blocks` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const blocks = createBlocks(ctx);
 * ```
 */
export function createBlocks(ctx: WaitContext): Blocks {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    listVersions: (options) => listOperation(ctx, OPERATIONS.listVersions, [], options),
    diffVersions: (query, options) => callOperation(ctx, OPERATIONS.diffVersions, [], { query }, options),
    getVersion: (blockVersionId, options) => callOperation(ctx, OPERATIONS.getVersion, [blockVersionId], {}, options),
    restoreVersion: (blockVersionId, options) => callOperation(ctx, OPERATIONS.restoreVersion, [blockVersionId], {}, options),
    get: (blockId, query, options) => callOperation(ctx, OPERATIONS.get, [blockId], { query }, options),
    update: (blockId, body, options = {}) => { const { query, ...rest } = options; return callOperation(ctx, OPERATIONS.update, [blockId], { body, query }, rest); },
    delete: (blockId, query, options) => callOperation(ctx, OPERATIONS.delete, [blockId], { query }, options),
    validateConfig: (blockId, body, options = {}) => { const { query, ...rest } = options; return callOperation(ctx, OPERATIONS.validateConfig, [blockId], { body, query }, rest); },
  };
}
