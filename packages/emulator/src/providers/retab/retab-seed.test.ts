import { afterEach, describe, expect, it } from "vitest";
import { runStatusAt } from "./lifecycle.js";
import { startRetab, type RetabHarness } from "./retab.test-helpers.js";

let retab: RetabHarness | undefined;
afterEach(async () => {
  await retab?.emulator.close();
  retab = undefined;
});

describe("retab emulator: seeded data", () => {
  it("builds the same runs for the same seed and different runs for another seed", async () => {
    retab = await startRetab({ seed: { runs: 200, seed: 5 } });
    const first = await retab.call("GET", "/v1/workflows/runs?limit=100");
    await retab.emulator.close();
    retab = await startRetab({ seed: { runs: 200, seed: 5 } });
    const again = await retab.call("GET", "/v1/workflows/runs?limit=100");
    expect(again.body).toEqual(first.body);
    await retab.emulator.close();
    retab = await startRetab({ seed: { runs: 200, seed: 6 } });
    const other = await retab.call("GET", "/v1/workflows/runs?limit=100");
    expect(other.body.data[0].id).not.toBe(first.body.data[0].id);
  });

  it("uses Retab's id formats and a realistic status and trigger mix at 100,000 runs", async () => {
    retab = await startRetab({ seed: { runs: 100_000, seed: 1 } });
    const runs = retab.emulator.state.provider.runsByCreated;
    expect(runs).toHaveLength(100_000);
    const now = Date.now();
    const counts = new Map<string, number>();
    for (const run of runs) counts.set(runStatusAt(run, now), (counts.get(runStatusAt(run, now)) ?? 0) + 1);
    const share = (status: string) => (counts.get(status) ?? 0) / runs.length;
    expect(share("completed")).toBeGreaterThan(0.7);
    for (const status of ["error", "awaiting_review", "cancelled", "running", "pending"])
      expect(share(status), status).toBeGreaterThan(0.005);
    const page = await retab.call("GET", "/v1/workflows/runs?limit=100");
    expect(page.body.data).toHaveLength(100);
    for (const run of page.body.data) {
      expect(run.id).toMatch(/^run_[A-Za-z0-9]{16}$/);
      expect(run.workflow_id).toMatch(/^wf_[A-Za-z0-9]{12}$/);
      expect(run.workflow_version_id).toMatch(/^ver_/);
      for (const document of Object.values(run.inputs.documents) as { id: string }[])
        expect(document.id).toMatch(/^file_/);
    }
    const triggers = new Set(runs.slice(0, 2000).map((run) => run.trigger));
    expect([...triggers].sort()).toEqual(["api", "email", "manual", "restart", "schedule", "webhook"]);
    const workflows = await retab.call("GET", "/v1/workflows?limit=100");
    expect(workflows.body.data.length).toBe(20);
  });

  it("has the built-in workflows even without a seed", async () => {
    retab = await startRetab();
    const workflows = await retab.call("GET", "/v1/workflows?order=asc&sort_by=created_at");
    expect(
      workflows.body.data.map((workflow: { id: string; name: string }) => [workflow.id, workflow.name]),
    ).toEqual([
      ["wf_3Fh8kLmN2pQr", "Invoice extraction"],
      ["wf_7Rt2yUi4oPa6", "Receipt parsing"],
      ["wf_9Kd3sLq5wEr7", "Customer onboarding"],
    ]);
    expect((await retab.call("GET", "/v1/workflows/runs")).body).toEqual({
      data: [],
      list_metadata: { before: null, after: null },
    });
  });
});
