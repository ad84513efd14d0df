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

// On main the base branch is HEAD, so only the comparison with the spec at the package's last
// release (`@docrun/extend@<version>` tag) can find anything.
describe("spec-bump check on main, against the package's last release", () => {
  /**
   * main with the spec and @docrun/extend at 0.1.0 (tagged as released when `tagged`), then a
   * commit on main applying `edit`, adding `changesets` and moving the version to `versionNow`.
   */
  function editedAfterRelease(
    edit: (spec: Spec) => void,
    changesets: string[],
    {
      tagged = true,
      released = "0.1.0",
      versionNow = released,
    }: { tagged?: boolean; released?: string; versionNow?: string } = {},
  ): TempGitRepo {
    repo = createTempGitRepo({
      "specs/extend.openapi.yaml": stringify(baseSpec()),
      "packages/extend/package.json": JSON.stringify({ name: "@docrun/extend", version: released }),
      ".changeset/config.json": "{}",
    });
    if (tagged) repo.tagRelease("@docrun/extend", released);
    const spec = baseSpec();
    edit(spec);
    repo.write("specs/extend.openapi.yaml", stringify(spec));
    repo.write(
      "packages/extend/package.json",
      JSON.stringify({ name: "@docrun/extend", version: versionNow }),
    );
    changesets.forEach((text, index) => repo?.write(`.changeset/change-${index}.md`, text));
    repo.commitAll("edit the spec on main");
    return repo;
  }

  it("fails, naming the tag, for a breaking change since the release with no changeset", () => {
    const result = check(editedAfterRelease(EDITS.removedResponseField, []));
    expect(result.status).toBe(1);
    expect(result.output).toContain("specs/extend.openapi.yaml changed since @docrun/extend@0.1.0");
    expect(result.output).toMatch(/breaking\s+GET \/workflow_runs .*batchId/);
    expect(result.output).toContain(
      "No pending changeset names @docrun/extend, and its version is still 0.1.0",
    );
    expect(result.output).toContain("run `pnpm changeset`, select @docrun/extend");
  });

  it("accepts a 0.x minor with a BREAKING: line, and rejects a plain minor", () => {
    const plain = check(
      editedAfterRelease(EDITS.removedResponseField, [changeset("minor", "Drop batchId.")]),
    );
    expect(plain.status).toBe(1);
    expect(plain.output).toContain('only "minor"');
    repo?.cleanup();
    const marked = check(
      editedAfterRelease(EDITS.removedResponseField, [changeset("minor", "BREAKING: `batchId` is gone.")]),
    );
    expect(marked.output).toContain(
      "major change since @docrun/extend@0.1.0, covered by .changeset/change-0.md",
    );
    expect(marked.status).toBe(0);
  });

  it("counts the version step of a release versioned but not yet published", () => {
    const versioned = check(editedAfterRelease(EDITS.removedResponseField, [], { versionNow: "0.2.0" }));
    expect(versioned.output).toContain("covered by version 0.1.0 → 0.2.0 (minor)");
    expect(versioned.status).toBe(0);
    repo?.cleanup();
    const tooSmall = check(editedAfterRelease(EDITS.addedOptionalParameter, [], { versionNow: "0.1.1" }));
    expect(tooSmall.status).toBe(1);
    expect(tooSmall.output).toContain('only "patch" (version 0.1.0 → 0.1.1)');
    repo?.cleanup();
    const pastZero = { released: "1.2.0", versionNow: "1.3.0" };
    expect(check(editedAfterRelease(EDITS.removedResponseField, [], pastZero)).status).toBe(1);
  });

  it("passes an unreleased package's spec change, saying it is unreleased", () => {
    const result = check(editedAfterRelease(EDITS.removedResponseField, [], { tagged: false }));
    expect(result.output).toContain("@docrun/extend is unreleased");
    expect(result.status).toBe(0);
  });

  it("on a feature branch, needs both comparisons to pass", () => {
    const target = editedAfterRelease(EDITS.removedResponseField, []);
    target.git("checkout", "--quiet", "-b", "feature");
    const spec = baseSpec();
    EDITS.removedResponseField(spec);
    EDITS.descriptionOnly(spec);
    target.write("specs/extend.openapi.yaml", stringify(spec));
    target.write(".changeset/change-0.md", changeset("patch", "Clearer docs."));
    target.commitAll("docs on the branch");
    const result = check(target);
    expect(result.output).toContain("patch change since main, covered by .changeset/change-0.md");
    expect(result.output).toContain("specs/extend.openapi.yaml changed since @docrun/extend@0.1.0");
    expect(result.status).toBe(1);
  });
});
