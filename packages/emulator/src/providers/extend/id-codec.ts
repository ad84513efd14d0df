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

interface PrefixKeys {
  seed: number;
  key: number;
  rounds: readonly number[];
}

// Ids are made for every item of every list page; the key schedule depends only on (seed,
// prefix), so it is computed once per prefix (and again only if another seed is asked for).
const keysByPrefix = new Map<string, PrefixKeys>();

function keysFor(seed: number, prefix: string): PrefixKeys {
  let keys = keysByPrefix.get(prefix);
  if (keys === undefined || keys.seed !== seed) {
    const key = keyFor(seed, prefix);
    keys = { seed, key, rounds: Array.from({ length: ROUNDS }, (_, round) => hash32(key + round)) };
    keysByPrefix.set(prefix, keys);
  }
  return keys;
}

function feistel(value: number, rounds: readonly number[], inverse: boolean): number {
  let left = (value >>> 12) & 0xfff;
  let right = value & 0xfff;
  for (let round = 0; round < ROUNDS; round++) {
    const roundKey = rounds[inverse ? ROUNDS - 1 - round : round]!;
    if (!inverse) {
      const next = left ^ (hash32(right ^ roundKey) & 0xfff);
      left = right;
      right = next;
    } else {
      const previous = right ^ (hash32(left ^ roundKey) & 0xfff);
      right = left;
      left = previous;
    }
  }
  return (left << 12) | right;
}

const ALPHABET_CODES = Array.from(ALPHABET, (char) => char.charCodeAt(0));
const SUFFIX_LENGTH = 21;
const SUFFIX: number[] = new Array<number>(SUFFIX_LENGTH).fill(0);

/**
 * The id of seeded row `row` for this prefix and seed (same inputs, same id).
 *
 * @example
 * ```ts
 * seededId("workflow_run", 1, 0); // "workflow_run_" + 21 characters
 * ```
 */
export function seededId(prefix: string, seed: number, row: number): string {
  const keys = keysFor(seed, prefix);
  let scrambled = feistel(row, keys.rounds, false);
  for (let i = 0; i < 4; i++) {
    SUFFIX[i] = ALPHABET_CODES[scrambled & 63]!;
    scrambled >>>= 6;
  }
  // The same draws as seededRandom(hash32(key ^ …)), inlined: no closure per id.
  let state = hash32(keys.key ^ Math.imul(row + 1, 0x2c1b3c6d));
  for (let i = 4; i < SUFFIX_LENGTH;) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    let bits = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * 0x40000000);
    for (let j = 0; j < 5 && i < SUFFIX_LENGTH; j++, i++) {
      SUFFIX[i] = ALPHABET_CODES[bits & 63]!;
      bits >>>= 6;
    }
  }
  return `${prefix}_${String.fromCharCode.apply(null, SUFFIX)}`;
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
  const row = feistel(scrambled, keysFor(seed, prefix).rounds, true);
  if (row >= rows || row >= MAX_ROWS) return -1;
  return seededId(prefix, seed, row) === id ? row : -1;
}
