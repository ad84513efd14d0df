// Quirks of `retab.steps`: `get` keeps its 0.1 options (`runId` beside the request options), and
// `results` gathers a finished run's outputs from its steps, which Retab has no endpoint for.
import { ConfigurationError, expectShape, type RequestOptions } from "@docrun/core";
import type { Steps as GeneratedSteps } from "./generated/resources/index.js";
import type { PublicHandlePayload, WorkflowStep } from "./types.js";

/**
 * Filters and listing options of `steps.list()`.
 * @example `retab.steps.list({ run_id: run.id, limit: 1000 });`
 */
export type ListStepsOptions = NonNullable<Parameters<GeneratedSteps["list"]>[0]>;

/**
 * A finished run's outputs: block id (or step id, when a block ran more than once) → handle → payload.
 * @example `const results: RunResults = await retab.steps.results(run.id);`
 */
export type RunResults = Record<string, Record<string, PublicHandlePayload>>;

/**
 * `retab.steps`: the per-block records of runs.
 *
 * @example
 * ```ts
 * const results = await retab.steps.results("run_8mXo2tQbLr5vNc1Z");
 * ```
 */
export interface Steps extends Omit<GeneratedSteps, "get"> {
  /**
   * One step by id; `runId` narrows the lookup to a run (`NotFoundError` when unknown).
   *
   * @example
   * ```ts
   * const step = await retab.steps.get("step_01", { runId: "run_8mXo2tQbLr5vNc1Z" });
   * ```
   */
  get(stepId: string, options?: RequestOptions & { runId?: string }): Promise<WorkflowStep>;
  /**
   * A finished run's outputs by block: every step's `handle_outputs` (all pages), keyed by block
   * id, or by step id for a block that ran more than once.
   *
   * @example
   * ```ts
   * const results = await retab.steps.results(run.id);
   * ```
   */
  results(runId: string, options?: RequestOptions): Promise<RunResults>;
}

const STEP = { step_id: "string", block_id: "string", handle_outputs: "object?" } as const;

/**
 * Adds `get`'s options and `results` to the generated `steps`.
 * @example `const steps = withStepQuirks(generated.steps);`
 */
export function withStepQuirks(steps: GeneratedSteps): Steps {
  return {
    ...steps,
    async get(stepId, options = {}) {
      const { runId, ...rest } = options;
      if (runId !== undefined && (typeof runId !== "string" || runId.trim() === ""))
        throw new ConfigurationError(`runId must be a non-empty string (got ${JSON.stringify(runId)})`);
      const step = await steps.get(stepId, runId === undefined ? {} : { run_id: runId }, rest);
      return expectShape<WorkflowStep>("Retab steps.get", step, STEP);
    },
    async results(runId, options = {}) {
      if (typeof runId !== "string" || runId.trim() === "")
        throw new ConfigurationError(`runId must be a non-empty string (got ${JSON.stringify(runId)})`);
      const { signal, timeoutMs, deadlineMs } = options;
      const all = await steps.list({ run_id: runId, limit: 1000, signal, timeoutMs, deadlineMs }).toArray();
      for (const step of all) expectShape("Retab steps.results", step, STEP);
      const perBlock = new Map<string, number>();
      for (const step of all) perBlock.set(step.block_id, (perBlock.get(step.block_id) ?? 0) + 1);
      // `handle_outputs` defaults to {} (Retab's spec): a step without it has no outputs. Built with
      // fromEntries so a block id like `__proto__` stays a plain key.
      return Object.fromEntries(
        all
          .filter((step) => step.handle_outputs && Object.keys(step.handle_outputs).length > 0)
          .map((step) => [
            perBlock.get(step.block_id) === 1 ? step.block_id : step.step_id,
            step.handle_outputs!,
          ]),
      );
    },
  };
}
