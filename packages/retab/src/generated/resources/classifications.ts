// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "classifications.list", method: "GET", path: "/v1/classifications", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  create: { name: "classifications.create", method: "POST", path: "/v1/classifications", pathParams: [], idempotent: true, shape: {"id":"string"} },
  get: { name: "classifications.get", method: "GET", path: "/v1/classifications/{classification_id}", pathParams: ["classification_id"], shape: {"id":"string"} },
  delete: { name: "classifications.delete", method: "DELETE", path: "/v1/classifications/{classification_id}", pathParams: ["classification_id"] },
  cancel: { name: "classifications.cancel", method: "POST", path: "/v1/classifications/{classification_id}/cancel", pathParams: ["classification_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "classifications.get", method: "GET", path: "/v1/classifications/{classification_id}", pathParams: ["classification_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["pending","queued","in_progress"],"succeeded":["completed"],"failed":["failed","cancelled"],"request":{"background":true}},
} satisfies Record<string, WaitDeclaration>;

/**
 * `retab.classifications`: 5 operations of the Retab API (Classifications).
 *
 * @example
 * ```ts
 * const classifications = retab.classifications;
 * ```
 */
export interface Classifications {
  /**
   * List Classifications.
   *
   * List classifications.
   *
   * `GET /v1/classifications`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.classifications.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/v1/classifications"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["Classification"], IdCursor>;
  /**
   * Create Classification.
   *
   * Classify a document.
   *
   * `POST /v1/classifications`
   *
   * @example
   * ```ts
   * const result = await retab.classifications.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateClassificationRequest"], options?: CallOptions): Promise<components["schemas"]["Classification"]>;
  /**
   * `create`, then waits until `status` is `completed` (returned) or `failed`, `cancelled` (`RunFailedError`).
   * Sends `background: true` unless the body says otherwise; `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await retab.classifications.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["CreateClassificationRequest"], options?: WaitOptions<components["schemas"]["Classification"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["Classification"]>;
  /**
   * Waits on an existing one (`get_classification`) until `status` is `completed` or `failed`, `cancelled` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await retab.classifications.poll("<classification_id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(classificationId: string, options?: WaitOptions<components["schemas"]["Classification"]>): Promise<components["schemas"]["Classification"]>;
  /**
   * Get Classification.
   *
   * Retrieve a classification.
   *
   * `GET /v1/classifications/{classification_id}`
   *
   * @example
   * ```ts
   * const result = await retab.classifications.get("<classification_id>");
   * ```
   */
  get(classificationId: string, query?: NonNullable<paths["/v1/classifications/{classification_id}"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["Classification"]>;
  /**
   * Delete Classification.
   *
   * Delete a classification.
   *
   * `DELETE /v1/classifications/{classification_id}`
   *
   * @example
   * ```ts
   * const result = await retab.classifications.delete("<classification_id>");
   * ```
   */
  delete(classificationId: string, options?: RequestOptions): Promise<void>;
  /**
   * Cancel Classification.
   *
   * `POST /v1/classifications/{classification_id}/cancel`
   *
   * @example
   * ```ts
   * const result = await retab.classifications.cancel("<classification_id>");
   * ```
   */
  cancel(classificationId: string, options?: RequestOptions): Promise<components["schemas"]["Classification"]>;
}

/**
 * Builds `classifications` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const classifications = createClassifications(ctx);
 * ```
 */
export function createClassifications(ctx: WaitContext): Classifications {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "classifications", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "classifications", id, options),
    get: (classificationId, query, options) => callOperation(ctx, OPERATIONS.get, [classificationId], { query }, options),
    delete: (classificationId, options) => callOperation(ctx, OPERATIONS.delete, [classificationId], {}, options),
    cancel: (classificationId, options) => callOperation(ctx, OPERATIONS.cancel, [classificationId], {}, options),
  };
}
