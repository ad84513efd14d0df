import { seededRandom } from "./ids.js";

// Seeded ids carry their row number, scrambled by a keyed Feistel permutation, in their first
// four characters; the other 17 are pseudo-random from (seed, row). An id can therefore be turned
// back into its row without a 100,000-entry map, and a guessed id is rejected because its
// remaining characters would not match.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const VALUE_OF = new Map(Array.from(ALPHABET, (char, value) => [char, value] as const));
const ROUNDS = 4;
const MAX_ROWS = 1 << 24;

function hash32(value: number): number {
  let x = value | 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) >>> 0;
}

function keyFor(seed: number, prefix: string): number {
  let key = hash32(seed ^ 0x9e3779b9);
  for (let i = 0; i < prefix.length; i++) key = hash32(key ^ prefix.charCodeAt(i));
  return key;
}

function feistel(value: number, key: number, inverse: boolean): number {
  let left = (value >>> 12) & 0xfff;
  let right = value & 0xfff;
  for (let round = 0; round < ROUNDS; round++) {
    const roundKey = hash32(key + (inverse ? ROUNDS - 1 - round : round));
    if (!inverse) [left, right] = [right, left ^ (hash32(right ^ roundKey) & 0xfff)];
    else [left, right] = [right ^ (hash32(left ^ roundKey) & 0xfff), left];
  }
  return (left << 12) | right;
}

/**
 * The id of seeded row `row` for this prefix and seed (same inputs, same id).
 *
 * @example
 * ```ts
 * seededId("workflow_run", 1, 0); // "workflow_run_" + 21 characters
 * ```
 */
export function seededId(prefix: string, seed: number, row: number): string {
  const key = keyFor(seed, prefix);
  let scrambled = feistel(row, key, false);
  let suffix = "";
  for (let i = 0; i < 4; i++) {
    suffix += ALPHABET[scrambled & 63];
    scrambled >>>= 6;
  }
  const random = seededRandom(hash32(key ^ Math.imul(row + 1, 0x2c1b3c6d)));
  while (suffix.length < 21) {
    let bits = Math.floor(random() * 0x40000000);
    for (let i = 0; i < 5 && suffix.length < 21; i++) {
      suffix += ALPHABET[bits & 63];
      bits >>>= 6;
    }
  }
  return `${prefix}_${suffix}`;
}

/**
 * The seeded row an id names, or -1 when it is not a seeded id of `rows` rows.
 *
 * @example
 * ```ts
 * seededRow("workflow_run", 1, seededId("workflow_run", 1, 42), 100); // 42
 * ```
 */
export function seededRow(prefix: string, seed: number, id: string, rows: number): number {
  if (id.length !== prefix.length + 22 || !id.startsWith(`${prefix}_`)) return -1;
  let scrambled = 0;
  for (let i = 3; i >= 0; i--) {
    const value = VALUE_OF.get(id[prefix.length + 1 + i]!);
    if (value === undefined) return -1;
    scrambled = (scrambled << 6) | value;
  }
  const row = feistel(scrambled, keyFor(seed, prefix), true);
  if (row >= rows || row >= MAX_ROWS) return -1;
  return seededId(prefix, seed, row) === id ? row : -1;
}
