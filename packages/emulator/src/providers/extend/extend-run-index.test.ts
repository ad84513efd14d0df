import { describe, expect, it } from "vitest";
import { seededRandom } from "./ids.js";
import { updatedAt } from "./lifecycle.js";
import { RunIndex } from "./run-index.js";
import { seedWorkflows } from "./seed.js";
import type { RunRecord } from "./model.js";

const workflow = seedWorkflows(1, seededRandom(1))[0]!;

function makeRun(id: string, createdAtMs: number, random: () => number): RunRecord {
  return {
    id,
    seedRow: -1,
    workflow,
    version: workflow.draft,
    files: [],
    batchId: null,
    metadata: {},
    name: null,
    priority: 50,
    createdAtMs,
    startAtMs: createdAtMs + Math.floor(random() * 50),
    endAtMs: createdAtMs + 50 + Math.floor(random() * 200),
    outcome: "PROCESSED",
    cancellation: null,
    review: random() < 0.2 ? { byUser: "a@example.com", atMs: createdAtMs + 400, rejectionNote: null } : null,
    touchedAtMs: createdAtMs,
    deleted: false,
    tier: "dynamic",
  };
}

// What the index must equal: every live run sorted by its key at `nowMs`, ids breaking ties.
function bruteForce(runs: Iterable<RunRecord>, sortBy: "createdAt" | "updatedAt", nowMs: number) {
  return [...runs]
    .map((run) => ({ id: run.id, key: sortBy === "createdAt" ? run.createdAtMs : updatedAt(run, nowMs) }))
    .sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : 1));
}

describe("extend run index", () => {
  it.each([1, 2, 3])(
    "stays sorted exactly like a full sort through creates, lifecycle steps, updates, cancels, deletes and a clock going back (seed %i)",
    (seed) => {
      const random = seededRandom(seed);
      const index = new RunIndex();
      const live = new Map<string, RunRecord>();
      let now = 1_000_000;
      for (let step = 0; step < 1_500; step++) {
        const roll = random();
        const runs = [...live.values()];
        const someRun = runs[Math.floor(random() * runs.length)];
        if (roll < 0.35) {
          // Bursts of runs at the same instant, like a batch, so keys tie and ids decide.
          const count = random() < 0.1 ? 40 : 1;
          for (let i = 0; i < count; i++) {
            const run = makeRun(`run_${step}_${i}_${Math.floor(random() * 1e6)}`, now, random);
            live.set(run.id, run);
            index.add(run, now);
          }
        } else if (roll < 0.45 && someRun !== undefined) {
          someRun.touchedAtMs = Math.max(now, someRun.touchedAtMs);
          index.changed(someRun, now);
        } else if (roll < 0.5 && someRun !== undefined && someRun.cancellation === null) {
          someRun.cancellation = { requestedAtMs: now, doneAtMs: now + Math.floor(random() * 30) };
          someRun.touchedAtMs = Math.max(now, someRun.touchedAtMs);
          index.changed(someRun, now);
        } else if (roll < 0.55 && someRun !== undefined) {
          live.delete(someRun.id);
          index.delete(someRun);
        } else if (roll < 0.56) {
          now -= Math.floor(random() * 300);
        } else {
          now += Math.floor(random() * 40);
        }
        if (step % 25 === 0 || random() < 0.1) {
          for (const sortBy of ["createdAt", "updatedAt"] as const) {
            const sorted = index.sortedBy(sortBy, now);
            const actual = sorted.items.map((run, position) => ({ id: run.id, key: sorted.keys[position]! }));
            expect(actual).toEqual(bruteForce(live.values(), sortBy, now));
          }
        }
      }
      expect(index.size).toBe(live.size);
    },
  );
});
