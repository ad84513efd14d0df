import { createSeededRandom } from "../../framework/random.js";

// Extend ids are a type prefix plus 21 url-safe characters (`workflow_run_xKm9pNv3qWsY_jL2tR5Dh`).
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const ID_LENGTH = 21;
const ALPHABET_CODES = Array.from(ALPHABET, (char) => char.charCodeAt(0));
const CODES: number[] = new Array<number>(ID_LENGTH).fill(0);

/** Id prefixes Extend uses for the objects the emulator serves. */
export type IdPrefix =
  | "workflow"
  | "workflow_version"
  | "workflow_run"
  | "workflow_step_run"
  | "step"
  | "file"
  | "batch"
  | "pr"
  | "exr"
  | "clr"
  | "evt";

/**
 * Makes an Extend-style id from a random source in [0, 1).
 *
 * @example
 * ```ts
 * makeId("workflow_run", Math.random); // "workflow_run_xKm9pNv3qWsY_jL2tR5Dh"
 * ```
 */
export function makeId(prefix: IdPrefix, random: () => number): string {
  // One draw yields five 6-bit characters; building from char codes avoids 21 string concatenations.
  for (let i = 0; i < ID_LENGTH; i += 5) {
    let bits = Math.floor(random() * 0x40000000);
    for (let j = i; j < i + 5 && j < ID_LENGTH; j++) {
      CODES[j] = ALPHABET_CODES[bits & 63]!;
      bits >>>= 6;
    }
  }
  return `${prefix}_${String.fromCharCode.apply(null, CODES as unknown as number[])}`;
}

/**
 * Deterministic PRNG for seed data (the framework's mulberry32), independent of the emulator's
 * own random so the same seed number always yields the same data.
 *
 * @example
 * ```ts
 * const random = seededRandom(42);
 * random(); // same value on every run
 * ```
 */
export const seededRandom = createSeededRandom;

/**
 * A PRNG seeded from a string, used to derive stable step-run ids and results from a run id.
 *
 * @example
 * ```ts
 * const random = randomFromString("workflow_run_xKm9pNv3qWsY_jL2tR5Dh");
 * ```
 */
export function randomFromString(text: string): () => number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return seededRandom(hash);
}
