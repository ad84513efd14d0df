// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, createAndPollOperation, pollOperation, type CallOptions, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  create: { name: "evaluationSetRuns.create", method: "POST", path: "/evaluation_set_runs", pathParams: [], shape: {"id":"string"} },
  get: { name: "evaluationSetRuns.get", method: "GET", path: "/evaluation_set_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "evaluationSetRuns.get", method: "GET", path: "/evaluation_set_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["PENDING","PROCESSING"],"succeeded":["PROCESSED"],"failed":["FAILED","CANCELLED"]},
} satisfies Record<string, WaitDeclaration>;

/**
 * `extend.evaluationSetRuns`: 2 operations of the Extend API (Evaluation Set Runs).
 *
 * @example
 * ```ts
 * const evaluationSetRuns = extend.evaluationSetRuns;
 * ```
 */
export interface EvaluationSetRuns {
  /**
   * Create and start an async evaluation set run.
   *
   * Create and start an async evaluation set run. The response returns the evaluation set run object with its initial status; use `GET /evaluation_set_runs/{id}` to poll for completion.
   *
   * `POST /evaluation_set_runs`
   *
   * @example
   * ```ts
   * const result = await extend.evaluationSetRuns.create(body);
   * ```
   */
  create(body: components["schemas"]["EvaluationSetRunsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["EvaluationSetRun"]>;
  /**
   * `create`, then waits until `status` is `PROCESSED` (returned) or `FAILED`, `CANCELLED` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await extend.evaluationSetRuns.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["EvaluationSetRunsCreateRequest"], options?: WaitOptions<components["schemas"]["EvaluationSetRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["EvaluationSetRun"]>;
  /**
   * Waits on an existing one (`evaluation_set_runs_retrieve`) until `status` is `PROCESSED` or `FAILED`, `CANCELLED` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await extend.evaluationSetRuns.poll("<id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(id: string, options?: WaitOptions<components["schemas"]["EvaluationSetRun"]>): Promise<components["schemas"]["EvaluationSetRun"]>;
  /**
   * Get details of an evaluation set run.
   *
   * Get details of an evaluation set run.
   *
   * `GET /evaluation_set_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.evaluationSetRuns.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["EvaluationSetRun"]>;
}

/**
 * Builds `evaluationSetRuns` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const evaluationSetRuns = createEvaluationSetRuns(ctx);
 * ```
 */
export function createEvaluationSetRuns(ctx: WaitContext): EvaluationSetRuns {
  return {
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "evaluationSetRuns", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "evaluationSetRuns", id, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
  };
}
