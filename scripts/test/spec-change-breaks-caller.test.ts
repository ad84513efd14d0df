import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  copyGenerationInputs,
  findQueryParameter,
  removeQueryParameter,
  sampleLiteral,
} from "./helpers/temp-repo-copy.js";
import { REPO_ROOT } from "./helpers/specs.js";

const TSC = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");

let copy: ReturnType<typeof copyGenerationInputs> | undefined;
afterEach(() => {
  copy?.cleanup();
  copy = undefined;
});

const propertyKey = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: "utf8", timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("a spec change reaches the caller's types", () => {
  it("removing a query parameter and regenerating makes tsc fail where a caller passes it", () => {
    copy = copyGenerationInputs();
    const provider = "extend";
    // A spec made from a provider document plus an overlay changes through that document.
    const specFile = existsSync(join(copy.dir, "specs", `${provider}.overlay.yaml`))
      ? join(copy.dir, "specs", "upstream", `${provider}.openapi.json`)
      : join(copy.dir, "specs", `${provider}.openapi.yaml`);
    const parameter = findQueryParameter(readFileSync(specFile, "utf8"));
    if (!parameter)
      throw new Error(`specs/${provider}.openapi.yaml has no optional query parameter on a GET list call`);

    writeFileSync(
      join(copy.dir, "caller.ts"),
      [
        'import createClient from "openapi-fetch";',
        `import type { paths } from "./packages/${provider}/src/generated/schema.js";`,
        "",
        'const client = createClient<paths>({ baseUrl: "http://127.0.0.1:1" });',
        `export const listed = client.GET(${JSON.stringify(parameter.path)}, {`,
        `  params: { query: { ${propertyKey(parameter.name)}: ${sampleLiteral(parameter.schema)} } },`,
        "});",
        "",
      ].join("\n"),
    );
    writeFileSync(
      join(copy.dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ["caller.ts"],
      }),
    );
    writeFileSync(join(copy.dir, "package.json"), JSON.stringify({ type: "module", private: true }));

    const before = run([TSC, "-p", "tsconfig.json"], copy.dir);
    expect(before.output).toBe("");
    expect(before.status).toBe(0);

    removeQueryParameter(specFile, parameter);
    const generated = run(
      [join(copy.dir, "scripts", "generate.mjs"), "--root", copy.dir, "--provider", provider],
      copy.dir,
    );
    expect(generated.status).toBe(0);

    const after = run([TSC, "-p", "tsconfig.json"], copy.dir);
    expect(after.status).not.toBe(0);
    expect(after.output).toMatch(new RegExp(`caller\\.ts\\(6,.*${parameter.name}`));
  });
});
