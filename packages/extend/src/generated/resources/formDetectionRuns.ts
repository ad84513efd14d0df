// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, createAndPollOperation, pollOperation, type CallOptions, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  create: { name: "formDetectionRuns.create", method: "POST", path: "/form_detection_runs", pathParams: [], shape: {"id":"string"} },
  get: { name: "formDetectionRuns.get", method: "GET", path: "/form_detection_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "formDetectionRuns.get", method: "GET", path: "/form_detection_runs/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["PENDING","PROCESSING","CANCELLING"],"succeeded":["PROCESSED"],"failed":["FAILED","CANCELLED"],"reason":"failureMessage"},
} satisfies Record<string, WaitDeclaration>;

/**
 * `extend.formDetectionRuns`: 2 operations of the Extend API (Form Detection Runs).
 *
 * @example
 * ```ts
 * const formDetectionRuns = extend.formDetectionRuns;
 * ```
 */
export interface FormDetectionRuns {
  /**
   * Start detecting fields in a PDF form and return immediately with a `form_detection_run` resource, typically in the `PROCESSING` state.
   *
   * Start detecting fields in a PDF form and return immediately with a `form_detection_run` resource, typically in the `PROCESSING` state.
   *
   * `POST /form_detection_runs`
   *
   * @example
   * ```ts
   * const result = await extend.formDetectionRuns.create(body);
   * ```
   */
  create(body: components["schemas"]["FormDetectionRunsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["FormDetectionRun"]>;
  /**
   * `create`, then waits until `status` is `PROCESSED` (returned) or `FAILED`, `CANCELLED` (`RunFailedError`).
   * `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await extend.formDetectionRuns.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["FormDetectionRunsCreateRequest"], options?: WaitOptions<components["schemas"]["FormDetectionRun"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["FormDetectionRun"]>;
  /**
   * Waits on an existing one (`form_detection_runs_retrieve`) until `status` is `PROCESSED` or `FAILED`, `CANCELLED` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await extend.formDetectionRuns.poll("<id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(id: string, options?: WaitOptions<components["schemas"]["FormDetectionRun"]>): Promise<components["schemas"]["FormDetectionRun"]>;
  /**
   * Retrieve the status and results of a form detection run.
   *
   * Retrieve the status and results of a form detection run.
   *
   * `GET /form_detection_runs/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.formDetectionRuns.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["FormDetectionRun"]>;
}

/**
 * Builds `formDetectionRuns` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const formDetectionRuns = createFormDetectionRuns(ctx);
 * ```
 */
export function createFormDetectionRuns(ctx: WaitContext): FormDetectionRuns {
  return {
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "formDetectionRuns", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "formDetectionRuns", id, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
  };
}
