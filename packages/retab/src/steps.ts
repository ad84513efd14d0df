import {
  expectShape,
  requestOptions,
  type IdCursor,
  type ListOptions,
  type Paginator,
  type RequestOptions,
} from "@docrun/core";
import { definedOnly, requireId, requireIdIfGiven } from "./checks.js";
import { listByIdCursor, SHAPES, splitListOptions, unwrapChecked, type RetabCore } from "./list-page.js";
import type { PublicHandlePayload, WorkflowStep, WorkflowStepListQuery } from "./types.js";

/**
 * Filters of `steps.list()` (Retab's names); `before` walks backward.
 * @example `retab.steps.list({ run_id: run.id, block_type: ["extract"], limit: 100 });`
 */
export type ListStepsOptions = WorkflowStepListQuery & ListOptions;

/**
 * A finished run's outputs: block id → handle name → payload (`data` for JSON, `document` for
 * files). A block that ran several times (inside a loop) is keyed by each step's `step_id` instead.
 * @example `const results: RunResults = await retab.steps.results(run.id);`
 */
export type RunResults = Record<string, Record<string, PublicHandlePayload>>;

/**
 * `retab.steps`: the per-block records of runs, where results live.
 *
 * @example
 * ```ts
 * const results = await retab.steps.results(run.id);
 * ```
 */
export interface Steps {
  /**
   * Steps by `started_at` (limit 1–1000), filtered by run, workflow, block, type or status.
   *
   * @example
   * ```ts
   * const steps = await retab.steps.list({ run_id: run.id }).toArray();
   * ```
   */
  list(options?: ListStepsOptions): Paginator<WorkflowStep, IdCursor>;
  /**
   * One step by its `step_id` (`runId` disambiguates).
   *
   * @example
   * ```ts
   * const step = await retab.steps.get(stepId, { runId: run.id });
   * ```
   */
  get(stepId: string, options?: RequestOptions & { runId?: string }): Promise<WorkflowStep>;
  /**
   * A finished run's outputs, from its steps' `handle_outputs`.
   *
   * @example
   * ```ts
   * const fields = (await retab.steps.results(run.id))["extract-1"]?.["output-json"]?.data;
   * ```
   */
  results(runId: string, options?: RequestOptions): Promise<RunResults>;
}

/**
 * Builds `retab.steps` on core's client.
 *
 * @example
 * ```ts
 * const steps = createSteps(core);
 * ```
 */
export function createSteps(core: RetabCore): Steps {
  const { api, unwrap } = core;
  const list = (options: ListStepsOptions = {}): Paginator<WorkflowStep, IdCursor> => {
    const [filters, paging] = splitListOptions(options, 1000);
    return listByIdCursor(
      core,
      "steps.list",
      definedOnly(filters),
      paging,
      (query, o) => api.GET("/v1/workflows/steps", { params: { query }, ...requestOptions(o) }),
      (step) => step?.step_id,
    );
  };
  return {
    list,
    async get(stepId, options = {}) {
      requireId("stepId", stepId);
      requireIdIfGiven("runId", options.runId);
      const { runId, ...rest } = options;
      return unwrapChecked(
        core,
        "steps.get",
        SHAPES.step,
        api.GET("/v1/workflows/steps/{step_id}", {
          params: { path: { step_id: stepId }, query: definedOnly({ run_id: runId }) },
          ...requestOptions(rest),
        }),
      );
    },
    async results(runId, options = {}) {
      requireId("runId", runId);
      const steps = await list({
        run_id: runId,
        limit: 1000,
        ...definedOnly({
          signal: options.signal,
          timeoutMs: options.timeoutMs,
          deadlineMs: options.deadlineMs,
        }),
      }).toArray();
      for (const step of steps) expectShape("Retab steps.results", step, SHAPES.step);
      const perBlock = new Map<string, number>();
      for (const step of steps) perBlock.set(step.block_id, (perBlock.get(step.block_id) ?? 0) + 1);
      // `handle_outputs` defaults to {} (Retab's spec): a step without it has no outputs. Built with
      // fromEntries so a block id like `__proto__` stays a plain key.
      return Object.fromEntries(
        steps
          .filter((step) => step.handle_outputs && Object.keys(step.handle_outputs).length > 0)
          .map((step) => [
            perBlock.get(step.block_id) === 1 ? step.block_id : step.step_id,
            step.handle_outputs!,
          ]),
      );
    },
  };
}
