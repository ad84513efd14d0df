import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findCycles, importGraph, relativeImports } from "./import-cycles.js";

const SOURCE_ROOT = fileURLToPath(new URL("..", import.meta.url));

describe("import cycles", () => {
  it("no file of the emulator's src imports itself through other files", () => {
    const graph = importGraph(SOURCE_ROOT);
    expect(graph.size).toBeGreaterThan(50);
    const cycles = findCycles(graph).map((cycle) => cycle.join(" → "));
    expect(cycles).toEqual([]);
  });

  it("reads value, type-only, re-export, side-effect and dynamic relative imports", () => {
    const source = [
      'import { a } from "./a.js";',
      'import type { B } from "../b.js";',
      "import {\n  c,\n  d,\n} from './nested/c.js';",
      'export { e } from "./e.js";',
      'import "./f.js";',
      'const g = await import("./g.js");',
      'import { readFileSync } from "node:fs";',
      'import { startEmulator } from "@docrun/emulator";',
    ].join("\n");
    expect(relativeImports("/src/dir/x.ts", source)).toEqual([
      "/src/dir/a.ts",
      "/src/b.ts",
      "/src/dir/nested/c.ts",
      "/src/dir/e.ts",
      "/src/dir/f.ts",
      "/src/dir/g.ts",
    ]);
  });

  it("reports cycles from their smallest file, including type-only ones, ignoring imports that leave the graph", () => {
    const graph = new Map([
      ["state.ts", ["seed.ts", "run-index.ts"]],
      ["seed.ts", ["review.ts", "state.ts"]],
      ["review.ts", ["state.ts"]],
      ["run-index.ts", ["lifecycle.ts"]],
      ["lifecycle.ts", ["state.ts", "../framework/types.ts"]],
      ["ids.ts", []],
    ]);
    expect(findCycles(graph)).toEqual([
      ["review.ts", "state.ts", "seed.ts", "review.ts"],
      ["seed.ts", "state.ts", "seed.ts"],
      ["lifecycle.ts", "state.ts", "run-index.ts", "lifecycle.ts"],
    ]);
  });

  it("finds nothing when imports flow one way", () => {
    const graph = new Map([
      ["model.ts", []],
      ["review.ts", ["model.ts"]],
      ["seed.ts", ["model.ts", "review.ts"]],
      ["state.ts", ["model.ts", "seed.ts"]],
    ]);
    expect(findCycles(graph)).toEqual([]);
  });
});
