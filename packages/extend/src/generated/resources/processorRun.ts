// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "processorRun.list", method: "GET", path: "/processor_runs", pathParams: [], pagination: {"style":"token","items":"processorRuns","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"}} },
  create: { name: "processorRun.create", method: "POST", path: "/processor_runs", pathParams: [], shape: {} },
  get: { name: "processorRun.get", method: "GET", path: "/processor_runs/{id}", pathParams: ["id"], shape: {} },
  delete: { name: "processorRun.delete", method: "DELETE", path: "/processor_runs/{id}", pathParams: ["id"], shape: {} },
  cancel: { name: "processorRun.cancel", method: "POST", path: "/processor_runs/{id}/cancel", pathParams: ["id"], shape: {} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "processorRun.get", method: "GET", path: "/processor_runs/{id}", pathParams: ["id"], shape: {} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"processorRun.id","status":"processorRun.status","pending":["PENDING","PROCESSING","CANCELLING"],"succeeded":["PROCESSED"],"failed":["FAILED","CANCELLED"],"reason":"processorRun.failureMessage"},
} satisfies Record<string, WaitDeclaration>;

/**
 * `extend.processorRun`: 5 operations of the Extend API (Processor Run).
 *
 * @example
 * ```ts
 * const processorRun = extend.processorRun;
 * ```
 */
export interface ProcessorRun {
  /**
   * List runs of a Processor.
   *
   * List runs of a Processor. A ProcessorRun represents a single execution of a processor against a file.
   *
   * `GET /processor_runs`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.processorRun.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/processor_runs"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["LegacyProcessorRunSummary"], string>;
  /**
   * Run processors (extraction, classification, splitting, etc.) on a given document.
   *
   * Run processors (extraction, classification, splitting, etc.) on a given document.
   *
   * `POST /processor_runs`
   *
   * @example
   * ```ts
   * const result = await extend.processorRun.create(body);
   * ```
   */
  create(body: components["schemas"]["ProcessorRunCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["ProcessorRunCreateResponse"]>;
  /**
   * `create`, then waits until `processorRun.status` is `PROCESSED` (returned) or `FAILED`, `CANCELLED` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await extend.processorRun.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["ProcessorRunCreateRequest"], options?: WaitOptions<components["schemas"]["ProcessorRunGetResponse"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["ProcessorRunGetResponse"]>;
  /**
   * Waits on an existing one (`processor_run_get`) until `processorRun.status` is `PROCESSED` or `FAILED`, `CANCELLED` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await extend.processorRun.poll("<id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(id: string, options?: WaitOptions<components["schemas"]["ProcessorRunGetResponse"]>): Promise<components["schemas"]["ProcessorRunGetResponse"]>;
  /**
   * Retrieve details about a specific processor run, including its status, outputs, and any edits made during review.
   *
   * Retrieve details about a specific processor run, including its status, outputs, and any edits made during review.
   *
   * `GET /processor_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.processorRun.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["ProcessorRunGetResponse"]>;
  /**
   * Delete a processor run and all associated data from Extend.
   *
   * Delete a processor run and all associated data from Extend. This operation is permanent and cannot be undone.
   *
   * `DELETE /processor_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.processorRun.delete("<id>");
   * ```
   */
  delete(id: string, options?: RequestOptions): Promise<components["schemas"]["ProcessorRunDeleteResponse"]>;
  /**
   * Cancel a running processor run by its ID.
   *
   * Cancel a running processor run by its ID. This endpoint allows you to stop a processor run that is currently in progress.
   *
   * `POST /processor_runs/{id}/cancel`
   *
   * @example
   * ```ts
   * const result = await extend.processorRun.cancel("<id>");
   * ```
   */
  cancel(id: string, options?: RequestOptions): Promise<components["schemas"]["ProcessorRunCancelResponse"]>;
}

/**
 * Builds `processorRun` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const processorRun = createProcessorRun(ctx);
 * ```
 */
export function createProcessorRun(ctx: WaitContext): ProcessorRun {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "processorRun", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "processorRun", id, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
    delete: (id, options) => callOperation(ctx, OPERATIONS.delete, [id], {}, options),
    cancel: (id, options) => callOperation(ctx, OPERATIONS.cancel, [id], {}, options),
  };
}
