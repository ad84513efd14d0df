import { describe, expect, it } from "vitest";
import { seededRandom } from "./ids.js";
import { seedTable, seedWorkflows, seededRun } from "./seed.js";
import { runSummary, runSummaryJson } from "./serialize.js";

const workflows = seedWorkflows(6, seededRandom(3));
const table = seedTable({ runs: 3_000, seed: 3 }, workflows);

describe("extend list item serialization", () => {
  it("writes exactly the JSON of the WorkflowRunSummary object, for every seeded status", () => {
    const statuses = new Set<string>();
    for (let row = 0; row < table.rows; row++) {
      const run = seededRun(table, row);
      const summary = runSummary(run, Date.UTC(2026, 10, 1));
      statuses.add(summary.status);
      expect(runSummaryJson(run, Date.UTC(2026, 10, 1))).toBe(JSON.stringify(summary));
    }
    expect(statuses.size).toBeGreaterThanOrEqual(6);
  });

  it("escapes names and values a user chose, and follows a created run through its lifecycle", () => {
    const run = seededRun(table, 10);
    run.files = [
      {
        id: "file_a",
        name: 'quote " back \\ slash\nnew line ☃ 😀 lone \ud800.pdf',
        type: null,
        pageCount: undefined,
        createdAtMs: 5,
      },
      { id: "file_b", name: "second.pdf", type: "PDF", pageCount: 3, createdAtMs: 6 },
    ];
    run.batchId = "batch_x";
    run.createdAtMs = 1_000;
    run.touchedAtMs = 1_000;
    run.startAtMs = 1_200;
    run.endAtMs = 2_000;
    run.outcome = "REJECTED";
    run.review = { byUser: 'rev"iewer@example.com', atMs: 3_000, rejectionNote: "bad\tformat" };
    for (const now of [1_000, 1_500, 2_500, 3_500]) {
      expect(runSummaryJson(run, now)).toBe(JSON.stringify(runSummary(run, now)));
    }
    run.cancellation = { requestedAtMs: 1_100, doneAtMs: 1_150 };
    for (const now of [1_120, 1_200]) {
      expect(runSummaryJson(run, now)).toBe(JSON.stringify(runSummary(run, now)));
    }
  });
});
