#!/usr/bin/env node
// `pnpm check:changesets`: a publishable package whose shipped files changed since the base
// branch needs a pending changeset (`.changeset/*.md`) that names it. Tests, fixtures, the
// CHANGELOG and a version-only package.json edit (what `changeset version` writes) don't count.
// Options: --base <ref> (else DOCRUN_BASE_REF, GITHUB_BASE_REF, origin/main, main), --root <dir>.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readChangesets } from "./lib/changesets.mjs";
import { changedFiles, readAtRef, resolveBase } from "./lib/git.mjs";
import { publishablePackages } from "./lib/packages.mjs";

const { values } = parseArgs({ options: { base: { type: "string" }, root: { type: "string" } } });
const root = resolve(values.root ?? fileURLToPath(new URL("..", import.meta.url)));
const base = resolveBase({ cwd: root, explicit: values.base });
if (!base) {
  console.log("changeset check: no base branch to compare with (no origin/main or main); nothing to check.");
  process.exit(0);
}

const NOT_SHIPPED = [
  /\.test\.[cm]?tsx?$/,
  /\.test-d\.ts$/,
  /\/__fixtures__\//,
  /\/test\//,
  /\/vitest\.config\.ts$/,
  /\/CHANGELOG\.md$/,
];
const files = changedFiles(base.commit, root);
const named = new Set(readChangesets(root).flatMap((changeset) => Object.keys(changeset.releases)));
const missing = [];

for (const pkg of publishablePackages(root)) {
  const touched = files.filter(
    (file) =>
      file.startsWith(`${pkg.dir}/`) &&
      !NOT_SHIPPED.some((pattern) => pattern.test(file)) &&
      !isVersionOnlyManifestEdit(file),
  );
  if (touched.length === 0 || named.has(pkg.name)) continue;
  missing.push({ pkg, touched });
}

if (missing.length > 0) {
  console.error(
    `These packages changed since ${base.ref} (${base.commit.slice(0, 10)}) without a changeset:`,
  );
  for (const { pkg, touched } of missing) {
    console.error(
      `  ${pkg.name}: ${touched.slice(0, 5).join(", ")}${touched.length > 5 ? `, … (${touched.length} files)` : ""}`,
    );
  }
  console.error(
    "Fix: run `pnpm changeset`, select the packages above, pick the bump, and commit the new .changeset/*.md.",
  );
  process.exit(1);
}
console.log(`changeset check: every changed package since ${base.ref} has a changeset.`);

// `changeset version` rewrites versions and internal dependency ranges; that edit is the release
// itself, not a change that needs another changeset.
function isVersionOnlyManifestEdit(file) {
  if (!file.endsWith("/package.json")) return false;
  const before = readAtRef(base.commit, file, root);
  const path = join(root, file);
  if (before === null || !existsSync(path)) return false;
  const strip = (text) => {
    const manifest = JSON.parse(text);
    delete manifest.version;
    for (const field of ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"]) {
      for (const name of Object.keys(manifest[field] ?? {}))
        if (name.startsWith("@docrun/")) delete manifest[field][name];
    }
    return JSON.stringify(manifest);
  };
  return strip(before) === strip(readFileSync(path, "utf8"));
}
