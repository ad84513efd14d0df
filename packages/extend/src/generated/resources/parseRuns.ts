// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "parseRuns.list", method: "GET", path: "/parse_runs", pathParams: [], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "parseRuns.create", method: "POST", path: "/parse_runs", pathParams: [], shape: {"id":"string"} },
  createBatch: { name: "parseRuns.createBatch", method: "POST", path: "/parse_runs/batch", pathParams: [], shape: {"id":"string"} },
  get: { name: "parseRuns.get", method: "GET", path: "/parse_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  delete: { name: "parseRuns.delete", method: "DELETE", path: "/parse_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  cancel: { name: "parseRuns.cancel", method: "POST", path: "/parse_runs/{id}/cancel", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "parseRuns.get", method: "GET", path: "/parse_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  createBatch: { name: "parseRuns.get", method: "GET", path: "/batch_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["PENDING","PROCESSING","CANCELLING"],"succeeded":["PROCESSED"],"failed":["FAILED","CANCELLED"],"reason":"failureMessage"},
  createBatch: {"id":"id","status":"status","pending":["PENDING","PROCESSING"],"succeeded":["PROCESSED"],"failed":["FAILED","CANCELLED"]},
} satisfies Record<string, WaitDeclaration>;

/**
 * `extend.parseRuns`: 6 operations of the Extend API (Parse Runs).
 *
 * @example
 * ```ts
 * const parseRuns = extend.parseRuns;
 * ```
 */
export interface ParseRuns {
  /**
   * List parse runs, with optional filters for status, batch ID, source, and file name.
   *
   * List parse runs, with optional filters for status, batch ID, source, and file name.
   *
   * `GET /parse_runs`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.parseRuns.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/parse_runs"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["ParseRunSummary"], string>;
  /**
   * Parse files to get cleaned, chunked target content (e.g.
   *
   * Parse files to get cleaned, chunked target content (e.g. markdown).
   *
   * `POST /parse_runs`
   *
   * @example
   * ```ts
   * const result = await extend.parseRuns.create(body);
   * ```
   */
  create(body: components["schemas"]["ParseRunsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["ParseRun"]>;
  /**
   * `create`, then waits until `status` is `PROCESSED` (returned) or `FAILED`, `CANCELLED` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await extend.parseRuns.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["ParseRunsCreateRequest"], options?: WaitOptions<components["schemas"]["ParseRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["ParseRun"]>;
  /**
   * Waits on an existing one (`parse_runs_retrieve`) until `status` is `PROCESSED` or `FAILED`, `CANCELLED` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await extend.parseRuns.poll("<id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(id: string, options?: WaitOptions<components["schemas"]["ParseRun"]>): Promise<components["schemas"]["ParseRun"]>;
  /**
   * Submit up to **1,000 files** for parsing in a single request.
   *
   * Submit up to **1,000 files** for parsing in a single request. Each file is processed as an independent parse run using the same configuration.
   *
   * `POST /parse_runs/batch`
   *
   * @example
   * ```ts
   * const result = await extend.parseRuns.createBatch(body);
   * ```
   */
  createBatch(body: components["schemas"]["ParseRunsCreateBatchRequest"], options?: RequestOptions): Promise<components["schemas"]["BatchRun"]>;
  /**
   * `createBatch`, then waits until `status` is `PROCESSED` (returned) or `FAILED`, `CANCELLED` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await extend.parseRuns.createBatchAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createBatchAndPoll(body: components["schemas"]["ParseRunsCreateBatchRequest"], options?: WaitOptions<components["schemas"]["BatchRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["BatchRun"]>;
  /**
   * Waits on an existing one (`batch_runs_get`) until `status` is `PROCESSED` or `FAILED`, `CANCELLED` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await extend.parseRuns.pollBatch("<id>", { timeoutMs: 120_000 });
   * ```
   */
  pollBatch(id: string, options?: WaitOptions<components["schemas"]["BatchRun"]>): Promise<components["schemas"]["BatchRun"]>;
  /**
   * Retrieve the status and results of a parse run.
   *
   * Retrieve the status and results of a parse run.
   *
   * `GET /parse_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.parseRuns.get("<id>");
   * ```
   */
  get(id: string, query?: NonNullable<paths["/parse_runs/{id}"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["ParseRun"]>;
  /**
   * Delete a parse run and all associated data from Extend.
   *
   * Delete a parse run and all associated data from Extend. This operation is permanent and cannot be undone.
   *
   * `DELETE /parse_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.parseRuns.delete("<id>");
   * ```
   */
  delete(id: string, options?: RequestOptions): Promise<components["schemas"]["ParseRunsDeleteResponse"]>;
  /**
   * Cancel an in-progress parse run.
   *
   * Cancel an in-progress parse run.
   *
   * `POST /parse_runs/{id}/cancel`
   *
   * @example
   * ```ts
   * const result = await extend.parseRuns.cancel("<id>");
   * ```
   */
  cancel(id: string, options?: RequestOptions): Promise<components["schemas"]["ParseRun"]>;
}

/**
 * Builds `parseRuns` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const parseRuns = createParseRuns(ctx);
 * ```
 */
export function createParseRuns(ctx: WaitContext): ParseRuns {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "parseRuns", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "parseRuns", id, options),
    createBatch: (body, options) => callOperation(ctx, OPERATIONS.createBatch, [], { body }, options),
    createBatchAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.createBatch, POLL_OPERATIONS.createBatch, WAITS.createBatch, "parseRuns", [], body, options),
    pollBatch: (id, options) => pollOperation(ctx, POLL_OPERATIONS.createBatch, WAITS.createBatch, "parseRuns", id, options),
    get: (id, query, options) => callOperation(ctx, OPERATIONS.get, [id], { query }, options),
    delete: (id, options) => callOperation(ctx, OPERATIONS.delete, [id], {}, options),
    cancel: (id, options) => callOperation(ctx, OPERATIONS.cancel, [id], {}, options),
  };
}
