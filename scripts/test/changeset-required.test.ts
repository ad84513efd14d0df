import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { createTempGitRepo, runScript, type TempGitRepo } from "./helpers/temp-git-repo.js";

const SCRIPT = fileURLToPath(new URL("../changeset-required.mjs", import.meta.url));

const manifest = (name: string, version: string, extra: object = {}) =>
  `${JSON.stringify({ name, version, ...extra, dependencies: { "@docrun/core": `workspace:^` } }, null, 2)}\n`;

let repo: TempGitRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

function featureBranch(): TempGitRepo {
  repo = createTempGitRepo({
    "packages/core/package.json": manifest("@docrun/core", "0.1.0"),
    "packages/core/src/index.ts": "export const a = 1;\n",
    "packages/extend/package.json": manifest("@docrun/extend", "0.1.0"),
    "packages/extend/src/index.ts": "export const b = 1;\n",
    "packages/internal/package.json": manifest("internal-tool", "0.0.0", { private: true }),
    ".changeset/config.json": "{}",
  });
  repo.git("checkout", "--quiet", "-b", "feature");
  return repo;
}

const check = (target: TempGitRepo) => runScript(SCRIPT, ["--root", target.dir, "--base", "main"]);

describe("changeset-required", () => {
  it("fails, naming the package and the fix, when shipped files changed without a changeset", () => {
    const target = featureBranch();
    target.write("packages/extend/src/index.ts", "export const b = 2;\n");
    target.commitAll("change extend");
    const result = check(target);
    expect(result.status).toBe(1);
    expect(result.output).toContain("@docrun/extend: packages/extend/src/index.ts");
    expect(result.output).not.toContain("@docrun/core:");
    expect(result.output).toContain("pnpm changeset");
  });

  it("passes once a changeset names the changed package", () => {
    const target = featureBranch();
    target.write("packages/extend/src/index.ts", "export const b = 2;\n");
    target.write(".changeset/brave-owls.md", '---\n"@docrun/extend": patch\n---\n\nFix b.\n');
    target.commitAll("change extend with a changeset");
    expect(check(target).status).toBe(0);
  });

  it("still fails when the changeset names a different package", () => {
    const target = featureBranch();
    target.write("packages/extend/src/index.ts", "export const b = 2;\n");
    target.write(".changeset/brave-owls.md", '---\n"@docrun/core": patch\n---\n\nFix.\n');
    expect(check(target).status).toBe(1);
  });

  it("ignores tests, fixtures and private packages", () => {
    const target = featureBranch();
    target.write("packages/extend/src/index.test.ts", "// test\n");
    target.write("packages/extend/src/__fixtures__/run.json", "{}\n");
    target.write("packages/internal/src/tool.ts", "export {};\n");
    expect(check(target).status).toBe(0);
  });

  it("accepts what `changeset version` writes: new versions, ranges and changelogs", () => {
    const target = featureBranch();
    target.write(
      "packages/extend/package.json",
      manifest("@docrun/extend", "0.2.0").replace("workspace:^", "workspace:^0.1.1"),
    );
    target.write("packages/extend/CHANGELOG.md", "# @docrun/extend\n\n## 0.2.0\n");
    target.commitAll("version packages");
    expect(check(target).status).toBe(0);
  });

  it("counts any other package.json edit as a change", () => {
    const target = featureBranch();
    target.write("packages/core/package.json", manifest("@docrun/core", "0.1.0", { sideEffects: true }));
    const result = check(target);
    expect(result.status).toBe(1);
    expect(result.output).toContain("@docrun/core: packages/core/package.json");
  });

  it("passes on main when nothing differs from the base", () => {
    const target = featureBranch();
    target.git("checkout", "--quiet", "main");
    expect(check(target).status).toBe(0);
  });
});

