// The two failures Extend documents that only the emulator can produce on demand: a run rejected
// in review, and 402 for a workspace out of credit. Both go through the real client end to end.
import { EXTEND_USAGE_BLOCKED_KEY_PREFIX } from "@docrun/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, WORKFLOW_ID, type Harness } from "./extend.test-helpers.js";
import { createExtendClient, PaymentRequiredError, RunFailedError, type WorkflowRun } from "./index.js";

const fast = { interval: { initialMs: 10, maxMs: 20 } };
const file = (name = "invoice.pdf") => ({ url: `https://files.example.com/${name}` });
// The emulator treats keys with this prefix as belonging to a workspace out of credit.
const OUT_OF_CREDIT_KEY = `${EXTEND_USAGE_BLOCKED_KEY_PREFIX}sk_test_acme`;

describe("a run rejected in review", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ processingMs: 60 });
  });
  afterAll(async () => {
    await h.close();
  });

  it("createAndPoll on a `reject` file throws RunFailedError carrying the REJECTED run", async () => {
    const progress: string[] = [];
    const error = await h.extend.workflowRuns
      .createAndPoll(
        { workflow: { id: WORKFLOW_ID }, file: file("rejected-invoice.pdf") },
        { ...fast, onProgress: (run) => progress.push(run?.status ?? "?") },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFailedError);
    expect((error as RunFailedError).status).toBe("REJECTED");
    const run = (error as RunFailedError).run as WorkflowRun;
    expect(run).toMatchObject({
      status: "REJECTED",
      reviewed: true,
      rejectionNote: expect.any(String),
      files: [{ name: "rejected-invoice.pdf" }],
    });
    expect(progress.at(-1)).toBe("REJECTED");
  });

  it("poll on a run rejected through metadata throws the same error", async () => {
    const created = await h.extend.workflowRuns.create({
      workflow: { id: WORKFLOW_ID },
      file: file(),
      metadata: { emulator_outcome: "rejected" },
    });
    const error = await h.extend.workflowRuns.poll(created.id, fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFailedError);
    expect((error as RunFailedError).status).toBe("REJECTED");
    expect(((error as RunFailedError).run as WorkflowRun).id).toBe(created.id);
  });
});

describe("a key whose workspace is out of credit", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ processingMs: 60 }, { apiKey: OUT_OF_CREDIT_KEY });
  });
  afterAll(async () => {
    await h.close();
  });

  it("create throws PaymentRequiredError with Extend's code and request id, sent exactly once", async () => {
    h.emulator.state.reset();
    const error = await h.extend.workflowRuns
      .create({ workflow: { id: WORKFLOW_ID }, file: file() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentRequiredError);
    const [logged, ...others] = h.emulator.state.requestLog;
    expect(others).toHaveLength(0);
    expect(logged).toMatchObject({ method: "POST", path: "/workflow_runs", status: 402 });
    expect(error).toMatchObject({
      status: 402,
      code: "USAGE_BLOCKED",
      retryable: false,
      attempts: 1,
      requestId: logged!.requestId,
    });
  });

  it("createAndPoll and batchCreate fail the same way without polling or retrying", async () => {
    h.emulator.state.reset();
    const waited = await h.extend.workflowRuns
      .createAndPoll({ workflow: { id: WORKFLOW_ID }, file: file() }, fast)
      .catch((e: unknown) => e);
    expect(waited).toBeInstanceOf(PaymentRequiredError);
    const batch = await h.extend.workflowRuns
      .batchCreate({ workflow: { id: WORKFLOW_ID }, inputs: [{ file: file() }] })
      .catch((e: unknown) => e);
    expect(batch).toBeInstanceOf(PaymentRequiredError);
    expect(
      h.emulator.state.requestLog.map((entry) => `${entry.method} ${entry.path} ${entry.status}`),
    ).toEqual(["POST /workflow_runs 402", "POST /workflow_runs/batch 402"]);
  });

  it("can still read runs, while another key on the same emulator creates them", async () => {
    const paid = createExtendClient({ apiKey: "sk_test_paid", baseUrl: h.emulator.url });
    const run = await paid.workflowRuns.createAndPoll({ workflow: { id: WORKFLOW_ID }, file: file() }, fast);
    expect(run.status).toBe("PROCESSED");
    expect((await h.extend.workflowRuns.get(run.id)).status).toBe("PROCESSED");
    expect((await h.extend.workflowRuns.list().toArray()).map((item) => item.id)).toContain(run.id);
  });
});
