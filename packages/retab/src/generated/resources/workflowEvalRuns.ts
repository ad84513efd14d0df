// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "workflowEvalRuns.list", method: "GET", path: "/v1/workflows/evals/runs", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  create: { name: "workflowEvalRuns.create", method: "POST", path: "/v1/workflows/evals/runs", pathParams: [], shape: {"id":"string"} },
  get: { name: "workflowEvalRuns.get", method: "GET", path: "/v1/workflows/evals/runs/{run_id}", pathParams: ["run_id"], shape: {"id":"string"} },
  cancel: { name: "workflowEvalRuns.cancel", method: "POST", path: "/v1/workflows/evals/runs/{run_id}/cancel", pathParams: ["run_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "workflowEvalRuns.get", method: "GET", path: "/v1/workflows/evals/runs/{run_id}", pathParams: ["run_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"lifecycle.status","pending":["pending","queued","running"],"succeeded":["completed"],"failed":["error","cancelled"],"reason":"lifecycle.message"},
} satisfies Record<string, WaitDeclaration>;

/**
 * `retab.workflowEvalRuns`: 4 operations of the Retab API (Workflow Eval Runs).
 *
 * @example
 * ```ts
 * const workflowEvalRuns = retab.workflowEvalRuns;
 * ```
 */
export interface WorkflowEvalRuns {
  /**
   * List Workflow Eval Runs.
   *
   * List workflow eval runs.
   *
   * `GET /v1/workflows/evals/runs`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.workflowEvalRuns.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/v1/workflows/evals/runs"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowEvalRun"], IdCursor>;
  /**
   * Create Workflow Eval Run.
   *
   * Create a workflow-scoped eval run.
   *
   * `POST /v1/workflows/evals/runs`
   *
   * @example
   * ```ts
   * const result = await retab.workflowEvalRuns.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateWorkflowEvalRunRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowEvalRun"]>;
  /**
   * `create`, then waits until `lifecycle.status` is `completed` (returned) or `error`, `cancelled` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await retab.workflowEvalRuns.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["CreateWorkflowEvalRunRequest"], options?: WaitOptions<components["schemas"]["WorkflowEvalRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["WorkflowEvalRun"]>;
  /**
   * Waits on an existing one (`get_workflow_eval_run`) until `lifecycle.status` is `completed` or `error`, `cancelled` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await retab.workflowEvalRuns.poll("<run_id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(runId: string, options?: WaitOptions<components["schemas"]["WorkflowEvalRun"]>): Promise<components["schemas"]["WorkflowEvalRun"]>;
  /**
   * Get Workflow Eval Run.
   *
   * Retrieve a single workflow eval run.
   *
   * `GET /v1/workflows/evals/runs/{run_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowEvalRuns.get("<run_id>");
   * ```
   */
  get(runId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowEvalRun"]>;
  /**
   * Cancel Workflow Eval Run.
   *
   * Cancel a workflow eval run.
   *
   * `POST /v1/workflows/evals/runs/{run_id}/cancel`
   *
   * @example
   * ```ts
   * const result = await retab.workflowEvalRuns.cancel("<run_id>");
   * ```
   */
  cancel(runId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowEvalRun"]>;
}

/**
 * Builds `workflowEvalRuns` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const workflowEvalRuns = createWorkflowEvalRuns(ctx);
 * ```
 */
export function createWorkflowEvalRuns(ctx: WaitContext): WorkflowEvalRuns {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "workflowEvalRuns", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "workflowEvalRuns", id, options),
    get: (runId, options) => callOperation(ctx, OPERATIONS.get, [runId], {}, options),
    cancel: (runId, options) => callOperation(ctx, OPERATIONS.cancel, [runId], {}, options),
  };
}
