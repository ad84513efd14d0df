// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "workflowRuns.list", method: "GET", path: "/v1/workflows/runs", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  create: { name: "workflowRuns.create", method: "POST", path: "/v1/workflows/runs", pathParams: [], idempotent: true, shape: {"id":"string"} },
  getExportPayload: { name: "workflowRuns.getExportPayload", method: "POST", path: "/v1/workflows/runs/export", pathParams: [], shape: {} },
  get: { name: "workflowRuns.get", method: "GET", path: "/v1/workflows/runs/{run_id}", pathParams: ["run_id"], shape: {"id":"string"} },
  delete: { name: "workflowRuns.delete", method: "DELETE", path: "/v1/workflows/runs/{run_id}", pathParams: ["run_id"] },
  cancel: { name: "workflowRuns.cancel", method: "POST", path: "/v1/workflows/runs/{run_id}/cancel", pathParams: ["run_id"], shape: {} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "workflowRuns.get", method: "GET", path: "/v1/workflows/runs/{run_id}", pathParams: ["run_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"lifecycle.status","pending":["pending","queued","running"],"succeeded":["completed","awaiting_review"],"failed":["error","cancelled"],"reason":"lifecycle.message"},
} satisfies Record<string, WaitDeclaration>;

/**
 * `retab.workflowRuns`: 6 operations of the Retab API (Workflow Runs).
 *
 * @example
 * ```ts
 * const workflowRuns = retab.workflowRuns;
 * ```
 */
export interface WorkflowRuns {
  /**
   * List Workflow Runs.
   *
   * List workflow runs with pagination and optional filters.
   *
   * `GET /v1/workflows/runs`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.workflowRuns.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/v1/workflows/runs"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowRun"], IdCursor>;
  /**
   * Create Workflow Run.
   *
   * Create a fresh workflow run.
   *
   * `POST /v1/workflows/runs`
   *
   * @example
   * ```ts
   * const result = await retab.workflowRuns.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateWorkflowRunRequest"], options?: CallOptions): Promise<components["schemas"]["WorkflowRun"]>;
  /**
   * `create`, then waits until `lifecycle.status` is `completed`, `awaiting_review` (returned) or `error`, `cancelled` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await retab.workflowRuns.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["CreateWorkflowRunRequest"], options?: WaitOptions<components["schemas"]["WorkflowRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["WorkflowRun"]>;
  /**
   * Waits on an existing one (`get_workflow_run`) until `lifecycle.status` is `completed`, `awaiting_review` or `error`, `cancelled` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await retab.workflowRuns.poll("<run_id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(runId: string, options?: WaitOptions<components["schemas"]["WorkflowRun"]>): Promise<components["schemas"]["WorkflowRun"]>;
  /**
   * Get Workflow Export Payload.
   *
   * Build CSV content for workflow run exports.
   *
   * `POST /v1/workflows/runs/export`
   *
   * @example
   * ```ts
   * const result = await retab.workflowRuns.getExportPayload(body);
   * ```
   */
  getExportPayload(body: components["schemas"]["WorkflowExportPayloadRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowExportPayloadResponse"]>;
  /**
   * Get Workflow Run.
   *
   * Get a single workflow run by ID.
   *
   * `GET /v1/workflows/runs/{run_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowRuns.get("<run_id>");
   * ```
   */
  get(runId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowRun"]>;
  /**
   * Delete Workflow Run.
   *
   * Delete a workflow run and its associated step data.
   *
   * `DELETE /v1/workflows/runs/{run_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowRuns.delete("<run_id>");
   * ```
   */
  delete(runId: string, options?: RequestOptions): Promise<void>;
  /**
   * Cancel Workflow Run.
   *
   * Cancel a pending, running, or waiting workflow run.
   *
   * `POST /v1/workflows/runs/{run_id}/cancel`
   *
   * @example
   * ```ts
   * const result = await retab.workflowRuns.cancel("<run_id>", body);
   * ```
   */
  cancel(runId: string, body?: NonNullable<paths["/v1/workflows/runs/{run_id}/cancel"]["post"]["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<components["schemas"]["CancelWorkflowResponse"]>;
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
    getExportPayload: (body, options) => callOperation(ctx, OPERATIONS.getExportPayload, [], { body }, options),
    get: (runId, options) => callOperation(ctx, OPERATIONS.get, [runId], {}, options),
    delete: (runId, options) => callOperation(ctx, OPERATIONS.delete, [runId], {}, options),
    cancel: (runId, body, options) => callOperation(ctx, OPERATIONS.cancel, [runId], { body }, options),
  };
}
