import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyGenerationInputs, findQueryParameter, removeQueryParameter } from "./helpers/temp-repo-copy.js";
import { REPO_ROOT, specFiles } from "./helpers/specs.js";

const sourceOf = (provider: string, path: string) =>
  existsSync(join(REPO_ROOT, "specs", `${provider}.overlay.yaml`))
    ? `specs/upstream/${provider}.openapi.json`
    : path;

let copy: ReturnType<typeof copyGenerationInputs> | undefined;
afterEach(() => {
  copy?.cleanup();
  copy = undefined;
});

function generateCheck(root: string) {
  const result = spawnSync(
    process.execPath,
    [join(root, "scripts", "generate.mjs"), "--check", "--root", root],
    {
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("generated-code drift check (pnpm generate:check)", () => {
  it("passes on an unedited copy of the repo's specs and generated code", () => {
    copy = copyGenerationInputs();
    const result = generateCheck(copy.dir);
    expect(result.output).toContain("generated code matches specs/");
    expect(result.status).toBe(0);
  });

  it.each(specFiles())(
    "fails, naming `pnpm generate`, when $path loses a query parameter",
    ({ provider, path }) => {
      copy = copyGenerationInputs();
      // A spec made from the provider's document plus an overlay changes through its source.
      const specFile = join(copy.dir, sourceOf(provider, path));
      const parameter = findQueryParameter(readFileSync(specFile, "utf8"));
      expect(parameter, `${path} has no optional query parameter on a GET list call`).toBeDefined();
      if (!parameter) return;
      removeQueryParameter(specFile, parameter);
      const result = generateCheck(copy.dir);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(`packages/${provider}/src/generated/schema.ts`);
      expect(result.output).toContain("pnpm generate");
    },
  );
});
