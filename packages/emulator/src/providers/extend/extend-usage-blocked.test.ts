import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { USAGE_BLOCKED_KEY_PREFIX } from "./index.js";
import { manualClock, startExtend, WORKFLOW_ID, type ExtendHarness } from "./extend.test-helpers.js";

const BLOCKED = `${USAGE_BLOCKED_KEY_PREFIX}acme`;
const url = { url: "https://files.example.com/invoice.pdf" };

describe("extend emulator: a key whose workspace is out of credit (402)", () => {
  const clock = manualClock();
  let harness: ExtendHarness;
  beforeAll(async () => {
    harness = await startExtend({ clock, processingMs: 1_000 });
  });
  afterAll(async () => {
    await harness.emulator.close();
  });
  const runCount = async () =>
    (await harness.call("GET", "/workflow_runs?maxPageSize=1000")).body.data.length as number;

  it("answers a create 402 USAGE_BLOCKED in Extend's envelope, not retryable, and creates nothing", async () => {
    const before = await runCount();
    const result = await harness.call("POST", "/workflow_runs", {
      key: BLOCKED,
      body: { workflow: { id: WORKFLOW_ID }, file: url },
    });
    expect(result.status).toBe(402);
    expect(result.body).toEqual({
      code: "USAGE_BLOCKED",
      message: expect.stringContaining("credits"),
      retryable: false,
      requestId: result.headers.get("x-extend-request-id"),
    });
    expect(result.body.requestId).toMatch(/^req_/);
    expect(await runCount()).toBe(before);
  });

  it("answers a batch create 402 too, and creates none of its runs", async () => {
    const before = await runCount();
    const result = await harness.call("POST", "/workflow_runs/batch", {
      key: BLOCKED,
      body: { workflow: { id: WORKFLOW_ID }, inputs: [{ file: url }, { file: url }] },
    });
    expect(result.status).toBe(402);
    expect(result.body).toMatchObject({ code: "USAGE_BLOCKED", retryable: false });
    expect(await runCount()).toBe(before);
  });

  it("checks credit before the body: even an invalid create is 402", async () => {
    const result = await harness.call("POST", "/workflow_runs", { key: BLOCKED, body: { colour: "red" } });
    expect(result.status).toBe(402);
  });

  it("still authenticates first: no version header is 400, a key outside apiKeys is 401", async () => {
    const body = { workflow: { id: WORKFLOW_ID }, file: url };
    const noVersion = await harness.call("POST", "/workflow_runs", { key: BLOCKED, version: null, body });
    expect(noVersion.status).toBe(400);
    const locked = await startExtend({ apiKeys: ["sk_live_good"] });
    try {
      expect((await locked.call("POST", "/workflow_runs", { key: BLOCKED, body })).status).toBe(401);
    } finally {
      await locked.emulator.close();
    }
  });

  it("lets the same key read, update, cancel and delete, and upload files (no credit spent)", async () => {
    const run = await harness.createRun();
    const other = await harness.createRun();
    const as = { key: BLOCKED };
    const cancelled = await harness.call("POST", `/workflow_runs/${other.id}/cancel`, as);
    expect(cancelled.body.status).toBe("CANCELLED");
    clock.advance(1_000);
    expect((await harness.call("GET", "/workflow_runs", as)).status).toBe(200);
    expect((await harness.call("GET", `/workflow_runs/${run.id}`, as)).body.status).toBe("PROCESSED");
    expect((await harness.call("GET", "/workflows", as)).status).toBe(200);
    expect((await harness.call("GET", `/workflows/${WORKFLOW_ID}`, as)).status).toBe(200);
    expect((await harness.call("GET", "/files", as)).status).toBe(200);
    expect((await harness.call("GET", `/files/${run.files[0].id}`, as)).status).toBe(200);
    expect(
      (await harness.call("POST", `/workflow_runs/${run.id}`, { ...as, body: { name: "Paid already" } })).body
        .name,
    ).toBe("Paid already");
    expect((await harness.call("DELETE", `/workflow_runs/${other.id}`, as)).status).toBe(200);
    const form = new FormData();
    form.append("file", new Blob(["a,b\n1,2\n"], { type: "text/csv" }), "table.csv");
    expect((await harness.call("POST", "/files/upload", { ...as, body: form })).status).toBe(200);
  });

  it("leaves every other key alone", async () => {
    const result = await harness.call("POST", "/workflow_runs", {
      key: "sk_live_paid",
      body: { workflow: { id: WORKFLOW_ID }, file: url },
    });
    expect(result.status).toBe(200);
    const batch = await harness.call("POST", "/workflow_runs/batch", {
      key: `sk_live_${USAGE_BLOCKED_KEY_PREFIX}`, // the prefix only counts at the start
      body: { workflow: { id: WORKFLOW_ID }, inputs: [{ file: url }] },
    });
    expect(batch.status).toBe(200);
  });
});
