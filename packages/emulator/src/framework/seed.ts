import { readFileSync } from "node:fs";
import type { SeedOptions } from "./types.js";

/**
 * Reads the `seed` option: a {@link SeedOptions} object, or a path to a JSON file holding one.
 * Fails fast with a message naming the bad field, before the server starts.
 *
 * @example
 * ```ts
 * resolveSeed({ runs: 1000, seed: 42 }); // { runs: 1000, seed: 42 }
 * resolveSeed("./seed.json");
 * ```
 */
export function resolveSeed(seed: SeedOptions | string | undefined): SeedOptions | undefined {
  if (seed === undefined) return undefined;
  const raw: unknown = typeof seed === "string" ? readSeedFile(seed) : seed;
  if (typeof raw !== "object" || raw === null)
    throw new TypeError("seed must be an object { runs, seed, workflows? }");
  const { runs, seed: number, workflows } = raw as Record<string, unknown>;
  if (!isCount(runs))
    throw new TypeError(`seed.runs must be a non-negative integer, got ${JSON.stringify(runs)}`);
  if (typeof number !== "number" || !Number.isInteger(number)) {
    throw new TypeError(`seed.seed must be an integer, got ${JSON.stringify(number)}`);
  }
  if (workflows !== undefined && (!isCount(workflows) || workflows === 0)) {
    throw new TypeError(`seed.workflows must be a positive integer, got ${JSON.stringify(workflows)}`);
  }
  return workflows === undefined ? { runs, seed: number } : { runs, seed: number, workflows };
}

function readSeedFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new TypeError(
      `cannot read seed file ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
