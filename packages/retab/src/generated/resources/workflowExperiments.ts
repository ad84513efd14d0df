// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "workflowExperiments.list", method: "GET", path: "/v1/workflows/experiments", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  create: { name: "workflowExperiments.create", method: "POST", path: "/v1/workflows/experiments", pathParams: [], shape: {"id":"string"} },
  getMetricsForRun: { name: "workflowExperiments.getMetricsForRun", method: "GET", path: "/v1/workflows/experiments/metrics", pathParams: [] },
  listResults: { name: "workflowExperiments.listResults", method: "GET", path: "/v1/workflows/experiments/results", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":1000} },
  getResult: { name: "workflowExperiments.getResult", method: "GET", path: "/v1/workflows/experiments/results/{result_id}", pathParams: ["result_id"], shape: {"id":"string"} },
  listRuns: { name: "workflowExperiments.listRuns", method: "GET", path: "/v1/workflows/experiments/runs", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  createRun: { name: "workflowExperiments.createRun", method: "POST", path: "/v1/workflows/experiments/runs", pathParams: [], shape: {"id":"string"} },
  getRun: { name: "workflowExperiments.getRun", method: "GET", path: "/v1/workflows/experiments/runs/{run_id}", pathParams: ["run_id"], shape: {"id":"string"} },
  cancelRun: { name: "workflowExperiments.cancelRun", method: "POST", path: "/v1/workflows/experiments/runs/{run_id}/cancel", pathParams: ["run_id"], shape: {"id":"string"} },
  get: { name: "workflowExperiments.get", method: "GET", path: "/v1/workflows/experiments/{experiment_id}", pathParams: ["experiment_id"], shape: {"id":"string"} },
  update: { name: "workflowExperiments.update", method: "PATCH", path: "/v1/workflows/experiments/{experiment_id}", pathParams: ["experiment_id"], shape: {"id":"string"} },
  delete: { name: "workflowExperiments.delete", method: "DELETE", path: "/v1/workflows/experiments/{experiment_id}", pathParams: ["experiment_id"] },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  createRun: { name: "workflowExperiments.getRun", method: "GET", path: "/v1/workflows/experiments/runs/{run_id}", pathParams: ["run_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  createRun: {"id":"id","status":"lifecycle.status","pending":["pending","queued","running"],"succeeded":["completed"],"failed":["error","cancelled"],"reason":"lifecycle.message"},
} satisfies Record<string, WaitDeclaration>;

/**
 * `retab.workflowExperiments`: 12 operations of the Retab API (Workflow Experiments).
 *
 * @example
 * ```ts
 * const workflowExperiments = retab.workflowExperiments;
 * ```
 */
export interface WorkflowExperiments {
  /**
   * List Experiments.
   *
   * List experiments under one workflow with cursor pagination.
   *
   * `GET /v1/workflows/experiments`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.workflowExperiments.list()) console.log(item);
   * ```
   */
  list(options: Omit<NonNullable<paths["/v1/workflows/experiments"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowExperiment"], IdCursor>;
  /**
   * Create Experiment.
   *
   * Create an experiment.
   *
   * `POST /v1/workflows/experiments`
   *
   * @example
   * ```ts
   * const result = await retab.workflowExperiments.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateExperimentRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowExperiment"]>;
  /**
   * Get Experiment Metrics For Run.
   *
   * Get metrics for an experiment run.
   *
   * `GET /v1/workflows/experiments/metrics`
   *
   * @example
   * ```ts
   * const result = await retab.workflowExperiments.getMetricsForRun();
   * ```
   */
  getMetricsForRun(query: NonNullable<paths["/v1/workflows/experiments/metrics"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<paths["/v1/workflows/experiments/metrics"]["get"]["responses"]["200"]["content"]["application/json"]>;
  /**
   * List Experiment Results.
   *
   * List per-document results for an experiment run.
   *
   * `GET /v1/workflows/experiments/results`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.workflowExperiments.listResults()) console.log(item);
   * ```
   */
  listResults(options: Omit<NonNullable<paths["/v1/workflows/experiments/results"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowExperimentResult"], IdCursor>;
  /**
   * Get Experiment Result.
   *
   * Retrieve a single experiment result.
   *
   * `GET /v1/workflows/experiments/results/{result_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowExperiments.getResult("<result_id>");
   * ```
   */
  getResult(resultId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowExperimentResult"]>;
  /**
   * List Experiment Runs.
   *
   * List experiment runs.
   *
   * `GET /v1/workflows/experiments/runs`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.workflowExperiments.listRuns()) console.log(item);
   * ```
   */
  listRuns(options?: Omit<NonNullable<paths["/v1/workflows/experiments/runs"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowExperimentRun"], IdCursor>;
  /**
   * Create Experiment Run Flat.
   *
   * Create an experiment run.
   *
   * `POST /v1/workflows/experiments/runs`
   *
   * @example
   * ```ts
   * const result = await retab.workflowExperiments.createRun(body);
   * ```
   */
  createRun(body: components["schemas"]["CreateExperimentRunRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowExperimentRun"]>;
  /**
   * `createRun`, then waits until `lifecycle.status` is `completed` (returned) or `error`, `cancelled` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await retab.workflowExperiments.createRunAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createRunAndPoll(body: components["schemas"]["CreateExperimentRunRequest"], options?: WaitOptions<components["schemas"]["WorkflowExperimentRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["WorkflowExperimentRun"]>;
  /**
   * Waits on an existing one (`get_experiment_run`) until `lifecycle.status` is `completed` or `error`, `cancelled` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await retab.workflowExperiments.pollRun("<run_id>", { timeoutMs: 120_000 });
   * ```
   */
  pollRun(runId: string, options?: WaitOptions<components["schemas"]["WorkflowExperimentRun"]>): Promise<components["schemas"]["WorkflowExperimentRun"]>;
  /**
   * Get Experiment Run.
   *
   * Retrieve a single experiment run.
   *
   * `GET /v1/workflows/experiments/runs/{run_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowExperiments.getRun("<run_id>");
   * ```
   */
  getRun(runId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowExperimentRun"]>;
  /**
   * Cancel Experiment Run.
   *
   * Cancel an experiment run.
   *
   * `POST /v1/workflows/experiments/runs/{run_id}/cancel`
   *
   * @example
   * ```ts
   * const result = await retab.workflowExperiments.cancelRun("<run_id>");
   * ```
   */
  cancelRun(runId: string, options?: RequestOptions): Promise<components["schemas"]["CancelWorkflowExperimentRunResponse"]>;
  /**
   * Get Experiment.
   *
   * Retrieve a single experiment.
   *
   * `GET /v1/workflows/experiments/{experiment_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowExperiments.get("<experiment_id>");
   * ```
   */
  get(experimentId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowExperiment"]>;
  /**
   * Update Experiment.
   *
   * Update an experiment.
   *
   * `PATCH /v1/workflows/experiments/{experiment_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowExperiments.update("<experiment_id>", body);
   * ```
   */
  update(experimentId: string, body: components["schemas"]["UpdateExperimentRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowExperiment"]>;
  /**
   * Delete Experiment.
   *
   * Delete an experiment.
   *
   * `DELETE /v1/workflows/experiments/{experiment_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowExperiments.delete("<experiment_id>");
   * ```
   */
  delete(experimentId: string, options?: RequestOptions): Promise<void>;
}

/**
 * Builds `workflowExperiments` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const workflowExperiments = createWorkflowExperiments(ctx);
 * ```
 */
export function createWorkflowExperiments(ctx: WaitContext): WorkflowExperiments {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    getMetricsForRun: (query, options) => callOperation(ctx, OPERATIONS.getMetricsForRun, [], { query }, options),
    listResults: (options) => listOperation(ctx, OPERATIONS.listResults, [], options),
    getResult: (resultId, options) => callOperation(ctx, OPERATIONS.getResult, [resultId], {}, options),
    listRuns: (options) => listOperation(ctx, OPERATIONS.listRuns, [], options),
    createRun: (body, options) => callOperation(ctx, OPERATIONS.createRun, [], { body }, options),
    createRunAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.createRun, POLL_OPERATIONS.createRun, WAITS.createRun, "workflowExperiments", [], body, options),
    pollRun: (id, options) => pollOperation(ctx, POLL_OPERATIONS.createRun, WAITS.createRun, "workflowExperiments", id, options),
    getRun: (runId, options) => callOperation(ctx, OPERATIONS.getRun, [runId], {}, options),
    cancelRun: (runId, options) => callOperation(ctx, OPERATIONS.cancelRun, [runId], {}, options),
    get: (experimentId, options) => callOperation(ctx, OPERATIONS.get, [experimentId], {}, options),
    update: (experimentId, body, options) => callOperation(ctx, OPERATIONS.update, [experimentId], { body }, options),
    delete: (experimentId, options) => callOperation(ctx, OPERATIONS.delete, [experimentId], {}, options),
  };
}
