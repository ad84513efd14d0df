#!/usr/bin/env node
// `pnpm generate`: specs/<provider>.openapi.yaml → packages/<provider>/src/generated/schema.ts.
// `pnpm generate:check` (`--check`): fails, naming the fix, when the committed output differs.
// Options: --provider <name> (one provider; default: every specs/<name>.openapi.yaml, so a new
// provider needs no change here), --root <dir> (used by the drift tests, which run this script
// against a temporary copy of the repo).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    provider: { type: "string" },
    root: { type: "string" },
  },
});
const root = resolve(values.root ?? new URL("..", import.meta.url).pathname);
const specsDir = join(root, "specs");
const providers = values.provider
  ? [values.provider]
  : existsSync(specsDir)
    ? readdirSync(specsDir)
        .filter((name) => name.endsWith(".openapi.yaml"))
        .map((name) => name.replace(/\.openapi\.yaml$/, ""))
        .sort()
    : [];
if (providers.length === 0) {
  console.error(`no specs/*.openapi.yaml under ${root}`);
  process.exit(1);
}

function header(specPath) {
  return [
    `// generated from ${specPath} — do not edit.`,
    "// Regenerate with `pnpm generate` after changing the spec.",
    "",
  ].join("\n");
}

const generatedReadme = (provider) =>
  `# Generated code — do not edit\n\n\`schema.ts\` is written by \`pnpm generate\` (openapi-typescript) from\n\`specs/${provider}.openapi.yaml\`. Edit the spec, then regenerate; CI fails when this folder\ndrifts from the spec (\`pnpm generate:check\`).\n`;

let drift = [];
for (const provider of providers) {
  const specPath = `specs/${provider}.openapi.yaml`;
  const specFile = join(root, specPath);
  if (!existsSync(specFile)) {
    console.error(`missing spec: ${specPath}`);
    process.exitCode = 1;
    continue;
  }
  const ast = await openapiTS(pathToFileURL(specFile), { alphabetize: false, defaultNonNullable: false });
  const outputs = {
    "schema.ts": header(specPath) + astToString(ast),
    "README.md": generatedReadme(provider),
  };
  const outDir = join(root, "packages", provider, "src", "generated");
  for (const [name, contents] of Object.entries(outputs)) {
    const file = join(outDir, name);
    const current = existsSync(file) ? readFileSync(file, "utf8") : null;
    if (values.check) {
      if (current !== contents) drift.push(relative(root, file));
    } else if (current !== contents) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(file, contents);
      console.log(`wrote ${relative(root, file)}`);
    }
  }
}

if (values.check) {
  if (drift.length > 0) {
    console.error(
      `Generated code is out of date with specs/:\n  ${drift.join("\n  ")}\nRun \`pnpm generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log("generated code matches specs/");
}
