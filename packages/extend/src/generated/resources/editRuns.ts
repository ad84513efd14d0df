// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, createAndPollOperation, pollOperation, type CallOptions, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  create: { name: "editRuns.create", method: "POST", path: "/edit_runs", pathParams: [], shape: {"id":"string"} },
  get: { name: "editRuns.get", method: "GET", path: "/edit_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  delete: { name: "editRuns.delete", method: "DELETE", path: "/edit_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "editRuns.get", method: "GET", path: "/edit_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["PENDING","PROCESSING","CANCELLING"],"succeeded":["PROCESSED"],"failed":["FAILED","CANCELLED"],"reason":"failureMessage"},
} satisfies Record<string, WaitDeclaration>;

/**
 * `extend.editRuns`: 3 operations of the Extend API (Edit Runs).
 *
 * @example
 * ```ts
 * const editRuns = extend.editRuns;
 * ```
 */
export interface EditRuns {
  /**
   * Edit and manipulate PDF documents by detecting and filling form fields.
   *
   * Edit and manipulate PDF documents by detecting and filling form fields.
   *
   * `POST /edit_runs`
   *
   * @example
   * ```ts
   * const result = await extend.editRuns.create(body);
   * ```
   */
  create(body: components["schemas"]["EditRunsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["EditRun"]>;
  /**
   * `create`, then waits until `status` is `PROCESSED` (returned) or `FAILED`, `CANCELLED` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await extend.editRuns.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["EditRunsCreateRequest"], options?: WaitOptions<components["schemas"]["EditRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["EditRun"]>;
  /**
   * Waits on an existing one (`edit_runs_retrieve`) until `status` is `PROCESSED` or `FAILED`, `CANCELLED` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await extend.editRuns.poll("<id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(id: string, options?: WaitOptions<components["schemas"]["EditRun"]>): Promise<components["schemas"]["EditRun"]>;
  /**
   * Retrieve the status and results of an edit run.
   *
   * Retrieve the status and results of an edit run.
   *
   * `GET /edit_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.editRuns.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["EditRun"]>;
  /**
   * Delete an edit run and all associated data from Extend.
   *
   * Delete an edit run and all associated data from Extend. This operation is permanent and cannot be undone.
   *
   * `DELETE /edit_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.editRuns.delete("<id>");
   * ```
   */
  delete(id: string, options?: RequestOptions): Promise<components["schemas"]["EditRunsDeleteResponse"]>;
}

/**
 * Builds `editRuns` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const editRuns = createEditRuns(ctx);
 * ```
 */
export function createEditRuns(ctx: WaitContext): EditRuns {
  return {
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "editRuns", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "editRuns", id, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
    delete: (id, options) => callOperation(ctx, OPERATIONS.delete, [id], {}, options),
  };
}
