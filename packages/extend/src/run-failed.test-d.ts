import { describe, expectTypeOf, it } from "vitest";
import { RunFailedError as CoreRunFailedError } from "@docrun/core";
import { RunFailedError, type WorkflowRun } from "./index.js";

describe("RunFailedError from @docrun/extend", () => {
  it("narrows to the Extend run: error.run.status type-checks without a cast", () => {
    const error: unknown = undefined;
    if (error instanceof RunFailedError) {
      expectTypeOf(error.run).toEqualTypeOf<WorkflowRun>();
      expectTypeOf(error.run.status).toEqualTypeOf<WorkflowRun["status"]>();
      expectTypeOf(error.status).toEqualTypeOf<string | undefined>();
    }
  });

  it("constructs core's class typed with the Extend run", () => {
    expectTypeOf(new RunFailedError("x", { run: {} as WorkflowRun })).toExtend<
      CoreRunFailedError<WorkflowRun>
    >();
  });
});
