// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "workflowRuns.list", method: "GET", path: "/workflow_runs", pathParams: [], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "workflowRuns.create", method: "POST", path: "/workflow_runs", pathParams: [], shape: {"id":"string"} },
  createBatch: { name: "workflowRuns.createBatch", method: "POST", path: "/workflow_runs/batch", pathParams: [], shape: {} },
  get: { name: "workflowRuns.get", method: "GET", path: "/workflow_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  update: { name: "workflowRuns.update", method: "POST", path: "/workflow_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  delete: { name: "workflowRuns.delete", method: "DELETE", path: "/workflow_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
  cancel: { name: "workflowRuns.cancel", method: "POST", path: "/workflow_runs/{id}/cancel", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "workflowRuns.get", method: "GET", path: "/workflow_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["PENDING","PROCESSING","CANCELLING"],"succeeded":["PROCESSED","NEEDS_REVIEW"],"failed":["FAILED","REJECTED","CANCELLED"],"reason":"failureMessage"},
} satisfies Record<string, WaitDeclaration>;

/**
 * `extend.workflowRuns`: 7 operations of the Extend API (Workflow Runs).
 *
 * @example
 * ```ts
 * const workflowRuns = extend.workflowRuns;
 * ```
 */
export interface WorkflowRuns {
  /**
   * List runs of a Workflow.
   *
   * List runs of a Workflow. Workflows are sequences of steps that process files and data in a specific order to achieve a desired outcome. A WorkflowRun represents a single execution of a workflow against a file.
   *
   * `GET /workflow_runs`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.workflowRuns.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/workflow_runs"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["WorkflowRunSummary"], string>;
  /**
   * Run a workflow.
   *
   * Run a workflow. A workflow is a sequence of steps that process files and data in a specific order to achieve a desired outcome.
   *
   * `POST /workflow_runs`
   *
   * @example
   * ```ts
   * const result = await extend.workflowRuns.create(body);
   * ```
   */
  create(body: components["schemas"]["WorkflowRunsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowRun"]>;
  /**
   * `create`, then waits until `status` is `PROCESSED`, `NEEDS_REVIEW` (returned) or `FAILED`, `REJECTED`, `CANCELLED` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await extend.workflowRuns.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["WorkflowRunsCreateRequest"], options?: WaitOptions<components["schemas"]["WorkflowRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["WorkflowRun"]>;
  /**
   * Waits on an existing one (`workflow_runs_retrieve`) until `status` is `PROCESSED`, `NEEDS_REVIEW` or `FAILED`, `REJECTED`, `CANCELLED` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await extend.workflowRuns.poll("<id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(id: string, options?: WaitOptions<components["schemas"]["WorkflowRun"]>): Promise<components["schemas"]["WorkflowRun"]>;
  /**
   * This endpoint allows you to efficiently initiate large batches of workflow runs in a single request (up to 1,000 in a single request, but you can queue up multiple batches in rapid succession).
   *
   * This endpoint allows you to efficiently initiate large batches of workflow runs in a single request (up to 1,000 in a single request, but you can queue up multiple batches in rapid succession). It accepts an array of inputs, each containing a file and metadata pair. The primary use case for this endpoint is for doing large bulk runs of >1000 files at a time that can process over the course of a few hours without needing to manage rate limits that would likely occur using the primary run endpoint.
   *
   * `POST /workflow_runs/batch`
   *
   * @example
   * ```ts
   * const result = await extend.workflowRuns.createBatch(body);
   * ```
   */
  createBatch(body: components["schemas"]["WorkflowRunsCreateBatchRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowRunsCreateBatchResponse"]>;
  /**
   * Once a workflow has been run, you can check the status and output of a specific WorkflowRun.
   *
   * Once a workflow has been run, you can check the status and output of a specific WorkflowRun.
   *
   * `GET /workflow_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.workflowRuns.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowRun"]>;
  /**
   * You can update the name and metadata of an in progress WorkflowRun at any time using this endpoint.
   *
   * You can update the name and metadata of an in progress WorkflowRun at any time using this endpoint.
   *
   * `POST /workflow_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.workflowRuns.update("<id>", body);
   * ```
   */
  update(id: string, body?: components["schemas"]["WorkflowRunsUpdateRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowRun"]>;
  /**
   * Delete a workflow run and all associated data from Extend.
   *
   * Delete a workflow run and all associated data from Extend. This operation is permanent and cannot be undone.
   *
   * `DELETE /workflow_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.workflowRuns.delete("<id>");
   * ```
   */
  delete(id: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowRunsDeleteResponse"]>;
  /**
   * Cancel a running workflow run by its ID.
   *
   * Cancel a running workflow run by its ID. This endpoint allows you to stop a workflow run that is currently in progress.
   *
   * `POST /workflow_runs/{id}/cancel`
   *
   * @example
   * ```ts
   * const result = await extend.workflowRuns.cancel("<id>");
   * ```
   */
  cancel(id: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowRun"]>;
}

/**
 * Builds `workflowRuns` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const workflowRuns = createWorkflowRuns(ctx);
 * ```
 */
export function createWorkflowRuns(ctx: WaitContext): WorkflowRuns {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "workflowRuns", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "workflowRuns", id, options),
    createBatch: (body, options) => callOperation(ctx, OPERATIONS.createBatch, [], { body }, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
    update: (id, body, options) => callOperation(ctx, OPERATIONS.update, [id], { body }, options),
    delete: (id, options) => callOperation(ctx, OPERATIONS.delete, [id], {}, options),
    cancel: (id, options) => callOperation(ctx, OPERATIONS.cancel, [id], {}, options),
  };
}
