import { describe, expect, it } from "vitest";
import { createAnyformatClient } from "./client.js";
import { KEY, setup } from "./anyformat.test-helpers.js";

// Runs take 4 s on this emulator: long enough that once-a-second checks and history-placed
// checks differ by several requests.
const PROCESSING_MS = 4_000;

describe("waiting learns from this client's runs", () => {
  it("runAndWait records durations; a client loaded from the export checks less; learnDurations reads the API", async () => {
    const { emulator, af, workflowId } = await setup({ processingMs: PROCESSING_MS });
    const checks = () => emulator.state.countRequests({ method: "GET", path: /\/files\/[^/]+\/results\/?$/ });
    const first = await af.workflows.run(workflowId, { text: "Invoice #1" });
    await af.workflows.poll(workflowId, first.id); // an existing run: its start is unknown, nothing recorded
    expect(af.durations.toJSON().durations).toEqual({});
    for (let i = 0; i < 3; i++) await af.workflows.runAndWait(workflowId, { text: `Invoice #${i}` });
    const recorded = af.durations.durations(workflowId);
    expect(recorded).toHaveLength(3);
    for (const ms of recorded) {
      expect(ms).toBeGreaterThan(PROCESSING_MS - 1_000);
      expect(ms).toBeLessThan(PROCESSING_MS + 1_500);
    }

    const cold = createAnyformatClient({ apiKey: KEY, baseUrl: emulator.url });
    const before = checks();
    await cold.workflows.runAndWait(workflowId, { text: "Invoice cold" });
    const coldChecks = checks() - before;
    const warm = createAnyformatClient({ apiKey: KEY, baseUrl: emulator.url, durations: af.durations });
    const mid = checks();
    await warm.workflows.runAndWait(workflowId, { text: "Invoice warm" });
    const warmChecks = checks() - mid;
    expect(warmChecks).toBeLessThan(coldChecks);

    const fresh = createAnyformatClient({ apiKey: KEY, baseUrl: emulator.url });
    expect(await fresh.learnDurations(workflowId, { limit: 3 })).toBeGreaterThanOrEqual(1);
    for (const ms of fresh.durations.durations(workflowId)) expect(ms).toBeGreaterThan(0);
  }, 90_000);
});
