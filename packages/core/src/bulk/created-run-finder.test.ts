import { describe, expect, it } from "vitest";
import type { Clock } from "../poll/clock.js";
import { createCreatedRunFinder } from "./created-run-finder.js";
import type { TaggedRun } from "./types.js";

// A fake clock (pure logic): sleeping moves time; the provider's runs appear at set times.
function world(runs: { tag: string; runId: string; at: number }[]) {
  let now = 1_000_000;
  const listings: number[] = [];
  const clock: Clock = { now: () => now, sleep: async (ms) => void (now += ms) };
  async function* list(since: number): AsyncIterable<TaggedRun> {
    listings.push(now);
    for (const run of runs) if (run.at <= now && run.at >= since) yield { runId: run.runId, tag: run.tag };
  }
  return { clock, list, listings, now: () => now };
}

const signal = new AbortController().signal;

describe("createCreatedRunFinder", () => {
  it("answers every lost create of a restart from one listing", async () => {
    const w = world([
      { tag: "docrun-a", runId: "run_a", at: 999_000 },
      { tag: "docrun-b", runId: "run_b", at: 999_500 },
    ]);
    const finder = createCreatedRunFinder(w.list, 5_000, w.clock);
    const found = await Promise.all([
      finder.find("docrun-a", 998_900, signal),
      finder.find("docrun-b", 999_400, signal),
    ]);
    expect(found).toEqual(["run_a", "run_b"]);
    expect(w.listings).toHaveLength(1);
  });

  it("says 'none' only from a listing begun once the create could no longer land, and finds one that landed late", async () => {
    const sentAt = 999_000;
    const w = world([{ tag: "docrun-late", runId: "run_late", at: 1_002_000 }]);
    const finder = createCreatedRunFinder(w.list, 5_000, w.clock);
    expect(await finder.find("docrun-late", sentAt, signal)).toBe("run_late");
    expect(await finder.find("docrun-never", sentAt, signal)).toBeUndefined();
    expect(w.listings[0]).toBe(1_000_000);
    expect(w.listings.at(-1)).toBeGreaterThanOrEqual(sentAt + 5_000);
  });
});
