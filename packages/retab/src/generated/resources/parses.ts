// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "parses.list", method: "GET", path: "/v1/parses", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  create: { name: "parses.create", method: "POST", path: "/v1/parses", pathParams: [], idempotent: true, shape: {"id":"string"} },
  get: { name: "parses.get", method: "GET", path: "/v1/parses/{parse_id}", pathParams: ["parse_id"], shape: {"id":"string"} },
  delete: { name: "parses.delete", method: "DELETE", path: "/v1/parses/{parse_id}", pathParams: ["parse_id"] },
  cancel: { name: "parses.cancel", method: "POST", path: "/v1/parses/{parse_id}/cancel", pathParams: ["parse_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "parses.get", method: "GET", path: "/v1/parses/{parse_id}", pathParams: ["parse_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["pending","queued","in_progress"],"succeeded":["completed"],"failed":["failed","cancelled"],"request":{"background":true}},
} satisfies Record<string, WaitDeclaration>;

/**
 * `retab.parses`: 5 operations of the Retab API (Parses).
 *
 * @example
 * ```ts
 * const parses = retab.parses;
 * ```
 */
export interface Parses {
  /**
   * List Parses.
   *
   * List parses.
   *
   * `GET /v1/parses`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.parses.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/v1/parses"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["Parse"], IdCursor>;
  /**
   * Create Parse.
   *
   * Create a parse.
   *
   * `POST /v1/parses`
   *
   * @example
   * ```ts
   * const result = await retab.parses.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateParseRequest"], options?: CallOptions): Promise<components["schemas"]["Parse"]>;
  /**
   * `create`, then waits until `status` is `completed` (returned) or `failed`, `cancelled` (`RunFailedError`).
   * Sends `background: true` unless the body says otherwise; `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await retab.parses.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["CreateParseRequest"], options?: WaitOptions<components["schemas"]["Parse"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["Parse"]>;
  /**
   * Waits on an existing one (`get_parse`) until `status` is `completed` or `failed`, `cancelled` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await retab.parses.poll("<parse_id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(parseId: string, options?: WaitOptions<components["schemas"]["Parse"]>): Promise<components["schemas"]["Parse"]>;
  /**
   * Get Parse.
   *
   * Retrieve a parse.
   *
   * `GET /v1/parses/{parse_id}`
   *
   * @example
   * ```ts
   * const result = await retab.parses.get("<parse_id>");
   * ```
   */
  get(parseId: string, query?: NonNullable<paths["/v1/parses/{parse_id}"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["Parse"]>;
  /**
   * Delete Parse.
   *
   * Delete a parse.
   *
   * `DELETE /v1/parses/{parse_id}`
   *
   * @example
   * ```ts
   * const result = await retab.parses.delete("<parse_id>");
   * ```
   */
  delete(parseId: string, options?: RequestOptions): Promise<void>;
  /**
   * Cancel Parse.
   *
   * `POST /v1/parses/{parse_id}/cancel`
   *
   * @example
   * ```ts
   * const result = await retab.parses.cancel("<parse_id>");
   * ```
   */
  cancel(parseId: string, options?: RequestOptions): Promise<components["schemas"]["Parse"]>;
}

/**
 * Builds `parses` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const parses = createParses(ctx);
 * ```
 */
export function createParses(ctx: WaitContext): Parses {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "parses", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "parses", id, options),
    get: (parseId, query, options) => callOperation(ctx, OPERATIONS.get, [parseId], { query }, options),
    delete: (parseId, options) => callOperation(ctx, OPERATIONS.delete, [parseId], {}, options),
    cancel: (parseId, options) => callOperation(ctx, OPERATIONS.cancel, [parseId], {}, options),
  };
}
