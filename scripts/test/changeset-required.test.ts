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
