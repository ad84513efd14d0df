// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "classifyRuns.list", method: "GET", path: "/classify_runs", pathParams: [], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "classifyRuns.create", method: "POST", path: "/classify_runs", pathParams: [], shape: {"id":"string"} },
  createBatch: { name: "classifyRuns.createBatch", method: "POST", path: "/classify_runs/batch", pathParams: [], shape: {"id":"string"} },
  get: { name: "classifyRuns.get", method: "GET", path: "/classify_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  delete: { name: "classifyRuns.delete", method: "DELETE", path: "/classify_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  cancel: { name: "classifyRuns.cancel", method: "POST", path: "/classify_runs/{id}/cancel", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "classifyRuns.get", method: "GET", path: "/classify_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  createBatch: { name: "classifyRuns.get", method: "GET", path: "/batch_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["PENDING","PROCESSING","CANCELLING"],"succeeded":["PROCESSED"],"failed":["FAILED","CANCELLED"],"reason":"failureMessage"},
  createBatch: {"id":"id","status":"status","pending":["PENDING","PROCESSING"],"succeeded":["PROCESSED"],"failed":["FAILED","CANCELLED"]},
} satisfies Record<string, WaitDeclaration>;

/**
 * `extend.classifyRuns`: 6 operations of the Extend API (Classify Runs).
 *
 * @example
 * ```ts
 * const classifyRuns = extend.classifyRuns;
 * ```
 */
export interface ClassifyRuns {
  /**
   * List all classify runs.
   *
   * List all classify runs.
   *
   * `GET /classify_runs`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.classifyRuns.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/classify_runs"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["ClassifyRunSummary"], string>;
  /**
   * Classify a document using an existing classifier or an inline configuration.
   *
   * Classify a document using an existing classifier or an inline configuration.
   *
   * `POST /classify_runs`
   *
   * @example
   * ```ts
   * const result = await extend.classifyRuns.create(body);
   * ```
   */
  create(body: components["schemas"]["ClassifyRunsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["ClassifyRun"]>;
  /**
   * `create`, then waits until `status` is `PROCESSED` (returned) or `FAILED`, `CANCELLED` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await extend.classifyRuns.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["ClassifyRunsCreateRequest"], options?: WaitOptions<components["schemas"]["ClassifyRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["ClassifyRun"]>;
  /**
   * Waits on an existing one (`classify_runs_retrieve`) until `status` is `PROCESSED` or `FAILED`, `CANCELLED` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await extend.classifyRuns.poll("<id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(id: string, options?: WaitOptions<components["schemas"]["ClassifyRun"]>): Promise<components["schemas"]["ClassifyRun"]>;
  /**
   * Submit up to **1,000 files** for classification in a single request.
   *
   * Submit up to **1,000 files** for classification in a single request. Each file is processed as an independent classify run using the same classifier and configuration.
   *
   * `POST /classify_runs/batch`
   *
   * @example
   * ```ts
   * const result = await extend.classifyRuns.createBatch(body);
   * ```
   */
  createBatch(body: components["schemas"]["ClassifyRunsCreateBatchRequest"], options?: RequestOptions): Promise<components["schemas"]["BatchRun"]>;
  /**
   * `createBatch`, then waits until `status` is `PROCESSED` (returned) or `FAILED`, `CANCELLED` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await extend.classifyRuns.createBatchAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createBatchAndPoll(body: components["schemas"]["ClassifyRunsCreateBatchRequest"], options?: WaitOptions<components["schemas"]["BatchRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["BatchRun"]>;
  /**
   * Waits on an existing one (`batch_runs_get`) until `status` is `PROCESSED` or `FAILED`, `CANCELLED` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await extend.classifyRuns.pollBatch("<id>", { timeoutMs: 120_000 });
   * ```
   */
  pollBatch(id: string, options?: WaitOptions<components["schemas"]["BatchRun"]>): Promise<components["schemas"]["BatchRun"]>;
  /**
   * Retrieve details about a specific classify run, including its status and outputs.
   *
   * Retrieve details about a specific classify run, including its status and outputs.
   *
   * `GET /classify_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.classifyRuns.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["ClassifyRun"]>;
  /**
   * Delete a classify run and all associated data from Extend.
   *
   * Delete a classify run and all associated data from Extend. This operation is permanent and cannot be undone.
   *
   * `DELETE /classify_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.classifyRuns.delete("<id>");
   * ```
   */
  delete(id: string, options?: RequestOptions): Promise<components["schemas"]["ClassifyRunsDeleteResponse"]>;
  /**
   * Cancel an in-progress classify run.
   *
   * Cancel an in-progress classify run.
   *
   * `POST /classify_runs/{id}/cancel`
   *
   * @example
   * ```ts
   * const result = await extend.classifyRuns.cancel("<id>");
   * ```
   */
  cancel(id: string, options?: RequestOptions): Promise<components["schemas"]["ClassifyRun"]>;
}

/**
 * Builds `classifyRuns` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const classifyRuns = createClassifyRuns(ctx);
 * ```
 */
export function createClassifyRuns(ctx: WaitContext): ClassifyRuns {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "classifyRuns", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "classifyRuns", id, options),
    createBatch: (body, options) => callOperation(ctx, OPERATIONS.createBatch, [], { body }, options),
    createBatchAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.createBatch, POLL_OPERATIONS.createBatch, WAITS.createBatch, "classifyRuns", [], body, options),
    pollBatch: (id, options) => pollOperation(ctx, POLL_OPERATIONS.createBatch, WAITS.createBatch, "classifyRuns", id, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
    delete: (id, options) => callOperation(ctx, OPERATIONS.delete, [id], {}, options),
    cancel: (id, options) => callOperation(ctx, OPERATIONS.cancel, [id], {}, options),
  };
}
