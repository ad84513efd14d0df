// Filling the local registry: the workspace's packages (packed by pnpm, which turns
// `workspace:` ranges into real ones) and the third-party packages they depend on (packed from
// the local install, since the registry has no uplink to fetch them from).
import { existsSync, mkdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { runCommand } from "../lib/processes.mjs";

/**
 * Packs one workspace package with pnpm into `outDir` and returns the tarball path.
 * @example await packWorkspacePackage(join(copy, "packages/core"), tarballs) // ".../docrun-core-0.1.0.tgz"
 */
export async function packWorkspacePackage(packageDir, outDir) {
  mkdirSync(outDir, { recursive: true });
  const result = await runCommand("pnpm", ["pack", "--pack-destination", outDir], {
    cwd: packageDir,
    timeoutMs: 120_000,
  });
  if (result.status !== 0)
    throw new Error(`pnpm pack failed in ${packageDir}:\n${result.stdout}${result.stderr}`);
  const tarball = result.stdout
    .trim()
    .split("\n")
    .map((line) => line.trim())
    .reverse()
    .find((line) => line.endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack printed no tarball path:\n${result.stdout}`);
  return tarball.startsWith(sep) ? tarball : join(outDir, tarball);
}

/**
 * Every third-party package (name → installed folder) the given manifests depend on at runtime,
 * with their own dependencies, found in the installed node_modules (`resolveFrom`: a folder whose
 * node_modules can see the direct dependencies).
 * @example thirdPartyClosure([coreManifest], join(root, "packages/core")) // Map { "openapi-fetch" => "…", … }
 */
export function thirdPartyClosure(manifests, resolveFrom) {
  const found = new Map();
  const visit = (name, fromDir) => {
    if (found.has(name) || name.startsWith("@docrun/")) return;
    const installed = locate(name, fromDir);
    found.set(name, installed);
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, installed);
  };
  for (const manifest of manifests) {
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, resolveFrom);
  }
  return found;
}

// Node's lookup: <dir>/node_modules/<name>, then each parent. pnpm puts a package's own
// dependencies beside it in the store, which the same walk finds from the package's real path.
function locate(name, fromDir) {
  let dir = realpathSync(fromDir);
  for (;;) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dir.endsWith(`${sep}node_modules`) && existsSync(join(dir, name, "package.json")))
      return realpathSync(join(dir, name));
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${name} is not installed where ${fromDir} can see it`);
    dir = parent;
  }
}
