// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "evaluationSetItems.list", method: "GET", path: "/evaluation_sets/{evaluationSetId}/items", pathParams: ["evaluationSetId"], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "evaluationSetItems.create", method: "POST", path: "/evaluation_sets/{evaluationSetId}/items", pathParams: ["evaluationSetId"], shape: {} },
  get: { name: "evaluationSetItems.get", method: "GET", path: "/evaluation_sets/{evaluationSetId}/items/{itemId}", pathParams: ["evaluationSetId","itemId"], shape: {"id":"string"} },
  update: { name: "evaluationSetItems.update", method: "POST", path: "/evaluation_sets/{evaluationSetId}/items/{itemId}", pathParams: ["evaluationSetId","itemId"], shape: {"id":"string"} },
  delete: { name: "evaluationSetItems.delete", method: "DELETE", path: "/evaluation_sets/{evaluationSetId}/items/{itemId}", pathParams: ["evaluationSetId","itemId"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.evaluationSetItems`: 5 operations of the Extend API (Evaluation Set Items).
 *
 * @example
 * ```ts
 * const evaluationSetItems = extend.evaluationSetItems;
 * ```
 */
export interface EvaluationSetItems {
  /**
   * List items in a specific evaluation set.
   *
   * List items in a specific evaluation set.
   *
   * `GET /evaluation_sets/{evaluationSetId}/items`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.evaluationSetItems.list("<evaluationSetId>")) console.log(item);
   * ```
   */
  list(evaluationSetId: string, options?: Omit<NonNullable<paths["/evaluation_sets/{evaluationSetId}/items"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["EvaluationSetItemSummary"], string>;
  /**
   * Evaluation set items are the individual files and expected outputs that are used to evaluate the performance of a given extractor, classifier, or splitter in Extend.
   *
   * Evaluation set items are the individual files and expected outputs that are used to evaluate the performance of a given extractor, classifier, or splitter in Extend. This endpoint will create new evaluation set items in Extend, which will be used during an evaluation run.
   *
   * `POST /evaluation_sets/{evaluationSetId}/items`
   *
   * @example
   * ```ts
   * const result = await extend.evaluationSetItems.create("<evaluationSetId>", body);
   * ```
   */
  create(evaluationSetId: string, body: components["schemas"]["EvaluationSetItemsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["EvaluationSetItemsCreateResponse"]>;
  /**
   * Get details of an evaluation set item.
   *
   * Get details of an evaluation set item.
   *
   * `GET /evaluation_sets/{evaluationSetId}/items/{itemId}`
   *
   * @example
   * ```ts
   * const result = await extend.evaluationSetItems.get("<evaluationSetId>", "<itemId>");
   * ```
   */
  get(evaluationSetId: string, itemId: string, options?: RequestOptions): Promise<components["schemas"]["EvaluationSetItem"]>;
  /**
   * If you need to change the expected output for a given evaluation set item, you can use this endpoint to update the item.
   *
   * If you need to change the expected output for a given evaluation set item, you can use this endpoint to update the item. This can be useful if you need to correct an error in the expected output or if the output of the extractor, classifier, or splitter has changed.
   *
   * `POST /evaluation_sets/{evaluationSetId}/items/{itemId}`
   *
   * @example
   * ```ts
   * const result = await extend.evaluationSetItems.update("<evaluationSetId>", "<itemId>", body);
   * ```
   */
  update(evaluationSetId: string, itemId: string, body: components["schemas"]["EvaluationSetItemsUpdateRequest"], options?: RequestOptions): Promise<components["schemas"]["EvaluationSetItem"]>;
  /**
   * Delete an evaluation set item.
   *
   * Delete an evaluation set item.
   *
   * `DELETE /evaluation_sets/{evaluationSetId}/items/{itemId}`
   *
   * @example
   * ```ts
   * const result = await extend.evaluationSetItems.delete("<evaluationSetId>", "<itemId>");
   * ```
   */
  delete(evaluationSetId: string, itemId: string, options?: RequestOptions): Promise<components["schemas"]["EvaluationSetItemsDeleteResponse"]>;
}

/**
 * Builds `evaluationSetItems` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const evaluationSetItems = createEvaluationSetItems(ctx);
 * ```
 */
export function createEvaluationSetItems(ctx: WaitContext): EvaluationSetItems {
  return {
    list: (evaluationSetId, options) => listOperation(ctx, OPERATIONS.list, [evaluationSetId], options),
    create: (evaluationSetId, body, options) => callOperation(ctx, OPERATIONS.create, [evaluationSetId], { body }, options),
    get: (evaluationSetId, itemId, options) => callOperation(ctx, OPERATIONS.get, [evaluationSetId, itemId], {}, options),
    update: (evaluationSetId, itemId, body, options) => callOperation(ctx, OPERATIONS.update, [evaluationSetId, itemId], { body }, options),
    delete: (evaluationSetId, itemId, options) => callOperation(ctx, OPERATIONS.delete, [evaluationSetId, itemId], {}, options),
  };
}
