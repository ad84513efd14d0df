// What a provider package's own code imports from @docrun/core (value imports only; `type`
// imports vanish at build time). The core size budget measures exactly this set, so the number
// follows the providers as they change instead of a hand-kept list.
const { existsSync, readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");

const IMPORT_FROM_CORE = /import\s+(type\s+)?\{([^}]*)\}\s*from\s*["']@docrun\/core["']/g;

/**
 * Names `packages/<provider>/src` imports from @docrun/core as values, sorted.
 * @example coreImportsOf(root, "extend") // ["createApiClient", "paginateToken", "poll", …]
 */
function coreImportsOf(root, provider) {
  const names = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "__fixtures__" && entry.name !== "generated") walk(path);
      } else if (/\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$|\.test-helpers\.ts$/.test(entry.name)) {
        for (const match of readFileSync(path, "utf8").matchAll(IMPORT_FROM_CORE)) {
          if (match[1]) continue;
          for (const specifier of (match[2] ?? "").split(",")) {
            const [name] = specifier.trim().split(/\s+as\s+/);
            if (name && !name.startsWith("type ")) names.add(name.trim());
          }
        }
      }
    }
  };
  const src = join(root, "packages", provider, "src");
  if (existsSync(src)) walk(src);
  return [...names].sort();
}

module.exports = { coreImportsOf };
