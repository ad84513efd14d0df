#!/usr/bin/env node
// `node scripts/check-packages.mjs` (part of `pnpm release`): for every publishable package, the
// package.json fields consumers rely on and the files `npm pack` would publish. Run after a build.
// Options: --root <dir> (default: this repository).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { manifestProblems, tarballProblems } from "./lib/package-rules.mjs";
import { publishablePackages } from "./lib/packages.mjs";

const { values } = parseArgs({ options: { root: { type: "string" } } });
const root = resolve(values.root ?? fileURLToPath(new URL("..", import.meta.url)));
const packages = publishablePackages(root);
let failed = 0;

for (const pkg of packages) {
  const packageDir = join(root, pkg.dir);
  const packed = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: packageDir,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, npm_config_loglevel: "error", npm_config_update_notifier: "false" },
  });
  if (packed.status !== 0) {
    failed += 1;
    console.error(`✖ ${pkg.name}: npm pack --dry-run failed:\n${packed.stderr}`);
    continue;
  }
  const [report] = JSON.parse(packed.stdout);
  const files = report.files.map((file) => file.path).sort();
  const readSourceMap = (file) => JSON.parse(readFileSync(join(packageDir, file), "utf8"));
  const problems = [
    ...manifestProblems(pkg.manifest, pkg.dir),
    ...tarballProblems(files, pkg.manifest, readSourceMap),
  ];
  if (problems.length > 0) {
    failed += 1;
    console.error(`✖ ${pkg.name} (${pkg.dir}):\n    ${problems.join("\n    ")}`);
  } else {
    console.log(`✔ ${pkg.name}: ${files.length} files, ${(report.size / 1024).toFixed(1)} kB packed`);
  }
}

if (packages.length === 0) {
  console.error("no publishable packages found under packages/");
  process.exit(1);
}
if (failed > 0) {
  console.error(
    `\n${failed} package(s) would publish the wrong thing; fix package.json "files"/fields and rebuild.`,
  );
  process.exit(1);
}
