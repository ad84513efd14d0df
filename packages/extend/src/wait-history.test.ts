import { afterEach, describe, expect, it } from "vitest";
import { createExtendClient } from "./index.js";
import { startHarness, WORKFLOW_ID, type Harness } from "./extend.test-helpers.js";

// Runs take 4 s on this emulator: long enough that once-a-second checks and history-placed
// checks differ by several requests.
const PROCESSING_MS = 4_000;
const file = { url: "https://example.com/invoice.pdf" };
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const checksOf = (harness: Harness, runId: string) =>
  harness.emulator.state.countRequests({ method: "GET", path: `/workflow_runs/${runId}` });

describe("waiting learns from this client's runs", () => {
  it("createAndPoll records the run's duration under its workflow version and its workflow", async () => {
    h = await startHarness({ processingMs: PROCESSING_MS });
    const run = await h.extend.workflowRuns.createAndPoll({ workflow: { id: WORKFLOW_ID }, file });
    const [byVersion] = h.extend.durations.durations(`${WORKFLOW_ID}@${run.workflowVersion.id}`);
    expect(h.extend.durations.durations(WORKFLOW_ID)).toEqual([byVersion]);
    // Between the last check that saw it running and the one that saw it done (~1 s apart).
    expect(byVersion).toBeGreaterThan(PROCESSING_MS - 1_000);
    expect(byVersion).toBeLessThan(PROCESSING_MS + 1_500);
    // The create's answer is the first state: no check at once, about one a second after.
    expect(checksOf(h, run.id)).toBeGreaterThanOrEqual(4);
    expect(checksOf(h, run.id)).toBeLessThanOrEqual(6);
  }, 30_000);

  it("a client started warm from an exported model makes fewer checks for the same run length", async () => {
    // 6 s runs: once-a-second checks make about six, history-placed ones three or four, a margin
    // that a loaded machine's late timers cannot close.
    h = await startHarness({ processingMs: 6_000 });
    const teacher = h.extend;
    await Promise.all(
      [1, 2, 3].map(() => teacher.workflowRuns.createAndPoll({ workflow: { id: WORKFLOW_ID }, file })),
    );
    const saved = JSON.stringify(teacher.durations);
    const cold = createExtendClient({ apiKey: "sk_test_cold", baseUrl: h.emulator.url });
    const warm = createExtendClient({ apiKey: "sk_test_warm", baseUrl: h.emulator.url });
    warm.durations.load(JSON.parse(saved));
    const [coldRun, warmRun] = await Promise.all([
      cold.workflowRuns.createAndPoll({ workflow: { id: WORKFLOW_ID }, file }),
      warm.workflowRuns.createAndPoll({ workflow: { id: WORKFLOW_ID }, file }),
    ]);
    expect(warmRun.status).toBe("PROCESSED");
    expect(checksOf(h, warmRun.id)).toBeLessThan(checksOf(h, coldRun.id));
    expect(checksOf(h, warmRun.id)).toBeLessThanOrEqual(4);
  }, 60_000);

  it("learnDurations reads finished runs from the API (createdAt → endTime) into a fresh client", async () => {
    h = await startHarness({ processingMs: 1_500 });
    const run = await h.extend.workflowRuns.createAndPoll({ workflow: { id: WORKFLOW_ID }, file });
    const fresh = createExtendClient({ apiKey: "sk_test_fresh", baseUrl: h.emulator.url });
    const learned = await fresh.learnDurations(WORKFLOW_ID, { limit: 5 });
    expect(learned).toBeGreaterThanOrEqual(1);
    expect(learned).toBeLessThanOrEqual(5);
    expect(fresh.durations.durations(`${WORKFLOW_ID}@${run.workflowVersion.id}`)).toContain(1_500);
    await expect(fresh.learnDurations(WORKFLOW_ID, { limit: 0 })).rejects.toThrow(/limit/);
    await expect(fresh.learnDurations("")).rejects.toThrow(/workflowId/);
  }, 30_000);
});
