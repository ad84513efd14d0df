// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "partitions.list", method: "GET", path: "/v1/partitions", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  create: { name: "partitions.create", method: "POST", path: "/v1/partitions", pathParams: [], idempotent: true, shape: {"id":"string"} },
  get: { name: "partitions.get", method: "GET", path: "/v1/partitions/{partition_id}", pathParams: ["partition_id"], shape: {"id":"string"} },
  delete: { name: "partitions.delete", method: "DELETE", path: "/v1/partitions/{partition_id}", pathParams: ["partition_id"] },
  cancel: { name: "partitions.cancel", method: "POST", path: "/v1/partitions/{partition_id}/cancel", pathParams: ["partition_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "partitions.get", method: "GET", path: "/v1/partitions/{partition_id}", pathParams: ["partition_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["pending","queued","in_progress"],"succeeded":["completed"],"failed":["failed","cancelled"],"request":{"background":true}},
} satisfies Record<string, WaitDeclaration>;

/**
 * `retab.partitions`: 5 operations of the Retab API (Partitions).
 *
 * @example
 * ```ts
 * const partitions = retab.partitions;
 * ```
 */
export interface Partitions {
  /**
   * List Partitions.
   *
   * List partitions.
   *
   * `GET /v1/partitions`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.partitions.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/v1/partitions"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["Partition"], IdCursor>;
  /**
   * Create Partitions.
   *
   * Create a partition.
   *
   * `POST /v1/partitions`
   *
   * @example
   * ```ts
   * const result = await retab.partitions.create(body);
   * ```
   */
  create(body: components["schemas"]["CreatePartitionRequest"], options?: CallOptions): Promise<components["schemas"]["Partition"]>;
  /**
   * `create`, then waits until `status` is `completed` (returned) or `failed`, `cancelled` (`RunFailedError`).
   * Sends `background: true` unless the body says otherwise; `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await retab.partitions.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["CreatePartitionRequest"], options?: WaitOptions<components["schemas"]["Partition"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["Partition"]>;
  /**
   * Waits on an existing one (`get_partition`) until `status` is `completed` or `failed`, `cancelled` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await retab.partitions.poll("<partition_id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(partitionId: string, options?: WaitOptions<components["schemas"]["Partition"]>): Promise<components["schemas"]["Partition"]>;
  /**
   * Get Partition.
   *
   * Retrieve a partition.
   *
   * `GET /v1/partitions/{partition_id}`
   *
   * @example
   * ```ts
   * const result = await retab.partitions.get("<partition_id>");
   * ```
   */
  get(partitionId: string, query?: NonNullable<paths["/v1/partitions/{partition_id}"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["Partition"]>;
  /**
   * Delete Partition.
   *
   * Delete a partition.
   *
   * `DELETE /v1/partitions/{partition_id}`
   *
   * @example
   * ```ts
   * const result = await retab.partitions.delete("<partition_id>");
   * ```
   */
  delete(partitionId: string, options?: RequestOptions): Promise<void>;
  /**
   * Cancel Partition.
   *
   * `POST /v1/partitions/{partition_id}/cancel`
   *
   * @example
   * ```ts
   * const result = await retab.partitions.cancel("<partition_id>");
   * ```
   */
  cancel(partitionId: string, options?: RequestOptions): Promise<components["schemas"]["Partition"]>;
}

/**
 * Builds `partitions` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const partitions = createPartitions(ctx);
 * ```
 */
export function createPartitions(ctx: WaitContext): Partitions {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "partitions", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "partitions", id, options),
    get: (partitionId, query, options) => callOperation(ctx, OPERATIONS.get, [partitionId], { query }, options),
    delete: (partitionId, options) => callOperation(ctx, OPERATIONS.delete, [partitionId], {}, options),
    cancel: (partitionId, options) => callOperation(ctx, OPERATIONS.cancel, [partitionId], {}, options),
  };
}
