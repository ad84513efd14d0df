import { describe, expect, it } from "vitest";
import { generateState } from "./seed.js";
import { statusAt } from "./lifecycle.js";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("AnyFormat seed data", () => {
  it("is the same for the same seed and different for another", () => {
    const ids = (seed: number) => [...generateState({ runs: 50, seed }).collectionsById.keys()];
    expect(ids(11)).toEqual(ids(11));
    expect(ids(11)).not.toEqual(ids(12));
  });

  it("builds 10 to 100,000 runs spread over the requested workflows, each list kept oldest first", () => {
    for (const runs of [10, 100_000]) {
      const state = generateState({ runs, seed: 5, workflows: 4 });
      expect(state.workflows).toHaveLength(4);
      expect(state.collectionsById.size).toBe(runs);
      expect(state.workflows.reduce((sum, workflow) => sum + workflow.collections.length, 0)).toBe(runs);
      for (const workflow of state.workflows) {
        const times = workflow.collections.map((collection) => collection.createdAt);
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }
    }
  });

  it("uses AnyFormat's id formats and a realistic status mix", () => {
    const state = generateState({ runs: 5000, seed: 9 });
    const collections = [...state.collectionsById.values()];
    expect(collections.every((collection) => UUID_V7.test(collection.id))).toBe(true);
    expect(
      state.workflows.every(
        (workflow) => UUID_V7.test(workflow.id) && /^[A-Za-z0-9]{10}$/.test(workflow.versionId),
      ),
    ).toBe(true);
    const counts = new Map<string, number>();
    for (const collection of collections) {
      const { status } = statusAt(collection, 0);
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    expect(counts.get("processed")).toBeGreaterThan(4000);
    for (const status of ["error", "cancelled", "in_progress", "queued", "pending"])
      expect(counts.get(status) ?? 0).toBeGreaterThan(0);
  });

  it("starts with three workflows and no runs when there is no seed", () => {
    const state = generateState(undefined);
    expect(state.workflows.map((workflow) => workflow.template.name)).toEqual([
      "Invoice extraction",
      "Resume parsing",
      "Contract review",
    ]);
    expect(state.collectionsById.size).toBe(0);
  });
});
