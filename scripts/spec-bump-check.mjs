#!/usr/bin/env node
// `pnpm check:spec-bump`: every spec change needs at least the bump it calls for (classified by
// api-smart-diff):
//   breaking → major (while the package is 0.x: minor, with a summary line starting `BREAKING:`)
//   addition or deprecation → minor;  descriptions / examples only → patch.
// Each `specs/<provider>.openapi.yaml` is compared twice, and both must pass:
//   - with the base branch (a feature branch or pull request): the pending changesets for
//     `@docrun/<provider>` must give the bump;
//   - with the spec at the package's last release, the newest `@docrun/<provider>@<version>` tag
//     reachable from HEAD (so the check means something on main, where the base is HEAD): the bump
//     given is the larger of the pending changesets' and the step from the tagged version to the
//     current package.json version (a release versioned but not yet published). With no tag the
//     package is unreleased and its first changeset is its first release (check:changesets
//     makes sure there is one).
// Options: --base <ref> (else DOCRUN_BASE_REF, GITHUB_BASE_REF, origin/main, main), --root <dir>.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { BUMP_ORDER, bumpFor, readChangesets } from "./lib/changesets.mjs";
import { readAtRef, resolveBase } from "./lib/git.mjs";
import { lastRelease, versionBump } from "./lib/releases.mjs";
import { classifySpecChange } from "./lib/spec-diff.mjs";

const MAX_LISTED = 20;

const { values } = parseArgs({ options: { base: { type: "string" }, root: { type: "string" } } });
const root = resolve(values.root ?? fileURLToPath(new URL("..", import.meta.url)));
const base = resolveBase({ cwd: root, explicit: values.base });
if (!base)
  console.log("spec-bump check: no base branch (no origin/main or main); comparing with release tags only.");

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
  const packageName = `@docrun/${provider}`;
  const version = packageVersion(provider);
  const pending = bumpFor(changesets, packageName);
  const current = parseYaml(readFileSync(join(root, specPath), "utf8"));
  const notes = [];

  let branchChanges = null;
  if (base) {
    const verdict = compare({
      specPath,
      packageName,
      current,
      commit: base.commit,
      since: base.ref,
      versionAt: version,
      given: {
        ...pending,
        sources: pending.files.join(", "),
        givers: "Pending changesets give",
        nothing: `No pending changeset names ${packageName}.`,
      },
    });
    notes.push(verdict.note);
    if (verdict.failure) failures.push(verdict.failure(null));
    branchChanges = verdict.failure ? verdict.listed : null;
  }

  const release = lastRelease(packageName, root);
  if (!release) {
    notes.push(
      `${packageName} is unreleased (no ${packageName}@<version> tag); its first changeset is its first release`,
    );
  } else {
    const fromVersion = versionBump(release.version, version);
    const sources = [
      ...pending.files,
      ...(fromVersion === "none" ? [] : [`version ${release.version} → ${version}`]),
    ];
    const verdict = compare({
      specPath,
      packageName,
      current,
      commit: release.commit,
      since: release.tag,
      // The bump is measured from the released version, so the 0.x allowance follows it too.
      versionAt: release.version,
      given: {
        bump: BUMP_ORDER[Math.max(BUMP_ORDER.indexOf(pending.bump), BUMP_ORDER.indexOf(fromVersion))],
        // `changeset version` has consumed the changeset of an already-versioned release, so its
        // `BREAKING:` line is in the CHANGELOG now, not here; a 0.x minor step is taken as meant
        // (the "Version packages" change was reviewed with that CHANGELOG in it).
        breakingNote: pending.breakingNote || (fromVersion === "minor" && /^0\./.test(release.version)),
        sources: sources.join(", "),
        givers: "Pending changesets and the version give",
        nothing: `No pending changeset names ${packageName}, and its version is still ${version}.`,
      },
    });
    notes.push(verdict.note);
    if (verdict.failure) failures.push(verdict.failure(branchChanges));
  }
  console.log(`${specPath}: ${notes.join("; ")}.`);
}

if (failures.length > 0) {
  console.error(failures.join("\n\n"));
  process.exit(1);
}
console.log(
  `spec-bump check: ${specFiles.length} spec(s) compared with ${base ? `${base.ref} and with ` : ""}each package's last release; every change has a large enough bump.`,
);

/**
 * Classifies the change from `specPath` at `commit` to `current` and checks `given` covers it.
 * Returns a one-line note and, when short, a function building the failure message (which skips
 * the list of changes when it repeats the one already printed for the branch comparison).
 */
function compare({ specPath, packageName, current, commit, since, versionAt, given }) {
  const before = readAtRef(commit, specPath, root);
  if (before === null)
    return { note: `new since ${since}; its first release is the package's first changeset` };
  const { required, changes } = classifySpecChange(parseYaml(before), current);
  if (required === "none") return { note: `no API change since ${since}` };
  if (satisfies({ required, given, version: versionAt }))
    return { note: `${required} change since ${since}, covered by ${given.sources} (${given.bump})` };

  // A change to a shared schema shows up under every operation using it; the first ones (the
  // most severe, as changes are sorted) say enough.
  const listed = changes
    .slice(0, MAX_LISTED)
    .map((c) => `    ${c.kind.padEnd(12)} ${c.where}: ${c.description}`);
  if (changes.length > MAX_LISTED) listed.push(`    … and ${changes.length - MAX_LISTED} more`);
  const failure = (alreadyListed) =>
    [
      `${specPath} changed since ${since} (${commit.slice(0, 10)}); the change needs a ${describeRequired(required, versionAt)} release of ${packageName}:`,
      ...(alreadyListed?.join("\n") === listed.join("\n") ? ["    (the same changes as above)"] : listed),
      given.bump === "none"
        ? `  ${given.nothing}`
        : `  ${given.givers} ${packageName} only "${given.bump}" (${given.sources}).`,
      `  Fix: run \`pnpm changeset\`, select ${packageName}, choose ${howToChoose(required, versionAt)}, and describe the change for users.`,
    ].join("\n");
  return { note: `${required} change since ${since}, NOT covered`, listed, failure };
}

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
