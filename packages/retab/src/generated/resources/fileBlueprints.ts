// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, createAndPollOperation, pollOperation, type CallOptions, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  create: { name: "fileBlueprints.create", method: "POST", path: "/v1/files/blueprints", pathParams: [], shape: {"id":"string"} },
  get: { name: "fileBlueprints.get", method: "GET", path: "/v1/files/blueprints/{blueprint_id}", pathParams: ["blueprint_id"], shape: {"id":"string"} },
  cancel: { name: "fileBlueprints.cancel", method: "POST", path: "/v1/files/blueprints/{blueprint_id}/cancel", pathParams: ["blueprint_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "fileBlueprints.get", method: "GET", path: "/v1/files/blueprints/{blueprint_id}", pathParams: ["blueprint_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["pending","queued","in_progress"],"succeeded":["completed"],"failed":["failed","cancelled"],"request":{"background":true}},
} satisfies Record<string, WaitDeclaration>;

/**
 * `retab.fileBlueprints`: 3 operations of the Retab API (File Blueprints).
 *
 * @example
 * ```ts
 * const fileBlueprints = retab.fileBlueprints;
 * ```
 */
export interface FileBlueprints {
  /**
   * Create File Blueprint.
   *
   * Create a Document Blueprint for an uploaded file.
   *
   * `POST /v1/files/blueprints`
   *
   * @example
   * ```ts
   * const result = await retab.fileBlueprints.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateFileBlueprintRequest"], options?: RequestOptions): Promise<components["schemas"]["FileBlueprint"]>;
  /**
   * `create`, then waits until `status` is `completed` (returned) or `failed`, `cancelled` (`RunFailedError`).
   * Sends `background: true` unless the body says otherwise; `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await retab.fileBlueprints.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["CreateFileBlueprintRequest"], options?: WaitOptions<components["schemas"]["FileBlueprint"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["FileBlueprint"]>;
  /**
   * Waits on an existing one (`get_file_blueprint`) until `status` is `completed` or `failed`, `cancelled` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await retab.fileBlueprints.poll("<blueprint_id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(blueprintId: string, options?: WaitOptions<components["schemas"]["FileBlueprint"]>): Promise<components["schemas"]["FileBlueprint"]>;
  /**
   * Get File Blueprint.
   *
   * Retrieve a file blueprint by id.
   *
   * `GET /v1/files/blueprints/{blueprint_id}`
   *
   * @example
   * ```ts
   * const result = await retab.fileBlueprints.get("<blueprint_id>");
   * ```
   */
  get(blueprintId: string, query?: NonNullable<paths["/v1/files/blueprints/{blueprint_id}"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["FileBlueprint"]>;
  /**
   * Cancel File Blueprint.
   *
   * Cancel an in-flight background file blueprint.
   *
   * `POST /v1/files/blueprints/{blueprint_id}/cancel`
   *
   * @example
   * ```ts
   * const result = await retab.fileBlueprints.cancel("<blueprint_id>");
   * ```
   */
  cancel(blueprintId: string, options?: RequestOptions): Promise<components["schemas"]["FileBlueprint"]>;
}

/**
 * Builds `fileBlueprints` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const fileBlueprints = createFileBlueprints(ctx);
 * ```
 */
export function createFileBlueprints(ctx: WaitContext): FileBlueprints {
  return {
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "fileBlueprints", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "fileBlueprints", id, options),
    get: (blueprintId, query, options) => callOperation(ctx, OPERATIONS.get, [blueprintId], { query }, options),
    cancel: (blueprintId, options) => callOperation(ctx, OPERATIONS.cancel, [blueprintId], {}, options),
  };
}
