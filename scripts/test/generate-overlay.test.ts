// Retab's spec is Retab's own document plus docrun's overlay: a change made only in the overlay
// must reach the generated methods, types and reference, and an overlay or declaration that no
// longer fits the document must stop `pnpm generate` with a message naming the problem.
import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyGenerationInputs } from "./helpers/temp-repo-copy.js";

let copy: ReturnType<typeof copyGenerationInputs> | undefined;
afterEach(() => {
  copy?.cleanup();
  copy = undefined;
});

function generate(root: string) {
  const result = spawnSync(
    process.execPath,
    [join(root, "scripts", "generate.mjs"), "--provider", "retab", "--root", root],
    {
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function withActions(yamlActions: string) {
  copy = copyGenerationInputs();
  appendFileSync(join(copy.dir, "specs", "retab.overlay.yaml"), yamlActions);
  return copy.dir;
}

const read = (root: string, path: string) => readFileSync(join(root, path), "utf8");

describe("the Retab overlay (specs/retab.overlay.yaml)", () => {
  it("turns an overlay-only change into a new typed method and parameter, with no hand-written change", () => {
    const root = withActions(`
  - target: $.paths
    description: test - a new operation
    update:
      /v1/extractions/{extraction_id}/retry:
        post:
          operationId: retry_extraction
          summary: Retry an extraction
          tags: [Extractions]
          parameters:
            - { name: extraction_id, in: path, required: true, schema: { type: string } }
          responses:
            "200":
              description: ok
              content:
                application/json:
                  schema: { $ref: "#/components/schemas/Extraction" }
  - target: $.paths['/v1/extractions'].get
    description: test - a new filter
    update:
      parameters:
        - { name: include_archived, in: query, required: false, schema: { type: boolean } }
`);
    const result = generate(root);
    expect(result.output).not.toContain("pnpm generate:");
    expect(result.status).toBe(0);
    const resource = read(root, "packages/retab/src/generated/resources/extractions.ts");
    expect(resource).toContain(
      'retry(extractionId: string, options?: RequestOptions): Promise<components["schemas"]["Extraction"]>',
    );
    expect(resource).toContain('path: "/v1/extractions/{extraction_id}/retry"');
    expect(read(root, "packages/retab/src/generated/schema.ts")).toMatch(/include_archived\?: boolean/);
    expect(read(root, "packages/retab/reference.md")).toContain(
      "`retry(extraction_id)` | `POST /v1/extractions/{extraction_id}/retry`",
    );
    expect(read(root, "specs/retab.openapi.yaml")).toContain("retry_extraction");
  });

  it("fails, naming the target, when an action matches nothing in Retab's document", () => {
    const root = withActions(`
  - target: $.paths['/v1/no-such-path'].get
    description: test - stale
    update: { summary: gone }
`);
    const result = generate(root);
    expect(result.status).toBe(1);
    expect(result.output).toContain("match nothing");
    expect(result.output).toContain("/v1/no-such-path");
  });

  it("fails when an action does not say why", () => {
    const root = withActions(`
  - target: $.info
    update: { summary: no reason given }
`);
    const result = generate(root);
    expect(result.status).toBe(1);
    expect(result.output).toContain("every action must say why");
  });

  it("fails, naming the operation and the field, when a declaration points at a missing field", () => {
    const root = withActions(`
  - target: $.paths['/v1/parses'].get
    description: test - wrong items field
    update:
      x-docrun-pagination: { style: id-cursor, items: results, request: { after: after, before: before }, response: { after: list_metadata.after, before: list_metadata.before } }
`);
    const result = generate(root);
    expect(result.status).toBe(1);
    expect(result.output).toContain("list_parses");
    expect(result.output).toContain('x-docrun-pagination.items "results"');
  });

  it("fails when a wait declaration names an operation the document lacks", () => {
    const root = withActions(`
  - target: $.paths['/v1/parses'].post
    description: test - wrong poll operation
    update:
      x-docrun-wait: { poll: get_parse_typo, id: id, status: status, pending: [pending], succeeded: [completed], failed: [failed] }
`);
    const result = generate(root);
    expect(result.status).toBe(1);
    expect(result.output).toContain('x-docrun-wait.poll names operation "get_parse_typo"');
  });
});
