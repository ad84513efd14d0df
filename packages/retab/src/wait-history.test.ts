import { describe, expect, it } from "vitest";
import { INVOICES, startHarness } from "./retab.test-helpers.js";

// Runs take 4 s on this emulator: long enough that once-a-second checks and history-placed
// checks differ by several requests.
const PROCESSING_MS = 4_000;

describe("waiting learns from this client's runs", () => {
  it("createAndPoll records durations; a client loaded from the export checks less; learnDurations reads the API", async () => {
    const h = await startHarness({ processingMs: PROCESSING_MS });
    try {
      const checksOf = (runId: string) =>
        h.emulator.state.countRequests({ method: "GET", path: `/v1/workflows/runs/${runId}` });
      const teacher = h.client();
      const first = await teacher.workflowRuns.createAndPoll({ workflow_id: INVOICES });
      const [recorded] = teacher.durations.durations(`${INVOICES}@${first.workflow_version_id}`);
      expect(teacher.durations.durations(INVOICES)).toEqual([recorded]);
      expect(recorded).toBeGreaterThan(PROCESSING_MS - 1_000);
      expect(recorded).toBeLessThan(PROCESSING_MS + 1_500);
      for (let i = 0; i < 2; i++) await teacher.workflowRuns.createAndPoll({ workflow_id: INVOICES });

      const cold = h.client();
      const warm = h.client();
      warm.durations.load(JSON.parse(JSON.stringify(teacher.durations)));
      const [coldRun, warmRun] = await Promise.all([
        cold.workflowRuns.createAndPoll({ workflow_id: INVOICES }),
        warm.workflowRuns.createAndPoll({ workflow_id: INVOICES }),
      ]);
      expect(checksOf(warmRun.id)).toBeLessThan(checksOf(coldRun.id));

      const fresh = h.client();
      expect(await fresh.learnDurations(INVOICES, { limit: 3 })).toBe(3);
      expect(fresh.durations.durations(INVOICES)).toEqual([PROCESSING_MS, PROCESSING_MS, PROCESSING_MS]);
    } finally {
      await h.emulator.close();
    }
  }, 90_000);
});
