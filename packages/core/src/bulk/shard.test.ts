import { describe, expect, it } from "vitest";
import { createAdaptiveLimit } from "./adaptive-limit.js";
import { inShard, parseShard } from "./shard.js";
import { stableHash } from "./stable-hash.js";

describe("shards", () => {
  it("split keys so every key belongs to exactly one shard, evenly enough", () => {
    const keys = Array.from({ length: 3_000 }, (_, i) => `invoices/${i}.pdf`);
    const shards = [0, 1, 2].map((index) => keys.filter((key) => inShard(key, { index, count: 3 })));
    expect(shards.flat().sort()).toEqual([...keys].sort());
    for (const shard of shards) expect(shard.length).toBeGreaterThan(900);
  });
  it("parse i/n (1-based) and refuse anything else", () => {
    expect(parseShard("2/3")).toEqual({ index: 1, count: 3 });
    expect(() => parseShard("0/3")).toThrow(/shard must be/);
    expect(() => parseShard("4/3")).toThrow(/shard must be/);
    expect(() => parseShard("x")).toThrow(/shard must be/);
  });
  it("hash the same on every run (a fixed value: shards and idempotency keys depend on it)", () => {
    expect(stableHash("")).toBe("cbf29ce484222325");
    expect(stableHash("a")).toBe("af63dc4c8601ec8c");
  });
});

describe("adaptive limit", () => {
  it("grows fast until the first rate limit, then one slot per `current` successes; cuts to 70 % on a rate limit at most once per cooldown", () => {
    const limit = createAdaptiveLimit({ initial: 4, max: 20, cooldownMs: 1_000 });
    for (let i = 0; i < 4; i++) limit.succeeded();
    expect(limit.current).toBe(8); // slow start: +1 per success
    expect(limit.rateLimited(10_000)).toBe(true);
    expect(limit.current).toBe(5);
    expect(limit.rateLimited(10_500)).toBe(false);
    expect(limit.current).toBe(5);
    for (let i = 0; i < 5; i++) limit.succeeded();
    expect(limit.current).toBe(6); // then +1 per `current` successes
    for (let i = 0; i < 300; i++) limit.succeeded();
    expect(limit.current).toBe(20);
  });
});
