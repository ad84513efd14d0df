import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, specFiles } from "./helpers/specs.js";

const REDOCLY = `${REPO_ROOT}node_modules/.bin/redocly`;

interface LintProblem {
  ruleId: string;
  severity: string;
  message: string;
  location: { pointer?: string; start?: { line: number } }[];
}

/** Runs `redocly lint` with the repo's .redocly.yaml and returns its problems. */
function lint(path: string): LintProblem[] {
  const result = spawnSync(REDOCLY, ["lint", path, "--config", ".redocly.yaml", "--format=json"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  const start = result.stdout.indexOf("{");
  if (start < 0) throw new Error(`redocly printed no report (exit ${result.status}): ${result.stderr}`);
  return (JSON.parse(result.stdout.slice(start)) as { problems: LintProblem[] }).problems;
}

describe("spec lint (redocly, recommended rules)", () => {
  it.each(specFiles())("$path has no lint errors", ({ path }) => {
    const errors = lint(path)
      .filter((problem) => problem.severity === "error")
      .map(
        (problem) =>
          `${problem.ruleId} at line ${problem.location[0]?.start?.line} (${problem.location[0]?.pointer}): ${problem.message}`,
      );
    expect(errors).toEqual([]);
  });

  it("reports an error for a spec with an unresolvable $ref", () => {
    const dir = mkdtempSync(join(tmpdir(), "docrun-lint-"));
    try {
      const file = join(dir, "broken.openapi.yaml");
      writeFileSync(
        file,
        [
          "openapi: 3.1.0",
          "info: { title: Broken, version: '1', license: { name: MIT, identifier: MIT } }",
          "servers: [{ url: 'https://api.example.com' }]",
          "security: []",
          "paths:",
          "  /runs:",
          "    get:",
          "      operationId: listRuns",
          "      summary: List runs",
          "      responses:",
          "        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Missing' } } } }",
          "        '400': { description: bad }",
        ].join("\n"),
      );
      expect(
        lint(file)
          .filter((problem) => problem.severity === "error")
          .map((problem) => problem.ruleId),
      ).toContain("no-unresolved-refs");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
