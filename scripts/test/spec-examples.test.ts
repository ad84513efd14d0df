import { describe, expect, it } from "vitest";
import { collectExamples, createExampleValidator } from "./helpers/spec-examples.js";
import { loadSpec, specFiles } from "./helpers/specs.js";

describe("spec examples", () => {
  it("finds the three provider specs", () => {
    expect(specFiles().map((spec) => spec.provider)).toEqual(
      expect.arrayContaining(["anyformat", "extend", "retab"]),
    );
  });

  it.each(specFiles())("every example in $path matches its schema", ({ path }) => {
    const spec = loadSpec(path);
    const examples = collectExamples(spec);
    const validate = createExampleValidator(spec);
    const invalid = examples.flatMap((example) => {
      const error = validate(example);
      return error ? [`${example.where}: ${error}`] : [];
    });
    expect(invalid).toEqual([]);
    // Realistic examples are part of the spec's contract; a spec without any is incomplete.
    expect(examples.length).toBeGreaterThan(10);
  });

  it("reports an example that contradicts its schema, with where it is and why", () => {
    const spec = {
      openapi: "3.1.0",
      paths: {
        "/runs": {
          get: {
            parameters: [
              { name: "limit", in: "query", schema: { type: "integer", maximum: 100 }, example: 500 },
            ],
            responses: {
              "200": {
                description: "ok",
                content: {
                  "application/json": {
                    schema: { $ref: "#/components/schemas/Run" },
                    examples: { done: { $ref: "#/components/examples/DoneRun" } },
                  },
                },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Run: {
            type: "object",
            required: ["id", "status"],
            properties: {
              id: { type: "string" },
              status: { enum: ["queued", "done"] },
              created: { type: "string", format: "date-time" },
            },
            examples: [{ id: "run_1", status: "queued", created: "2026-01-01T00:00:00Z" }],
          },
        },
        examples: { DoneRun: { value: { id: "run_2", status: "finished", created: "yesterday" } } },
      },
    };
    const validate = createExampleValidator(spec);
    const results = collectExamples(spec).map((example) => [example.where, validate(example)]);
    expect(results).toEqual([
      ["#/paths/~1runs/get/parameters/0/example", expect.stringContaining("must be <= 100")],
      [
        "#/paths/~1runs/get/responses/200/content/application~1json/examples/done",
        expect.stringMatching(/allowed values[\s\S]*format "date-time"/),
      ],
      ["#/components/schemas/Run/examples/0", null],
    ]);
  });
});
