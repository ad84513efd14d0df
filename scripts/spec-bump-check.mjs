#!/usr/bin/env node
// `pnpm check:spec-bump`: every spec that changed since the base branch needs a pending changeset
// for its package carrying at least the bump the change needs (classified by api-smart-diff):
//   breaking → major (while the package is 0.x: minor, with a summary line starting `BREAKING:`)
//   addition or deprecation → minor;  descriptions / examples only → patch.
// Options: --base <ref> (else DOCRUN_BASE_REF, GITHUB_BASE_REF, origin/main, main), --root <dir>.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { BUMP_ORDER, bumpFor, readChangesets } from "./lib/changesets.mjs";
import { readAtRef, resolveBase } from "./lib/git.mjs";
import { classifySpecChange } from "./lib/spec-diff.mjs";

const MAX_LISTED = 20;

const { values } = parseArgs({ options: { base: { type: "string" }, root: { type: "string" } } });
const root = resolve(values.root ?? fileURLToPath(new URL("..", import.meta.url)));
const base = resolveBase({ cwd: root, explicit: values.base });
if (!base) {
  console.log("spec-bump check: no base branch to compare with (no origin/main or main); nothing to check.");
  process.exit(0);
}

const specsDir = join(root, "specs");
const specFiles = existsSync(specsDir)
  ? readdirSync(specsDir)
      .filter((f) => f.endsWith(".openapi.yaml"))
      .sort()
  : [];
const changesets = readChangesets(root);
const failures = [];

for (const specFile of specFiles) {
  const provider = specFile.replace(/\.openapi\.yaml$/, "");
  const specPath = `specs/${specFile}`;
  const before = readAtRef(base.commit, specPath, root);
  if (before === null) {
    console.log(`${specPath}: new since ${base.ref}; its first release is the package's first changeset.`);
    continue;
  }
  const { required, changes } = classifySpecChange(
    parseYaml(before),
    parseYaml(readFileSync(join(root, specPath), "utf8")),
  );
  if (required === "none") continue;

  const packageName = `@docrun/${provider}`;
  const version = packageVersion(provider);
  const given = bumpFor(changesets, packageName);
  const ok = satisfies({ required, given, version });
  // A change to a shared schema shows up under every operation using it; the first ones (the
  // most severe, as changes are sorted) say enough.
  const lines = changes
    .slice(0, MAX_LISTED)
    .map((c) => `    ${c.kind.padEnd(12)} ${c.where}: ${c.description}`);
  if (changes.length > MAX_LISTED) lines.push(`    … and ${changes.length - MAX_LISTED} more`);
  if (ok) {
    console.log(
      `${specPath}: ${required} change since ${base.ref}, covered by ${given.files.join(", ")} (${given.bump}).`,
    );
    continue;
  }
  failures.push(
    [
      `${specPath} changed since ${base.ref} (${base.commit.slice(0, 10)}); the change needs a ${describeRequired(required, version)} release of ${packageName}:`,
      ...lines,
      given.bump === "none"
        ? `  No pending changeset names ${packageName}.`
        : `  Pending changesets give ${packageName} only "${given.bump}" (${given.files.join(", ")}).`,
      `  Fix: run \`pnpm changeset\`, select ${packageName}, choose ${howToChoose(required, version)}, and describe the change for users.`,
    ].join("\n"),
  );
}

if (failures.length > 0) {
  console.error(failures.join("\n\n"));
  process.exit(1);
}
console.log(
  `spec-bump check: ${specFiles.length} spec(s) compared with ${base.ref}; every change has a large enough changeset.`,
);

function packageVersion(provider) {
  const manifest = join(root, "packages", provider, "package.json");
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")).version : "0.0.0";
}

function isZeroMajor(version) {
  return /^0\./.test(version);
}

function satisfies({ required, given, version }) {
  const at = (bump) => BUMP_ORDER.indexOf(bump);
  if (at(given.bump) >= at(required)) return true;
  // semver gives 0.x no major: a 0.x minor may break, and the BREAKING: line tells users it does.
  return required === "major" && isZeroMajor(version) && given.bump === "minor" && given.breakingNote;
}

function describeRequired(required, version) {
  if (required === "major" && isZeroMajor(version))
    return `major (or, while at ${version}, minor with a "BREAKING:" line)`;
  return required;
}

function howToChoose(required, version) {
  if (required === "major" && isZeroMajor(version)) {
    return `"major", or "minor" and start a line of the summary with "BREAKING:" (the package is ${version})`;
  }
  return `"${required}"${required === "patch" ? " (or larger)" : required === "minor" ? " (or major)" : ""}`;
}
