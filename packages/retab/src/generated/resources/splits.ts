// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "splits.list", method: "GET", path: "/v1/splits", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  create: { name: "splits.create", method: "POST", path: "/v1/splits", pathParams: [], idempotent: true, shape: {"id":"string"} },
  reconstruct: { name: "splits.reconstruct", method: "POST", path: "/v1/splits/reconstruct", pathParams: [], shape: {} },
  get: { name: "splits.get", method: "GET", path: "/v1/splits/{split_id}", pathParams: ["split_id"], shape: {"id":"string"} },
  delete: { name: "splits.delete", method: "DELETE", path: "/v1/splits/{split_id}", pathParams: ["split_id"] },
  cancel: { name: "splits.cancel", method: "POST", path: "/v1/splits/{split_id}/cancel", pathParams: ["split_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "splits.get", method: "GET", path: "/v1/splits/{split_id}", pathParams: ["split_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["pending","queued","in_progress"],"succeeded":["completed"],"failed":["failed","cancelled"],"request":{"background":true}},
} satisfies Record<string, WaitDeclaration>;

/**
 * `retab.splits`: 6 operations of the Retab API (Splits).
 *
 * @example
 * ```ts
 * const splits = retab.splits;
 * ```
 */
export interface Splits {
  /**
   * List Splits.
   *
   * List splits.
   *
   * `GET /v1/splits`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.splits.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/v1/splits"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["Split"], IdCursor>;
  /**
   * Create Split.
   *
   * Create a split.
   *
   * `POST /v1/splits`
   *
   * @example
   * ```ts
   * const result = await retab.splits.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateSplitRequest"], options?: CallOptions): Promise<components["schemas"]["Split"]>;
  /**
   * `create`, then waits until `status` is `completed` (returned) or `failed`, `cancelled` (`RunFailedError`).
   * Sends `background: true` unless the body says otherwise; `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await retab.splits.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["CreateSplitRequest"], options?: WaitOptions<components["schemas"]["Split"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["Split"]>;
  /**
   * Waits on an existing one (`get_split`) until `status` is `completed` or `failed`, `cancelled` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await retab.splits.poll("<split_id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(splitId: string, options?: WaitOptions<components["schemas"]["Split"]>): Promise<components["schemas"]["Split"]>;
  /**
   * Reconstruct Split.
   *
   * Reconstruct each named subdocument of a stored spreadsheet into an enriched, partition-ready table: one flat complete header, the key carried on every row, section banners promoted to a column, and wide size-matrices melted. Returns the enriched tables (header + rows + clean CSV) for hand-off to extraction.
   *
   * `POST /v1/splits/reconstruct`
   *
   * @example
   * ```ts
   * const result = await retab.splits.reconstruct(body);
   * ```
   */
  reconstruct(body: components["schemas"]["ReconstructRequest"], options?: RequestOptions): Promise<components["schemas"]["ReconstructResponse"]>;
  /**
   * Get Split.
   *
   * Retrieve a split.
   *
   * `GET /v1/splits/{split_id}`
   *
   * @example
   * ```ts
   * const result = await retab.splits.get("<split_id>");
   * ```
   */
  get(splitId: string, query?: NonNullable<paths["/v1/splits/{split_id}"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["Split"]>;
  /**
   * Delete Split.
   *
   * Delete a split.
   *
   * `DELETE /v1/splits/{split_id}`
   *
   * @example
   * ```ts
   * const result = await retab.splits.delete("<split_id>");
   * ```
   */
  delete(splitId: string, options?: RequestOptions): Promise<void>;
  /**
   * Cancel Split.
   *
   * `POST /v1/splits/{split_id}/cancel`
   *
   * @example
   * ```ts
   * const result = await retab.splits.cancel("<split_id>");
   * ```
   */
  cancel(splitId: string, options?: RequestOptions): Promise<components["schemas"]["Split"]>;
}

/**
 * Builds `splits` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const splits = createSplits(ctx);
 * ```
 */
export function createSplits(ctx: WaitContext): Splits {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "splits", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "splits", id, options),
    reconstruct: (body, options) => callOperation(ctx, OPERATIONS.reconstruct, [], { body }, options),
    get: (splitId, query, options) => callOperation(ctx, OPERATIONS.get, [splitId], { query }, options),
    delete: (splitId, options) => callOperation(ctx, OPERATIONS.delete, [splitId], {}, options),
    cancel: (splitId, options) => callOperation(ctx, OPERATIONS.cancel, [splitId], {}, options),
  };
}
