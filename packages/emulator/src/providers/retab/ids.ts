const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const CHUNK_RANGE = 62 ** 5;
// Reused for the common shape (`run_` + 16): most ids the seed makes.
const SCRATCH = new Array<number>(20).fill(0);

/**
 * A Retab-style object id: a prefix plus base62 characters drawn from `random`, so seeded data
 * always gets the same ids.
 *
 * @example
 * ```ts
 * retabId("run_", createSeededRandom(1)); // "run_…" (16 base62 characters)
 * ```
 */
export function retabId(prefix: string, random: () => number, length = 16): string {
  // Five base62 characters per draw (62^5 < 2^32), prefix included in the char codes: one flat
  // string per id and no intermediate strings or arrays, so seeding 100,000 runs stays cheap.
  const codes =
    prefix.length + length === SCRATCH.length ? SCRATCH : new Array<number>(prefix.length + length);
  for (let index = 0; index < prefix.length; index += 1) codes[index] = prefix.charCodeAt(index);
  for (let index = 0; index < length; index += 5) {
    let draw = Math.floor(random() * CHUNK_RANGE);
    for (let digit = index; digit < Math.min(length, index + 5); digit += 1) {
      codes[prefix.length + digit] = ALPHABET.charCodeAt(draw % ALPHABET.length);
      draw = Math.floor(draw / ALPHABET.length);
    }
  }
  return String.fromCharCode.apply(null, codes);
}

/**
 * A small deterministic hash of a string (FNV-1a), used to derive stable fake outputs from ids.
 *
 * @example
 * ```ts
 * stableHash("run_abc") === stableHash("run_abc"); // true
 * ```
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
