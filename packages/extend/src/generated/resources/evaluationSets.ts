// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "evaluationSets.list", method: "GET", path: "/evaluation_sets", pathParams: [], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "evaluationSets.create", method: "POST", path: "/evaluation_sets", pathParams: [], shape: {"id":"string"} },
  get: { name: "evaluationSets.get", method: "GET", path: "/evaluation_sets/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.evaluationSets`: 3 operations of the Extend API (Evaluation Sets).
 *
 * @example
 * ```ts
 * const evaluationSets = extend.evaluationSets;
 * ```
 */
export interface EvaluationSets {
  /**
   * List evaluation sets in your account.
   *
   * List evaluation sets in your account.
   *
   * `GET /evaluation_sets`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.evaluationSets.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/evaluation_sets"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["EvaluationSet"], string>;
  /**
   * Evaluation sets are collections of files and expected outputs that are used to evaluate the performance of a given extractor, classifier, or splitter.
   *
   * Evaluation sets are collections of files and expected outputs that are used to evaluate the performance of a given extractor, classifier, or splitter. This endpoint will create a new evaluation set, which items can be added to using the [Create Evaluation Set Item](https://docs.extend.ai/2026-02-09/api-reference/endpoints/evaluation/create-evaluation-set-item) endpoint.
   *
   * `POST /evaluation_sets`
   *
   * @example
   * ```ts
   * const result = await extend.evaluationSets.create(body);
   * ```
   */
  create(body: components["schemas"]["EvaluationSetsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["EvaluationSet"]>;
  /**
   * Retrieve a specific evaluation set by ID.
   *
   * Retrieve a specific evaluation set by ID. This returns an evaluation set object, but does not include the items in the evaluation set. You can use the [List Evaluation Set Items](https://docs.extend.ai/2026-02-09/api-reference/endpoints/evaluation/list-evaluation-set-items) endpoint to get the items in an evaluation set.
   *
   * `GET /evaluation_sets/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.evaluationSets.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["EvaluationSet"]>;
}

/**
 * Builds `evaluationSets` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const evaluationSets = createEvaluationSets(ctx);
 * ```
 */
export function createEvaluationSets(ctx: WaitContext): EvaluationSets {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
  };
}
