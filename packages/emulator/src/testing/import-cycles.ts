import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// `from "./x.js"`, `import "./x.js"`, `import("./x.js")`, `export … from "../x.js"`. Type-only
// imports count too: a cycle of types still means the files cannot be read (or split) one way.
const RELATIVE_SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

/**
 * The relative imports of one TypeScript source, resolved to the `.ts` files they name (`.js`
 * specifiers map to `.ts`, as NodeNext resolution writes them).
 *
 * @example
 * ```ts
 * relativeImports("/src/a.ts", 'import { b } from "./b.js";'); // ["/src/b.ts"]
 * ```
 */
export function relativeImports(file: string, source: string): string[] {
  const targets = new Set<string>();
  for (const match of source.matchAll(RELATIVE_SPECIFIER)) {
    const target = resolve(dirname(file), match[1]!).replace(/\.js$/, ".ts");
    targets.add(target.endsWith(".ts") ? target : `${target}.ts`);
  }
  return [...targets];
}

/**
 * Import cycles of a graph of files (at least one for every tangle, so an empty answer means
 * imports flow one way), each as the files along it, starting at its smallest path and ending
 * where it started. Imports of files outside the graph are ignored.
 *
 * @example
 * ```ts
 * findCycles(new Map([["a.ts", ["b.ts"]], ["b.ts", ["a.ts"]]])); // [["a.ts", "b.ts", "a.ts"]]
 * ```
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];

  const visit = (file: string): void => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === "open") {
        const loop = stack.slice(stack.indexOf(next));
        const start = loop.indexOf([...loop].sort()[0]!);
        const cycle = [...loop.slice(start), ...loop.slice(0, start)];
        cycles.set(cycle.join(" → "), [...cycle, cycle[0]!]);
      } else if (state.get(next) === undefined) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };

  for (const file of [...graph.keys()].sort()) if (state.get(file) === undefined) visit(file);
  return [...cycles.values()];
}

/**
 * The import graph of every `.ts` file under `root`, keyed by path relative to `root`.
 *
 * @example
 * ```ts
 * findCycles(importGraph("packages/emulator/src")); // [] when imports flow one way
 * ```
 */
export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) {
        const imports = relativeImports(path, readFileSync(path, "utf8"));
        graph.set(
          relative(root, path),
          imports.map((target) => relative(root, target)),
        );
      }
    }
  };
  walk(root);
  return graph;
}
