// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  listBlocks: { name: "usage.listBlocks", method: "GET", path: "/v1/usage/blocks", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":10000} },
  listPrimitives: { name: "usage.listPrimitives", method: "GET", path: "/v1/usage/primitives", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":10000} },
  listRuns: { name: "usage.listRuns", method: "GET", path: "/v1/usage/runs", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":10000} },
} satisfies Record<string, Operation>;

/**
 * `retab.usage`: 3 operations of the Retab API (Usage).
 *
 * @example
 * ```ts
 * const usage = retab.usage;
 * ```
 */
export interface Usage {
  /**
   * List Usage Blocks.
   *
   * `GET /v1/usage/blocks`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.usage.listBlocks()) console.log(item);
   * ```
   */
  listBlocks(options?: Omit<NonNullable<paths["/v1/usage/blocks"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["UsageBlockRecord"], IdCursor>;
  /**
   * List Usage Primitives.
   *
   * `GET /v1/usage/primitives`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.usage.listPrimitives()) console.log(item);
   * ```
   */
  listPrimitives(options?: Omit<NonNullable<paths["/v1/usage/primitives"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["UsagePrimitiveRecord"], IdCursor>;
  /**
   * List Usage Runs.
   *
   * `GET /v1/usage/runs`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.usage.listRuns()) console.log(item);
   * ```
   */
  listRuns(options?: Omit<NonNullable<paths["/v1/usage/runs"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["UsageRunRecord"], IdCursor>;
}

/**
 * Builds `usage` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const usage = createUsage(ctx);
 * ```
 */
export function createUsage(ctx: WaitContext): Usage {
  return {
    listBlocks: (options) => listOperation(ctx, OPERATIONS.listBlocks, [], options),
    listPrimitives: (options) => listOperation(ctx, OPERATIONS.listPrimitives, [], options),
    listRuns: (options) => listOperation(ctx, OPERATIONS.listRuns, [], options),
  };
}
