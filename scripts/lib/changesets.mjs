// Reads pending changesets (`.changeset/*.md`) the way `changeset version` will consume them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";

export const BUMP_ORDER = ["none", "patch", "minor", "major"];

/**
 * Every pending changeset: its file, the bump it gives each package, and its text.
 * @example readChangesets(root) // [{ file: ".changeset/odd-cats.md", releases: { "@docrun/extend": "minor" }, summary: "…" }]
 */
export function readChangesets(root) {
  const dir = join(root, ".changeset");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
    .sort()
    .map((name) => parseChangeset(`.changeset/${name}`, readFileSync(join(dir, name), "utf8")));
}

/**
 * Parses one changeset file: YAML front matter mapping package names to bumps, then a summary.
 * @example parseChangeset("x.md", '---\n"@docrun/core": patch\n---\n\nFix.') // { releases: { "@docrun/core": "patch" }, … }
 */
export function parseChangeset(file, text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(text.trimStart());
  if (!match) throw new Error(`${file}: not a changeset (expected --- front matter ---)`);
  const releases = parseYaml(match[1] ?? "") ?? {};
  for (const [name, bump] of Object.entries(releases)) {
    if (!BUMP_ORDER.includes(bump))
      throw new Error(`${file}: "${name}: ${bump}" is not patch, minor or major`);
  }
  return { file, releases, summary: (match[2] ?? "").trim() };
}

/**
 * The largest bump all pending changesets give `packageName`, and whether any of them carries a
 * line starting `BREAKING:` (the project's marker for a breaking change released as a 0.x minor).
 * @example bumpFor(changesets, "@docrun/extend") // { bump: "minor", breakingNote: true, files: [".changeset/x.md"] }
 */
export function bumpFor(changesets, packageName) {
  let bump = "none";
  let breakingNote = false;
  const files = [];
  for (const changeset of changesets) {
    const given = changeset.releases[packageName];
    if (!given) continue;
    files.push(changeset.file);
    if (BUMP_ORDER.indexOf(given) > BUMP_ORDER.indexOf(bump)) bump = given;
    if (/^BREAKING:/m.test(changeset.summary)) breakingNote = true;
  }
  return { bump, breakingNote, files };
}
