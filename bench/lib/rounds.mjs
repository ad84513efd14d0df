// Runs contenders side by side: every round runs each contender once, in an order that rotates
// from round to round, so a noisy moment on the machine hits all of them alike. The first round
// is a warm-up (JIT, connection pools) and is not kept.

/**
 * @param {{ name: string, run: () => Promise<number> }[]} contenders `run` returns one sample
 * @param {number} rounds kept rounds (one warm-up round is added)
 * @returns {Promise<Map<string, number[]>>} samples per contender
 */
export async function interleave(contenders, rounds) {
  const samples = new Map(contenders.map((c) => [c.name, []]));
  for (let round = 0; round <= rounds; round++) {
    const shift = round % contenders.length;
    const order = [...contenders.slice(shift), ...contenders.slice(0, shift)];
    for (const contender of order) {
      const value = await contender.run();
      if (round > 0) samples.get(contender.name).push(value);
    }
  }
  return samples;
}

/** Times `count` sequential awaits of `call`; returns µs per call. */
export async function microsPerCall(call, count) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await call();
  return Number(process.hrtime.bigint() - start) / 1_000 / count;
}
