/**
 * A seeded random source: `mulberry32`, a 32-bit PRNG that is tiny, fast and good enough for
 * choosing faults and generating fixtures. Not for anything security-related.
 *
 * @example
 * ```ts
 * const random = createSeededRandom(42);
 * random(); // always the same first value for seed 42
 * ```
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Turns the `random` option into a function: a number seeds a PRNG, a function is used as is,
 * nothing picks a seed from `Math.random` (so runs differ unless a seed is given).
 *
 * `stream` derives an independent sequence from the same seed, so the faults a test sees do not
 * shift when the provider draws more or fewer numbers (for example for ids).
 *
 * @example
 * ```ts
 * const faults = resolveRandom(7, 0);
 * const provider = resolveRandom(7, 1);
 * ```
 */
export function resolveRandom(random: number | (() => number) | undefined, stream: number): () => number {
  if (typeof random === "function") return random;
  const seed = random ?? Math.floor(Math.random() * 2 ** 32);
  return createSeededRandom((seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0);
}
