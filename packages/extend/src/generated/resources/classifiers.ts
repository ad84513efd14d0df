// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "classifiers.list", method: "GET", path: "/classifiers", pathParams: [], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "classifiers.create", method: "POST", path: "/classifiers", pathParams: [], shape: {"id":"string"} },
  get: { name: "classifiers.get", method: "GET", path: "/classifiers/{id}", pathParams: ["id"], shape: {"id":"string"} },
  update: { name: "classifiers.update", method: "POST", path: "/classifiers/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.classifiers`: 4 operations of the Extend API (Classifiers).
 *
 * @example
 * ```ts
 * const classifiers = extend.classifiers;
 * ```
 */
export interface Classifiers {
  /**
   * List all classifiers.
   *
   * List all classifiers.
   *
   * `GET /classifiers`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.classifiers.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/classifiers"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["ClassifierSummary"], string>;
  /**
   * Create a new classifier.
   *
   * Create a new classifier.
   *
   * `POST /classifiers`
   *
   * @example
   * ```ts
   * const result = await extend.classifiers.create(body);
   * ```
   */
  create(body: components["schemas"]["ClassifiersCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["Classifier"]>;
  /**
   * Get details of a classifier.
   *
   * Get details of a classifier.
   *
   * `GET /classifiers/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.classifiers.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["Classifier"]>;
  /**
   * Update an existing classifier.
   *
   * Update an existing classifier.
   *
   * `POST /classifiers/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.classifiers.update("<id>", body);
   * ```
   */
  update(id: string, body?: components["schemas"]["ClassifiersUpdateRequest"], options?: RequestOptions): Promise<components["schemas"]["Classifier"]>;
}

/**
 * Builds `classifiers` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const classifiers = createClassifiers(ctx);
 * ```
 */
export function createClassifiers(ctx: WaitContext): Classifiers {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
    update: (id, body, options) => callOperation(ctx, OPERATIONS.update, [id], { body }, options),
  };
}
