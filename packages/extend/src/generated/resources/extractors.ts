// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "extractors.list", method: "GET", path: "/extractors", pathParams: [], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "extractors.create", method: "POST", path: "/extractors", pathParams: [], shape: {"id":"string"} },
  get: { name: "extractors.get", method: "GET", path: "/extractors/{id}", pathParams: ["id"], shape: {"id":"string"} },
  update: { name: "extractors.update", method: "POST", path: "/extractors/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.extractors`: 4 operations of the Extend API (Extractors).
 *
 * @example
 * ```ts
 * const extractors = extend.extractors;
 * ```
 */
export interface Extractors {
  /**
   * List all extractors.
   *
   * List all extractors.
   *
   * `GET /extractors`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.extractors.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/extractors"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["ExtractorSummary"], string>;
  /**
   * Create a new extractor.
   *
   * Create a new extractor.
   *
   * `POST /extractors`
   *
   * @example
   * ```ts
   * const result = await extend.extractors.create(body);
   * ```
   */
  create(body: components["schemas"]["ExtractorsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["Extractor"]>;
  /**
   * Get details of an extractor.
   *
   * Get details of an extractor.
   *
   * `GET /extractors/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.extractors.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["Extractor"]>;
  /**
   * Update an existing extractor.
   *
   * Update an existing extractor.
   *
   * `POST /extractors/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.extractors.update("<id>", body);
   * ```
   */
  update(id: string, body?: components["schemas"]["ExtractorsUpdateRequest"], options?: RequestOptions): Promise<components["schemas"]["Extractor"]>;
}

/**
 * Builds `extractors` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const extractors = createExtractors(ctx);
 * ```
 */
export function createExtractors(ctx: WaitContext): Extractors {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
    update: (id, body, options) => callOperation(ctx, OPERATIONS.update, [id], { body }, options),
  };
}
