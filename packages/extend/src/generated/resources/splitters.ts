// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "splitters.list", method: "GET", path: "/splitters", pathParams: [], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "splitters.create", method: "POST", path: "/splitters", pathParams: [], shape: {"id":"string"} },
  get: { name: "splitters.get", method: "GET", path: "/splitters/{id}", pathParams: ["id"], shape: {"id":"string"} },
  update: { name: "splitters.update", method: "POST", path: "/splitters/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.splitters`: 4 operations of the Extend API (Splitters).
 *
 * @example
 * ```ts
 * const splitters = extend.splitters;
 * ```
 */
export interface Splitters {
  /**
   * List all splitters.
   *
   * List all splitters.
   *
   * `GET /splitters`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.splitters.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/splitters"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["SplitterSummary"], string>;
  /**
   * Create a new splitter.
   *
   * Create a new splitter.
   *
   * `POST /splitters`
   *
   * @example
   * ```ts
   * const result = await extend.splitters.create(body);
   * ```
   */
  create(body: components["schemas"]["SplittersCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["Splitter"]>;
  /**
   * Get details of a splitter.
   *
   * Get details of a splitter.
   *
   * `GET /splitters/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.splitters.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["Splitter"]>;
  /**
   * Update an existing splitter.
   *
   * Update an existing splitter.
   *
   * `POST /splitters/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.splitters.update("<id>", body);
   * ```
   */
  update(id: string, body?: components["schemas"]["SplittersUpdateRequest"], options?: RequestOptions): Promise<components["schemas"]["Splitter"]>;
}

/**
 * Builds `splitters` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const splitters = createSplitters(ctx);
 * ```
 */
export function createSplitters(ctx: WaitContext): Splitters {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
    update: (id, body, options) => callOperation(ctx, OPERATIONS.update, [id], { body }, options),
  };
}
