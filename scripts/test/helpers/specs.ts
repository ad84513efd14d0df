import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** The repository root, from this file's location (scripts/test/helpers/). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Every spec the repo holds: `specs/<provider>.openapi.yaml`. */
export function specFiles(): { provider: string; path: string }[] {
  return readdirSync(new URL("specs/", `file://${REPO_ROOT}`))
    .filter((name) => name.endsWith(".openapi.yaml"))
    .sort()
    .map((name) => ({ provider: name.replace(/\.openapi\.yaml$/, ""), path: `specs/${name}` }));
}

/** Reads and parses a spec (path relative to the repository root). */
export function loadSpec(path: string): Record<string, unknown> {
  return parse(readFileSync(`${REPO_ROOT}${path}`, "utf8")) as Record<string, unknown>;
}
