// Every ```ts block of the core and emulator READMEs either runs here as written or is marked
// ```ts fragment (issue 18, item 8). Blocks that import "vitest" are whole test files: they run
// in their own vitest process, as a user would run them. The provider READMEs have their own
// runner (test-support/readme-examples.ts) against the emulator.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it, vi } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
// Inside the repository, so "@docrun/*" resolve from the root node_modules as a user's would.
const workDir = mkdtempSync(join(root, "tests", "readme", ".snippets-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function snippets(dir: string) {
  const text = readFileSync(join(root, "packages", dir, "README.md"), "utf8");
  return [...text.matchAll(/```ts( fragment)?\n([\s\S]*?)```/g)].map((match, index) => ({
    index,
    fragment: match[1] !== undefined,
    code: match[2]!,
  }));
}

function typeErrors(files: string[]): string[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file !== undefined && files.includes(diagnostic.file.fileName))
    .map((d) => `${d.file!.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

describe.each(["emulator", "core"])("the %s README's code", (dir) => {
  const blocks = snippets(dir);
  const runnable = blocks.filter((block) => !block.fragment);

  it("is runnable or says it is a fragment (a fragment uses names it never defines)", () => {
    expect(blocks.length).toBeGreaterThan(0);
    // A block that imports nothing yet is not marked is what a newcomer pastes and sees fail.
    for (const block of runnable) expect(block.code, `block ${block.index + 1}`).toMatch(/^import /m);
  });

  // Registered only for a README with runnable blocks (core's are all fragments), so nothing is skipped.
  if (runnable.length === 0) return;

  it("type-checks", () => {
    const files = runnable.map((block) => {
      const file = join(workDir, `${dir}-${block.index}.mts`);
      writeFileSync(file, block.code);
      return file;
    });
    expect(typeErrors(files)).toEqual([]);
  });

  it("runs as written", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      for (const block of runnable) {
        const js = ts.transpileModule(block.code, {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        }).outputText;
        if (/from "vitest"/.test(block.code)) {
          const file = join(workDir, `${dir}-${block.index}.test.mjs`);
          writeFileSync(file, js);
          writeFileSync(join(workDir, "vitest.config.mjs"), "export default {};\n");
          const run = spawnSync(
            process.execPath,
            [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "--root", workDir, file],
            { encoding: "utf8", timeout: 90_000 },
          );
          expect(run.status, `block ${block.index + 1}:\n${run.stdout}\n${run.stderr}`).toBe(0);
          expect(run.stdout).toMatch(/1 passed/);
        } else {
          const file = join(workDir, `${dir}-${block.index}.mjs`);
          writeFileSync(file, js);
          await expect(import(pathToFileURL(file).href), `block ${block.index + 1}`).resolves.toBeDefined();
        }
      }
      expect(log).toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });
});
