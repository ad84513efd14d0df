#!/usr/bin/env node
// `pnpm check:changesets`: a publishable package whose shipped files changed needs a pending
// changeset (`.changeset/*.md`) that names it. Tests, fixtures, the CHANGELOG and a version-only
// package.json edit (what `changeset version` writes) don't count. Two comparisons, both must pass:
//   - since the base branch (a feature branch or pull request: what this branch changed);
//   - since the package's last release, the newest `<name>@<version>` tag reachable from HEAD (so
//     the check means something on main, where the base is HEAD). A version already above the tag
//     is a release versioned but not yet published and needs no further changeset. A package with
//     no tag was never released: it needs a changeset (its first release) or a version above 0.0.0.
// Options: --base <ref> (else DOCRUN_BASE_REF, GITHUB_BASE_REF, origin/main, main), --root <dir>.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bumpFor, readChangesets } from "./lib/changesets.mjs";
import { changedFiles, readAtRef, resolveBase } from "./lib/git.mjs";
import { publishablePackages } from "./lib/packages.mjs";
import { lastRelease, versionBump } from "./lib/releases.mjs";

const NOT_SHIPPED = [
  /\.test\.[cm]?tsx?$/,
  /\.test-d\.ts$/,
  /\/__fixtures__\//,
  /\/test\//,
  /\/vitest\.config\.ts$/,
  /\/CHANGELOG\.md$/,
];

const { values } = parseArgs({ options: { base: { type: "string" }, root: { type: "string" } } });
const root = resolve(values.root ?? fileURLToPath(new URL("..", import.meta.url)));
const base = resolveBase({ cwd: root, explicit: values.base });
const baseLabel = base && `${base.ref} (${base.commit.slice(0, 10)})`;
if (!base)
  console.log("changeset check: no base branch (no origin/main or main); comparing with release tags only.");

const changesets = readChangesets(root);
const branchFiles = base ? changedFiles(base.commit, root) : [];
const failures = { branch: [], release: [], unreleased: [] };
const packages = publishablePackages(root);
const width = Math.max(0, ...packages.map((pkg) => pkg.name.length));

for (const pkg of packages) {
  const pending = bumpFor(changesets, pkg.name).files;
  const verdicts = [base && sinceBase(pkg, pending), sinceLastRelease(pkg, pending)].filter(Boolean);
  for (const { failure } of verdicts) if (failure) failures[failure.kind].push(failure.line);
  const ok = verdicts.every((verdict) => !verdict.failure);
  console.log(
    `${ok ? "ok  " : "FAIL"}  ${pkg.name.padEnd(width)}  ${verdicts.map((v) => v.note).join("; ")}`,
  );
}

const report = [
  [`These packages changed since ${baseLabel} without a changeset:`, failures.branch],
  ["These packages changed since their last release tag without a changeset:", failures.release],
  [
    "These packages were never released and no changeset names them for a first release:",
    failures.unreleased,
  ],
].filter(([, lines]) => lines.length > 0);
if (report.length > 0) {
  console.error(report.flat(2).join("\n"));
  console.error(
    "Fix: run `pnpm changeset`, select the packages above, pick the bump, and commit the new .changeset/*.md.",
  );
  process.exit(1);
}
console.log(
  `changeset check: every shipped change since ${base ? `${base.ref} and since ` : ""}each package's last release has a changeset.`,
);

/** What this branch changed in `pkg`, and whether a pending changeset covers it. */
function sinceBase(pkg, pending) {
  const touched = shippedChanges(pkg, base.commit, branchFiles);
  if (touched.length === 0) return { note: `no shipped change since ${base.ref}` };
  if (pending.length > 0) return { note: `${count(touched)} since ${base.ref}, ${pending.join(", ")}` };
  return {
    note: `${count(touched)} since ${base.ref}, no changeset`,
    failure: { kind: "branch", line: `  ${pkg.name}: ${list(touched)}` },
  };
}

/** What changed in `pkg` since its last release tag, and whether a changeset or version covers it. */
function sinceLastRelease(pkg, pending) {
  const version = pkg.manifest.version ?? "0.0.0";
  const release = lastRelease(pkg.name, root);
  if (!release) {
    if (pending.length > 0) return { note: `unreleased, first release in ${pending.join(", ")}` };
    if (versionBump("0.0.0", version) !== "none")
      return { note: `unreleased, ${version} versioned and waiting to be published` };
    return {
      note: `never released, at ${version}, no changeset`,
      failure: {
        kind: "unreleased",
        line: `  ${pkg.name}: at ${version}, no ${pkg.name}@<version> tag, no changeset`,
      },
    };
  }
  const touched = shippedChanges(pkg, release.commit, changedFiles(release.commit, root));
  if (touched.length === 0) return { note: `no shipped change since ${release.tag}` };
  if (pending.length > 0) return { note: `${count(touched)} since ${release.tag}, ${pending.join(", ")}` };
  if (versionBump(release.version, version) !== "none")
    return {
      note: `${count(touched)} since ${release.tag}, ${version} versioned and waiting to be published`,
    };
  return {
    note: `${count(touched)} since ${release.tag}, no changeset`,
    failure: {
      kind: "release",
      line: `  ${pkg.name}: ${list(touched)} (since ${release.tag}, ${release.commit.slice(0, 10)})`,
    },
  };
}

/** Files under `pkg` that differ from `commit` and reach users (see NOT_SHIPPED). */
function shippedChanges(pkg, commit, files) {
  return files.filter(
    (file) =>
      file.startsWith(`${pkg.dir}/`) &&
      !NOT_SHIPPED.some((pattern) => pattern.test(file)) &&
      !isVersionOnlyManifestEdit(file, commit),
  );
}

// `changeset version` rewrites versions and internal dependency ranges; that edit is the release
// itself, not a change that needs another changeset.
function isVersionOnlyManifestEdit(file, commit) {
  if (!file.endsWith("/package.json")) return false;
  const before = readAtRef(commit, file, root);
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

function count(files) {
  return `${files.length} shipped file${files.length === 1 ? "" : "s"} changed`;
}

function list(files) {
  return `${files.slice(0, 5).join(", ")}${files.length > 5 ? `, … (${files.length} files)` : ""}`;
}
