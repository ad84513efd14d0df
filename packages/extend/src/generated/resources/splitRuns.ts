// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "splitRuns.list", method: "GET", path: "/split_runs", pathParams: [], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "splitRuns.create", method: "POST", path: "/split_runs", pathParams: [], shape: {"id":"string"} },
  createBatch: { name: "splitRuns.createBatch", method: "POST", path: "/split_runs/batch", pathParams: [], shape: {"id":"string"} },
  get: { name: "splitRuns.get", method: "GET", path: "/split_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  delete: { name: "splitRuns.delete", method: "DELETE", path: "/split_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  cancel: { name: "splitRuns.cancel", method: "POST", path: "/split_runs/{id}/cancel", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "splitRuns.get", method: "GET", path: "/split_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  createBatch: { name: "splitRuns.get", method: "GET", path: "/batch_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["PENDING","PROCESSING","CANCELLING"],"succeeded":["PROCESSED"],"failed":["FAILED","CANCELLED"],"reason":"failureMessage"},
  createBatch: {"id":"id","status":"status","pending":["PENDING","PROCESSING"],"succeeded":["PROCESSED"],"failed":["FAILED","CANCELLED"]},
} satisfies Record<string, WaitDeclaration>;

/**
 * `extend.splitRuns`: 6 operations of the Extend API (Split Runs).
 *
 * @example
 * ```ts
 * const splitRuns = extend.splitRuns;
 * ```
 */
export interface SplitRuns {
  /**
   * List all split runs.
   *
   * List all split runs.
   *
   * `GET /split_runs`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.splitRuns.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/split_runs"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["SplitRunSummary"], string>;
  /**
   * Split a document into multiple parts using an existing splitter or an inline configuration.
   *
   * Split a document into multiple parts using an existing splitter or an inline configuration.
   *
   * `POST /split_runs`
   *
   * @example
   * ```ts
   * const result = await extend.splitRuns.create(body);
   * ```
   */
  create(body: components["schemas"]["SplitRunsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["SplitRun"]>;
  /**
   * `create`, then waits until `status` is `PROCESSED` (returned) or `FAILED`, `CANCELLED` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await extend.splitRuns.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["SplitRunsCreateRequest"], options?: WaitOptions<components["schemas"]["SplitRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["SplitRun"]>;
  /**
   * Waits on an existing one (`split_runs_retrieve`) until `status` is `PROCESSED` or `FAILED`, `CANCELLED` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await extend.splitRuns.poll("<id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(id: string, options?: WaitOptions<components["schemas"]["SplitRun"]>): Promise<components["schemas"]["SplitRun"]>;
  /**
   * Submit up to **1,000 files** for splitting in a single request.
   *
   * Submit up to **1,000 files** for splitting in a single request. Each file is processed as an independent split run using the same splitter and configuration.
   *
   * `POST /split_runs/batch`
   *
   * @example
   * ```ts
   * const result = await extend.splitRuns.createBatch(body);
   * ```
   */
  createBatch(body: components["schemas"]["SplitRunsCreateBatchRequest"], options?: RequestOptions): Promise<components["schemas"]["BatchRun"]>;
  /**
   * `createBatch`, then waits until `status` is `PROCESSED` (returned) or `FAILED`, `CANCELLED` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await extend.splitRuns.createBatchAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createBatchAndPoll(body: components["schemas"]["SplitRunsCreateBatchRequest"], options?: WaitOptions<components["schemas"]["BatchRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["BatchRun"]>;
  /**
   * Waits on an existing one (`batch_runs_get`) until `status` is `PROCESSED` or `FAILED`, `CANCELLED` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await extend.splitRuns.pollBatch("<id>", { timeoutMs: 120_000 });
   * ```
   */
  pollBatch(id: string, options?: WaitOptions<components["schemas"]["BatchRun"]>): Promise<components["schemas"]["BatchRun"]>;
  /**
   * Retrieve details about a specific split run, including its status and outputs.
   *
   * Retrieve details about a specific split run, including its status and outputs.
   *
   * `GET /split_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.splitRuns.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["SplitRun"]>;
  /**
   * Delete a split run and all associated data from Extend.
   *
   * Delete a split run and all associated data from Extend. This operation is permanent and cannot be undone.
   *
   * `DELETE /split_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.splitRuns.delete("<id>");
   * ```
   */
  delete(id: string, options?: RequestOptions): Promise<components["schemas"]["SplitRunsDeleteResponse"]>;
  /**
   * Cancel an in-progress split run.
   *
   * Cancel an in-progress split run.
   *
   * `POST /split_runs/{id}/cancel`
   *
   * @example
   * ```ts
   * const result = await extend.splitRuns.cancel("<id>");
   * ```
   */
  cancel(id: string, options?: RequestOptions): Promise<components["schemas"]["SplitRun"]>;
}

/**
 * Builds `splitRuns` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const splitRuns = createSplitRuns(ctx);
 * ```
 */
export function createSplitRuns(ctx: WaitContext): SplitRuns {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "splitRuns", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "splitRuns", id, options),
    createBatch: (body, options) => callOperation(ctx, OPERATIONS.createBatch, [], { body }, options),
    createBatchAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.createBatch, POLL_OPERATIONS.createBatch, WAITS.createBatch, "splitRuns", [], body, options),
    pollBatch: (id, options) => pollOperation(ctx, POLL_OPERATIONS.createBatch, WAITS.createBatch, "splitRuns", id, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
    delete: (id, options) => callOperation(ctx, OPERATIONS.delete, [id], {}, options),
    cancel: (id, options) => callOperation(ctx, OPERATIONS.cancel, [id], {}, options),
  };
}
