import { describe, expectTypeOf, it } from "vitest";
import {
  createAnyformatClient,
  RunFailedError,
  withResponse,
  type FailedExtraction,
  type Workflow,
} from "./index.js";

describe("typed errors and options of @docrun/anyformat", () => {
  it("RunFailedError narrows to what AnyFormat's failed run holds", () => {
    const error: unknown = undefined;
    if (error instanceof RunFailedError) {
      expectTypeOf(error.run).toEqualTypeOf<FailedExtraction>();
      expectTypeOf(error.run.status).toEqualTypeOf<"error" | "cancelled">();
    }
  });

  it("workflows.list({ sort_by, order }) accepts only the known values", () => {
    const af = createAnyformatClient({ apiKey: "k" });
    af.workflows.list({ sort_by: "name", order: "asc" });
    // @ts-expect-error an unknown sort field is a compile error
    af.workflows.list({ sort_by: "colour" });
    // @ts-expect-error order is asc or desc
    af.workflows.list({ order: "up" });
  });

  it("withResponse keeps the helper's data type next to the Response", () => {
    const af = createAnyformatClient({ apiKey: "k" });
    expectTypeOf(withResponse((o) => af.workflows.get("w", o))).resolves.toEqualTypeOf<{
      data: Workflow;
      response: Response;
    }>();
  });
});
