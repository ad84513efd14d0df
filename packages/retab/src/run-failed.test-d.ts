import { describe, expectTypeOf, it } from "vitest";
import { createRetabClient, RunFailedError, type WorkflowRun, type WorkflowRunSortBy } from "./index.js";

describe("typed errors and options of @docrun/retab", () => {
  it("RunFailedError narrows to the Retab run", () => {
    const error: unknown = undefined;
    if (error instanceof RunFailedError) {
      expectTypeOf(error.run).toEqualTypeOf<WorkflowRun>();
      expectTypeOf(error.run.lifecycle.status).toEqualTypeOf<WorkflowRun["lifecycle"]["status"]>();
    }
  });

  it("workflowRuns.list({ sort_by }) accepts only the known values", () => {
    const retab = createRetabClient({ apiKey: "k" });
    expectTypeOf(retab.workflowRuns.list).parameter(0).exclude<undefined>().toHaveProperty("sort_by");
    retab.workflowRuns.list({ sort_by: "timing.completed_at" });
    // @ts-expect-error an unknown sort key is a compile error, not a 422 at run time
    retab.workflowRuns.list({ sort_by: "timing.finished_at" });
    expectTypeOf<"timing.created_at">().toExtend<WorkflowRunSortBy>();
  });

  it("every helper takes per-call maxRetries, headers and onResponse", () => {
    const retab = createRetabClient({ apiKey: "k" });
    retab.workflows.get("wf", {
      maxRetries: 0,
      headers: { "x-a": "b" },
      onResponse: (r: Response) => void r,
    });
    // @ts-expect-error maxRetries is a number
    retab.workflows.get("wf", { maxRetries: "0" });
  });
});
