// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "edits.list", method: "GET", path: "/v1/edits", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  create: { name: "edits.create", method: "POST", path: "/v1/edits", pathParams: [], idempotent: true, shape: {"id":"string"} },
  get: { name: "edits.get", method: "GET", path: "/v1/edits/{edit_id}", pathParams: ["edit_id"], shape: {"id":"string"} },
  delete: { name: "edits.delete", method: "DELETE", path: "/v1/edits/{edit_id}", pathParams: ["edit_id"] },
  cancel: { name: "edits.cancel", method: "POST", path: "/v1/edits/{edit_id}/cancel", pathParams: ["edit_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "edits.get", method: "GET", path: "/v1/edits/{edit_id}", pathParams: ["edit_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["pending","queued","in_progress"],"succeeded":["completed"],"failed":["failed","cancelled"],"request":{"background":true}},
} satisfies Record<string, WaitDeclaration>;

/**
 * `retab.edits`: 5 operations of the Retab API (Edits).
 *
 * @example
 * ```ts
 * const edits = retab.edits;
 * ```
 */
export interface Edits {
  /**
   * List Edits.
   *
   * List edits.
   *
   * `GET /v1/edits`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.edits.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/v1/edits"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["Edit"], IdCursor>;
  /**
   * Create Edit.
   *
   * Create an edit.
   *
   * `POST /v1/edits`
   *
   * @example
   * ```ts
   * const result = await retab.edits.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateEditRequest"], options?: CallOptions): Promise<components["schemas"]["Edit"]>;
  /**
   * `create`, then waits until `status` is `completed` (returned) or `failed`, `cancelled` (`RunFailedError`).
   * Sends `background: true` unless the body says otherwise; `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await retab.edits.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["CreateEditRequest"], options?: WaitOptions<components["schemas"]["Edit"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["Edit"]>;
  /**
   * Waits on an existing one (`get_edit`) until `status` is `completed` or `failed`, `cancelled` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await retab.edits.poll("<edit_id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(editId: string, options?: WaitOptions<components["schemas"]["Edit"]>): Promise<components["schemas"]["Edit"]>;
  /**
   * Get Edit.
   *
   * Retrieve an edit.
   *
   * `GET /v1/edits/{edit_id}`
   *
   * @example
   * ```ts
   * const result = await retab.edits.get("<edit_id>");
   * ```
   */
  get(editId: string, query?: NonNullable<paths["/v1/edits/{edit_id}"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["Edit"]>;
  /**
   * Delete Edit.
   *
   * Delete an edit.
   *
   * `DELETE /v1/edits/{edit_id}`
   *
   * @example
   * ```ts
   * const result = await retab.edits.delete("<edit_id>");
   * ```
   */
  delete(editId: string, options?: RequestOptions): Promise<void>;
  /**
   * Cancel Edit.
   *
   * `POST /v1/edits/{edit_id}/cancel`
   *
   * @example
   * ```ts
   * const result = await retab.edits.cancel("<edit_id>");
   * ```
   */
  cancel(editId: string, options?: RequestOptions): Promise<components["schemas"]["Edit"]>;
}

/**
 * Builds `edits` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const edits = createEdits(ctx);
 * ```
 */
export function createEdits(ctx: WaitContext): Edits {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "edits", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "edits", id, options),
    get: (editId, query, options) => callOperation(ctx, OPERATIONS.get, [editId], { query }, options),
    delete: (editId, options) => callOperation(ctx, OPERATIONS.delete, [editId], {}, options),
    cancel: (editId, options) => callOperation(ctx, OPERATIONS.cancel, [editId], {}, options),
  };
}
