// The workspace's publishable packages, read from packages/*/package.json.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Every package under packages/ that is not `private`, with its folder and manifest.
 * @example publishablePackages(root) // [{ name: "@docrun/core", dir: "packages/core", manifest: {…} }, …]
 */
export function publishablePackages(root) {
  const packagesDir = join(root, "packages");
  if (!existsSync(packagesDir)) return [];
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, "package.json")))
    .map((entry) => {
      const dir = `packages/${entry.name}`;
      const manifest = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
      return { name: manifest.name, dir, folder: entry.name, manifest };
    })
    .filter((pkg) => pkg.manifest.private !== true)
    .sort((a, b) => a.dir.localeCompare(b.dir));
}
