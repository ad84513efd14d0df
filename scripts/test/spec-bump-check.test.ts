import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { createTempGitRepo, runScript, type TempGitRepo } from "./helpers/temp-git-repo.js";

const SCRIPT = fileURLToPath(new URL("../spec-bump-check.mjs", import.meta.url));

type Spec = ReturnType<typeof baseSpec>;

function baseSpec() {
  return {
    openapi: "3.1.0",
    info: { title: "Extend", version: "2026-02-09" },
    paths: {
      "/workflow_runs": {
        get: {
          operationId: "listWorkflowRuns",
          description: "List workflow runs.",
          parameters: [
            {
              name: "status",
              in: "query",
              required: false,
              schema: { type: "string", enum: ["PENDING", "PROCESSING", "PROCESSED", "FAILED"] },
            },
          ],
          responses: {
            "200": {
              description: "A page of runs.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/WorkflowRun" } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        WorkflowRun: {
          type: "object",
          required: ["id"],
          properties: { id: { type: "string" }, batchId: { type: "string", description: "The batch." } },
        },
      },
    },
  };
}

const EDITS = {
  removedResponseField: (spec: Spec) => {
    delete (
      spec.components.schemas.WorkflowRun.properties as Partial<
        Spec["components"]["schemas"]["WorkflowRun"]["properties"]
      >
    ).batchId;
  },
  addedOptionalParameter: (spec: Spec) => {
    spec.paths["/workflow_runs"].get.parameters.push({
      name: "fileNameContains",
      in: "query",
      required: false,
      schema: { type: "string" },
    } as never);
  },
  narrowedEnum: (spec: Spec) => {
    const parameter = spec.paths["/workflow_runs"].get.parameters[0];
    if (parameter) parameter.schema.enum = ["PENDING", "PROCESSING", "PROCESSED"];
  },
  descriptionOnly: (spec: Spec) => {
    spec.paths["/workflow_runs"].get.description = "List the workspace's workflow runs, newest first.";
  },
};

function changeset(bump: string, summary: string): string {
  return `---\n"@docrun/extend": ${bump}\n---\n\n${summary}\n`;
}

let repo: TempGitRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

/** A repo at `version` whose feature branch applies `edit` to the spec and adds `changesets`. */
function branchWith(edit: (spec: Spec) => void, changesets: string[], version = "0.3.0"): TempGitRepo {
  repo = createTempGitRepo({
    "specs/extend.openapi.yaml": stringify(baseSpec()),
    "packages/extend/package.json": JSON.stringify({ name: "@docrun/extend", version }),
    ".changeset/config.json": "{}",
  });
  repo.git("checkout", "--quiet", "-b", "feature");
  const spec = baseSpec();
  edit(spec);
  repo.write("specs/extend.openapi.yaml", stringify(spec));
  changesets.forEach((text, index) => repo?.write(`.changeset/change-${index}.md`, text));
  repo.commitAll("edit the spec");
  return repo;
}

function check(target: TempGitRepo) {
  return runScript(SCRIPT, ["--root", target.dir, "--base", "main"]);
}

describe("spec-bump check", () => {
  it("calls a removed response field breaking and asks for a major (or 0.x minor with BREAKING:)", () => {
    const result = check(branchWith(EDITS.removedResponseField, []));
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/breaking\s+GET \/workflow_runs .*batchId/);
    expect(result.output).toContain("No pending changeset names @docrun/extend");
    expect(result.output).toContain("run `pnpm changeset`, select @docrun/extend");
  });

  it("rejects a plain minor for a breaking change, even at 0.x", () => {
    expect(check(branchWith(EDITS.removedResponseField, [changeset("minor", "Drop batchId.")])).status).toBe(
      1,
    );
  });

  it("accepts a 0.x minor whose summary has a BREAKING: line", () => {
    const result = check(
      branchWith(EDITS.removedResponseField, [changeset("minor", "BREAKING: `batchId` is gone from runs.")]),
    );
    expect(result.output).toContain("covered by");
    expect(result.status).toBe(0);
  });

  it("needs a real major once the package is 1.x", () => {
    const summary = "BREAKING: `batchId` is gone from runs.";
    expect(check(branchWith(EDITS.removedResponseField, [changeset("minor", summary)], "1.2.0")).status).toBe(
      1,
    );
    repo?.cleanup();
    expect(check(branchWith(EDITS.removedResponseField, [changeset("major", summary)], "1.2.0")).status).toBe(
      0,
    );
  });

  it("calls an added optional parameter an addition that needs a minor", () => {
    const withPatch = check(
      branchWith(EDITS.addedOptionalParameter, [changeset("patch", "Filter by file name.")]),
    );
    expect(withPatch.status).toBe(1);
    expect(withPatch.output).toMatch(
      /non-breaking\s+GET \/workflow_runs parameters\.1: \[Added\] optional query parameter `fileNameContains`/,
    );
    expect(withPatch.output).toContain('only "patch"');
    repo?.cleanup();
    expect(
      check(branchWith(EDITS.addedOptionalParameter, [changeset("minor", "Filter by file name.")])).status,
    ).toBe(0);
  });

  it("calls a narrowed enum breaking", () => {
    const result = check(
      branchWith(EDITS.narrowedEnum, [changeset("minor", "No more FAILED filter.")], "2.0.0"),
    );
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/breaking\s+GET \/workflow_runs parameters\.0\.schema\.enum/);
    repo?.cleanup();
    expect(
      check(branchWith(EDITS.narrowedEnum, [changeset("major", "No more FAILED filter.")], "2.0.0")).status,
    ).toBe(0);
  });

  it("asks only for a patch when descriptions changed", () => {
    const without = check(branchWith(EDITS.descriptionOnly, []));
    expect(without.status).toBe(1);
    expect(without.output).toMatch(/annotation\s+GET \/workflow_runs description/);
    expect(without.output).toContain('choose "patch"');
    repo?.cleanup();
    expect(check(branchWith(EDITS.descriptionOnly, [changeset("patch", "Clearer docs.")])).status).toBe(0);
  });

  it("passes when no spec changed, and skips a spec that is new since the base", () => {
    expect(check(branchWith(() => {}, [])).status).toBe(0);
    repo?.cleanup();
    repo = createTempGitRepo({ "README.md": "x" });
    repo.git("checkout", "--quiet", "-b", "feature");
    repo.write("specs/retab.openapi.yaml", stringify(baseSpec()));
    const result = check(repo);
    expect(result.output).toContain("specs/retab.openapi.yaml: new since main");
    expect(result.status).toBe(0);
  });
});
