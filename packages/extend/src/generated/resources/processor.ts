// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "processor.list", method: "GET", path: "/processors", pathParams: [], pagination: {"style":"token","items":"processors","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"}} },
  create: { name: "processor.create", method: "POST", path: "/processors", pathParams: [], shape: {} },
  update: { name: "processor.update", method: "POST", path: "/processors/{id}", pathParams: ["id"], shape: {} },
} satisfies Record<string, Operation>;

/**
 * `extend.processor`: 3 operations of the Extend API (Processor).
 *
 * @example
 * ```ts
 * const processor = extend.processor;
 * ```
 */
export interface Processor {
  /**
   * List all processors in your organization.
   *
   * `GET /processors`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.processor.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/processors"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["LegacyListProcessorsProcessor"], string>;
  /**
   * Create a new processor in Extend, optionally cloning from an existing processor.
   *
   * `POST /processors`
   *
   * @example
   * ```ts
   * const result = await extend.processor.create(body);
   * ```
   */
  create(body: components["schemas"]["ProcessorCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["ProcessorCreateResponse"]>;
  /**
   * Update an existing processor in Extend.
   *
   * `POST /processors/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.processor.update("<id>", body);
   * ```
   */
  update(id: string, body?: components["schemas"]["ProcessorUpdateRequest"], options?: RequestOptions): Promise<components["schemas"]["ProcessorUpdateResponse"]>;
}

/**
 * Builds `processor` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const processor = createProcessor(ctx);
 * ```
 */
export function createProcessor(ctx: WaitContext): Processor {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    update: (id, body, options) => callOperation(ctx, OPERATIONS.update, [id], { body }, options),
  };
}
