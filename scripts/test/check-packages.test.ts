import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { runScript } from "./helpers/temp-git-repo.js";

const SCRIPT = fileURLToPath(new URL("../check-packages.mjs", import.meta.url));

const goodManifest = {
  name: "@docrun/sample",
  version: "0.1.0",
  license: "MIT",
  type: "module",
  sideEffects: false,
  exports: {
    ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
    "./package.json": "./package.json",
  },
  files: ["dist", "!dist/**/*.test.*", "README.md", "CHANGELOG.md", "LICENSE"],
  engines: { node: ">=20.19" },
  repository: { type: "git", url: "git+https://example.invalid/docrun.git", directory: "packages/sample" },
  publishConfig: { access: "public" },
};

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function workspaceWith(manifest: object, files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), "docrun-pack-"));
  const write = (path: string, contents: string) => {
    mkdirSync(dirname(join(root ?? "", path)), { recursive: true });
    writeFileSync(join(root ?? "", path), contents);
  };
  write("packages/sample/package.json", JSON.stringify(manifest, null, 2));
  for (const [path, contents] of Object.entries(files)) write(`packages/sample/${path}`, contents);
  return root;
}

const builtFiles = {
  "dist/index.js": "export const a = 1;\n",
  "dist/index.d.ts": "export declare const a = 1;\n",
  "README.md": "# sample\n",
  LICENSE: "MIT\n",
};

describe("check-packages", () => {
  it("passes a package that ships built code, types, README and LICENSE", () => {
    const result = runScript(SCRIPT, ["--root", workspaceWith(goodManifest, builtFiles)]);
    expect(result.output).toContain("✔ @docrun/sample");
    expect(result.status).toBe(0);
  });

  it("names every file that must not ship and every missing field", () => {
    const manifest = {
      ...goodManifest,
      sideEffects: undefined,
      exports: { ".": { default: "./dist/index.js", types: "./dist/index.d.ts" } },
      repository: { type: "git", url: "x", directory: "packages/elsewhere" },
      files: ["dist", "src", "README.md", "LICENSE"],
    };
    const result = runScript(SCRIPT, [
      "--root",
      workspaceWith(manifest, {
        ...builtFiles,
        "dist/index.test.js": "",
        "dist/__fixtures__/run.json": "{}",
        "dist/index.js.map": JSON.stringify({ version: 3, sources: ["../src/index.ts"], mappings: "" }),
        "src/index.ts": "export const a = 1;\n",
        "src/unmapped.ts": "export const b = 2;\n",
      }),
    ]);
    expect(result.status).toBe(1);
    for (const expected of [
      '"sideEffects" must be false',
      '"exports"["."]: "types" must come first',
      '"exports" must expose "./package.json"',
      '"repository.directory" must be "packages/sample"',
      "dist/index.test.js: a test file must not be published",
      "dist/__fixtures__/run.json: a fixture must not be published",
      "src/unmapped.ts: source (src/) that no source map points at",
    ]) {
      expect(result.output).toContain(expected);
    }
    // A source a shipped map points at is what makes the map resolve: it may ship.
    expect(result.output).not.toContain("src/index.ts:");
  });

  it("rejects a source map whose sources are not in the tarball", () => {
    const files = {
      ...builtFiles,
      "dist/index.js.map": JSON.stringify({ version: 3, sources: ["../src/index.ts"], mappings: "" }),
    };
    const result = runScript(SCRIPT, ["--root", workspaceWith(goodManifest, files)]);
    expect(result.status).toBe(1);
    expect(result.output).toContain("dist/index.js.map: points at src/index.ts, which is not in the tarball");
  });

  it("rejects a package without README, LICENSE or the files its exports name", () => {
    const result = runScript(SCRIPT, ["--root", workspaceWith(goodManifest, { "dist/index.js": "" })]);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /README\.md: missing[\s\S]*LICENSE: missing[\s\S]*dist\/index\.d\.ts: missing/,
    );
  });

  it("passes every publishable package in this repository (after `pnpm build`)", () => {
    const result = runScript(SCRIPT, []);
    expect(result.output).not.toContain("✖");
    expect(result.status).toBe(0);
  });
});
