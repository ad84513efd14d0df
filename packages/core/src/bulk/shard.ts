import { ConfigurationError } from "../errors/errors.js";
import { stableHash } from "./stable-hash.js";

/**
 * One of `count` disjoint parts of a job: shard `index` (0-based) owns the keys whose hash falls
 * in it, so n machines given the same inputs share the work with no coordinator.
 * @example `const shard: Shard = { index: 0, count: 3 };`
 */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Parses `"i/n"` (1-based on the command line, as people count machines) into a {@link Shard}.
 * @example `parseShard("2/3"); // { index: 1, count: 3 }`
 */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const position = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || position < 1 || position > count)
    throw new ConfigurationError(`shard must be "i/n" with 1 ≤ i ≤ n (got "${text}")`);
  return { index: position - 1, count };
}

/**
 * Whether `key` belongs to `shard`: deterministic, and every key belongs to exactly one shard.
 * @example `inShard("a.pdf", { index: 0, count: 2 }) !== inShard("a.pdf", { index: 1, count: 2 }); // true`
 */
export function inShard(key: string, shard: Shard): boolean {
  return BigInt("0x" + stableHash(key)) % BigInt(shard.count) === BigInt(shard.index);
}