// On main the base branch is HEAD, so only the comparison with each package's last release
// (`<name>@<version>` tag) can find anything.
describe("changeset-required on main, against each package's last release", () => {
  /** main holding core and extend at `version`, tagged as released when `tagged`. */
  function mainRepo(version: string, tagged: boolean): TempGitRepo {
    repo = createTempGitRepo({
      "packages/core/package.json": manifest("@docrun/core", version),
      "packages/core/src/index.ts": "export const a = 1;\n",
      "packages/extend/package.json": manifest("@docrun/extend", version),
      "packages/extend/src/index.ts": "export const b = 1;\n",
      ".changeset/config.json": "{}",
    });
    if (tagged) {
      repo.tagRelease("@docrun/core", version);
      repo.tagRelease("@docrun/extend", version);
    }
    return repo;
  }

  it("fails for a never-released package at 0.0.0 until a changeset gives it a first release", () => {
    const target = mainRepo("0.0.0", false);
    target.write(".changeset/initial-core.md", '---\n"@docrun/core": minor\n---\n\nFirst release.\n');
    target.commitAll("initial core changeset");
    const without = check(target);
    expect(without.status).toBe(1);
    expect(without.output).toContain("never released");
    expect(without.output).toContain("@docrun/extend: at 0.0.0");
    expect(without.output).not.toContain("@docrun/core:");
    expect(without.output).toContain("pnpm changeset");

    target.write(".changeset/initial-extend.md", '---\n"@docrun/extend": minor\n---\n\nFirst release.\n');
    target.commitAll("initial extend changeset");
    const withChangeset = check(target);
    expect(withChangeset.output).toContain("unreleased, first release in .changeset/initial-extend.md");
    expect(withChangeset.status).toBe(0);
  });

  it("fails, naming the tag, when shipped files changed since the release without a changeset", () => {
    const target = mainRepo("0.1.0", true);
    target.write("packages/extend/src/index.ts", "export const b = 2;\n");
    target.commitAll("change extend on main");
    const result = check(target);
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      "@docrun/extend: packages/extend/src/index.ts (since @docrun/extend@0.1.0",
    );
    expect(result.output).not.toContain("@docrun/core:");
    expect(result.output).toContain("pnpm changeset");

    target.write(".changeset/brave-owls.md", '---\n"@docrun/extend": patch\n---\n\nFix b.\n');
    target.commitAll("add the changeset");
    expect(check(target).status).toBe(0);
  });

  it("accepts a release that is versioned but not yet published", () => {
    const target = mainRepo("0.1.0", true);
    target.write("packages/extend/src/index.ts", "export const b = 2;\n");
    target.write("packages/extend/package.json", manifest("@docrun/extend", "0.2.0"));
    target.write("packages/extend/CHANGELOG.md", "# @docrun/extend\n\n## 0.2.0\n");
    target.commitAll("version packages");
    const result = check(target);
    expect(result.output).toContain("0.2.0 versioned and waiting to be published");
    expect(result.status).toBe(0);
  });

  it("ignores tests and fixtures changed since the release", () => {
    const target = mainRepo("0.1.0", true);
    target.write("packages/extend/src/index.test.ts", "// test\n");
    target.write("packages/extend/src/__fixtures__/run.json", "{}\n");
    target.write("packages/extend/test/fixtures/page.json", "{}\n");
    target.write("packages/extend/vitest.config.ts", "export default {};\n");
    target.commitAll("tests only");
    expect(check(target).status).toBe(0);
  });

  it("compares with the highest release reachable from HEAD, not the nearest or newest-named tag", () => {
    const target = mainRepo("0.9.0", false);
    target.tagRelease("@docrun/extend", "0.9.0");
    target.tagRelease("@docrun/core", "0.9.0");
    target.write("packages/extend/src/first.ts", "export {};\n");
    target.write("packages/extend/package.json", manifest("@docrun/extend", "0.10.0"));
    target.commitAll("release 0.10.0");
    target.tagRelease("@docrun/extend", "0.10.0");
    target.git("checkout", "--quiet", "-b", "elsewhere");
    target.commitAll("a release on another line");
    target.tagRelease("@docrun/extend", "0.11.0");
    target.git("checkout", "--quiet", "main");
    target.write("packages/extend/src/second.ts", "export {};\n");
    target.commitAll("change after 0.10.0");
    const result = check(target);
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      "@docrun/extend: packages/extend/src/second.ts (since @docrun/extend@0.10.0",
    );
    expect(result.output).not.toContain("first.ts");
  });

  it("on a feature branch, needs both comparisons to pass", () => {
    const target = mainRepo("0.1.0", true);
    target.write("packages/extend/src/index.ts", "export const b = 2;\n");
    target.commitAll("unreleased extend change on main, no changeset");
    target.git("checkout", "--quiet", "-b", "feature");
    target.write("packages/core/src/index.ts", "export const a = 2;\n");
    target.write(".changeset/calm-fox.md", '---\n"@docrun/core": patch\n---\n\nFix a.\n');
    target.commitAll("change core with a changeset");
    const result = check(target);
    expect(result.status).toBe(1);
    expect(result.output).not.toContain("These packages changed since main");
    expect(result.output).toContain(
      "@docrun/extend: packages/extend/src/index.ts (since @docrun/extend@0.1.0",
    );
    expect(result.output).not.toContain("@docrun/core:");
  });
});
