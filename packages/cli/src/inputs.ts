import { existsSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { ConfigurationError } from "@docrun/core";

/**
 * Expands files, folders (recursively) and globs (`*`, `?`, `**`) into file paths relative to
 * `cwd`, sorted and without duplicates. Dot files are skipped in folders and globs. A pattern that
 * matches nothing is a `ConfigurationError`, so a typo does not make an empty job.
 *
 * @example `await expandInputs(["invoices/", "scans/**\/*.pdf"], process.cwd()); // ["invoices/a.pdf", …]`
 */
export async function expandInputs(patterns: string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const before = found.size;
    if (!/[*?[]/.test(pattern)) {
      const path = join(cwd, pattern);
      if (!existsSync(path)) throw new ConfigurationError(`no such file or folder: ${pattern}`);
      if (statSync(path).isDirectory()) for await (const file of walk(path)) found.add(toKey(file, cwd));
      else found.add(toKey(path, cwd));
    } else {
      const parts = pattern.split("/");
      const fixed = parts.findIndex((part) => /[*?[]/.test(part));
      const base = join(cwd, parts.slice(0, fixed).join("/"));
      const matcher = globToRegExp(toKey(join(base, parts.slice(fixed).join("/")), cwd));
      if (existsSync(base))
        for await (const file of walk(base)) if (matcher.test(toKey(file, cwd))) found.add(toKey(file, cwd));
    }
    if (found.size === before) throw new ConfigurationError(`nothing matches ${pattern}`);
  }
  return [...found].sort();
}

async function* walk(folder: string): AsyncGenerator<string> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

// Keys use forward slashes on every OS: the same folder gives the same keys (and shards) anywhere.
const toKey = (path: string, cwd: string) => relative(cwd, path).split(sep).join("/");

function globToRegExp(glob: string): RegExp {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === "*" && glob[i + 1] === "*") {
      source += glob[i + 2] === "/" ? "(?:[^/]+/)*" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
