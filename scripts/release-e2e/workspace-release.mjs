// Release steps inside the temporary workspace copy: changesets, versions, spec edits, publishing.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { publishablePackages } from "../lib/packages.mjs";
import { packWorkspacePackage } from "./registry-contents.mjs";
import { check, REPO_ROOT, run } from "./shared.mjs";

const CHANGESET_BIN = join(REPO_ROOT, "node_modules", "@changesets", "cli", "bin.js");

/** name → version of every publishable package in `dir`. */
export const versionsIn = (dir) =>
  Object.fromEntries(publishablePackages(dir).map((pkg) => [pkg.name, pkg.manifest.version]));

/** Writes `.changeset/<name>.md` giving each package in `releases` its bump. */
export function addChangeset(workspace, name, releases, summary) {
  const frontMatter = Object.entries(releases).map(([pkg, bump]) => `"${pkg}": ${bump}`);
  writeFileSync(
    join(workspace.dir, ".changeset", `${name}.md`),
    `---\n${frontMatter.join("\n")}\n---\n\n${summary}\n`,
  );
}

/** `changeset version` in the workspace; returns the new versions. */
export async function versionPackages(workspace) {
  await run(process.execPath, [CHANGESET_BIN, "version"], workspace.dir);
  return versionsIn(workspace.dir);
}

/** Packs (pnpm) and publishes (npm) the named packages of the workspace. */
export async function publishPackages(workspace, npm, names, tarballDir) {
  const packages = publishablePackages(workspace.dir).filter((p) => names.includes(p.name));
  await Promise.all(
    packages.map(async (pkg) => {
      const tarball = await packWorkspacePackage(join(workspace.dir, pkg.dir), tarballDir);
      await npm(["publish", tarball, "--access", "public"], { cwd: tarballDir });
    }),
  );
  for (const pkg of packages) console.log(`  published ${pkg.name}@${pkg.manifest.version}`);
}

/** Adds an optional string query parameter to `GET listPath` in a spec file. */
export function addOptionalQueryParameter(specFile, listPath, name) {
  const spec = parseYaml(readFileSync(specFile, "utf8"));
  const operation = spec.paths?.[listPath]?.get;
  check(operation, `${specFile} has no GET ${listPath}`);
  operation.parameters = [
    ...(operation.parameters ?? []),
    {
      name,
      in: "query",
      required: false,
      description: "Added by the release rehearsal.",
      schema: { type: "string" },
    },
  ];
  writeFileSync(specFile, stringifyYaml(spec));
}
