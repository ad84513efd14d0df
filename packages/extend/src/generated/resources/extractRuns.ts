// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "extractRuns.list", method: "GET", path: "/extract_runs", pathParams: [], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "extractRuns.create", method: "POST", path: "/extract_runs", pathParams: [], shape: {"id":"string"} },
  createBatch: { name: "extractRuns.createBatch", method: "POST", path: "/extract_runs/batch", pathParams: [], shape: {"id":"string"} },
  get: { name: "extractRuns.get", method: "GET", path: "/extract_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  delete: { name: "extractRuns.delete", method: "DELETE", path: "/extract_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  cancel: { name: "extractRuns.cancel", method: "POST", path: "/extract_runs/{id}/cancel", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "extractRuns.get", method: "GET", path: "/extract_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  createBatch: { name: "extractRuns.get", method: "GET", path: "/batch_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["PENDING","PROCESSING","CANCELLING"],"succeeded":["PROCESSED"],"failed":["FAILED","CANCELLED"],"reason":"failureMessage"},
  createBatch: {"id":"id","status":"status","pending":["PENDING","PROCESSING"],"succeeded":["PROCESSED"],"failed":["FAILED","CANCELLED"]},
} satisfies Record<string, WaitDeclaration>;

/**
 * `extend.extractRuns`: 6 operations of the Extend API (Extract Runs).
 *
 * @example
 * ```ts
 * const extractRuns = extend.extractRuns;
 * ```
 */
export interface ExtractRuns {
  /**
   * List all extract runs.
   *
   * List all extract runs.
   *
   * `GET /extract_runs`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.extractRuns.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/extract_runs"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["ExtractRunSummary"], string>;
  /**
   * Extract structured data from a file using an existing extractor or an inline configuration.
   *
   * Extract structured data from a file using an existing extractor or an inline configuration.
   *
   * `POST /extract_runs`
   *
   * @example
   * ```ts
   * const result = await extend.extractRuns.create(body);
   * ```
   */
  create(body?: components["schemas"]["ExtractRunsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["ExtractRun"]>;
  /**
   * `create`, then waits until `status` is `PROCESSED` (returned) or `FAILED`, `CANCELLED` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await extend.extractRuns.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body?: components["schemas"]["ExtractRunsCreateRequest"], options?: WaitOptions<components["schemas"]["ExtractRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["ExtractRun"]>;
  /**
   * Waits on an existing one (`extract_runs_retrieve`) until `status` is `PROCESSED` or `FAILED`, `CANCELLED` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await extend.extractRuns.poll("<id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(id: string, options?: WaitOptions<components["schemas"]["ExtractRun"]>): Promise<components["schemas"]["ExtractRun"]>;
  /**
   * Submit up to **1,000 files** for extraction in a single request.
   *
   * Submit up to **1,000 files** for extraction in a single request. Each file is processed as an independent extract run using the same extractor and configuration.
   *
   * `POST /extract_runs/batch`
   *
   * @example
   * ```ts
   * const result = await extend.extractRuns.createBatch(body);
   * ```
   */
  createBatch(body: components["schemas"]["ExtractRunsCreateBatchRequest"], options?: RequestOptions): Promise<components["schemas"]["BatchRun"]>;
  /**
   * `createBatch`, then waits until `status` is `PROCESSED` (returned) or `FAILED`, `CANCELLED` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await extend.extractRuns.createBatchAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createBatchAndPoll(body: components["schemas"]["ExtractRunsCreateBatchRequest"], options?: WaitOptions<components["schemas"]["BatchRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["BatchRun"]>;
  /**
   * Waits on an existing one (`batch_runs_get`) until `status` is `PROCESSED` or `FAILED`, `CANCELLED` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await extend.extractRuns.pollBatch("<id>", { timeoutMs: 120_000 });
   * ```
   */
  pollBatch(id: string, options?: WaitOptions<components["schemas"]["BatchRun"]>): Promise<components["schemas"]["BatchRun"]>;
  /**
   * Retrieve details about a specific extract run, including its status, outputs, and any edits made during review.
   *
   * Retrieve details about a specific extract run, including its status, outputs, and any edits made during review.
   *
   * `GET /extract_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.extractRuns.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["ExtractRun"]>;
  /**
   * Delete an extract run and all associated data from Extend.
   *
   * Delete an extract run and all associated data from Extend. This operation is permanent and cannot be undone.
   *
   * `DELETE /extract_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.extractRuns.delete("<id>");
   * ```
   */
  delete(id: string, options?: RequestOptions): Promise<components["schemas"]["ExtractRunsDeleteResponse"]>;
  /**
   * Cancel an in-progress extract run.
   *
   * Cancel an in-progress extract run.
   *
   * `POST /extract_runs/{id}/cancel`
   *
   * @example
   * ```ts
   * const result = await extend.extractRuns.cancel("<id>");
   * ```
   */
  cancel(id: string, options?: RequestOptions): Promise<components["schemas"]["ExtractRun"]>;
}

/**
 * Builds `extractRuns` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const extractRuns = createExtractRuns(ctx);
 * ```
 */
export function createExtractRuns(ctx: WaitContext): ExtractRuns {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "extractRuns", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "extractRuns", id, options),
    createBatch: (body, options) => callOperation(ctx, OPERATIONS.createBatch, [], { body }, options),
    createBatchAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.createBatch, POLL_OPERATIONS.createBatch, WAITS.createBatch, "extractRuns", [], body, options),
    pollBatch: (id, options) => pollOperation(ctx, POLL_OPERATIONS.createBatch, WAITS.createBatch, "extractRuns", id, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
    delete: (id, options) => callOperation(ctx, OPERATIONS.delete, [id], {}, options),
    cancel: (id, options) => callOperation(ctx, OPERATIONS.cancel, [id], {}, options),
  };
}
