import {
  AbortError,
  ApiError,
  AuthenticationError,
  NotFoundError,
  PollTimeoutError,
  RateLimitError,
  RunFailedError,
} from "@docrun/core";
import { describe, expect, it } from "vitest";
import { FAST, setup } from "./anyformat.test-helpers.js";

describe("workflows.list / get", () => {
  it("lists every workflow and gets one with its fields", async () => {
    const { af } = await setup();
    const workflows = await af.workflows.list({ sort_by: "name", order: "asc" }).toArray();
    expect(workflows.map((workflow) => workflow.name)).toEqual([
      "Contract review",
      "Invoice extraction",
      "Resume parsing",
    ]);
    const invoice = await af.workflows.get(workflows[1]!.id);
    expect(invoice.fields?.map((field) => field.name)).toContain("total_amount");
  });

  it("throws NotFoundError with AnyFormat's code, message and request id for an unknown workflow", async () => {
    const { af } = await setup();
    const error = await af.workflows
      .get("01a206e6-9892-7b63-a699-be600fca1c9e")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      code: "NOT_FOUND",
      message: "404 Workflow not found.",
      retryable: false,
      requestId: expect.stringMatching(/^req_/),
    });
  });

  it("throws AuthenticationError (401 AUTH_FAILED) for a key the API does not know", async () => {
    const { emulator } = await setup({ apiKeys: ["af_test_0123456789abcdef"] });
    const { createAnyformatClient } = await import("./client.js");
    const stranger = createAnyformatClient({ apiKey: "af_unknown_key_000", baseUrl: emulator.url });
    const error = await stranger.workflows
      .list()
      .toArray()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: "AUTH_FAILED" });
  });
});

describe("workflows.run / results / poll / runAndWait", () => {
  it("runs a Blob, a File, bytes with a filename and text, each answered 202 with a collection id", async () => {
    const { af, workflowId } = await setup();
    const inputs = [
      { file: new Blob(["%PDF"], { type: "application/pdf" }), filename: "blob.pdf" },
      { file: new File(["%PDF"], "file.pdf") },
      { file: new Uint8Array([37, 80, 68, 70]), filename: "bytes.pdf" },
      { file: new Uint8Array([37, 80, 68, 70]).buffer, filename: "buffer.pdf" },
      { text: "Invoice #12345 from Acme Corp. Total: $1,250.00" },
    ];
    for (const input of inputs) {
      const run = await af.workflows.run(workflowId, input);
      expect(run).toMatchObject({
        id: expect.any(String),
        workflow_id: workflowId,
        version_id: expect.any(String),
      });
    }
    const names = (await af.workflows.listFiles(workflowId).toArray()).map((file) => file.name);
    expect(names).toEqual([null, "buffer.pdf", "bytes.pdf", "file.pdf", "blob.pdf"]);
  });

  it("refuses bytes without a filename before sending anything", async () => {
    const { af, workflowId, emulator } = await setup();
    const before = emulator.state.counters.requests;
    await expect(af.workflows.run(workflowId, { file: new Uint8Array([1]) })).rejects.toThrow(/filename/);
    expect(emulator.state.counters.requests).toBe(before);
  });

  it("results() throws a 412 PRECONDITION_FAILED ApiError while processing and returns results when done", async () => {
    const { af, workflowId } = await setup();
    const run = await af.workflows.run(workflowId, { text: "Invoice 1" });
    const early = await af.workflows.results(workflowId, run.id).catch((caught: unknown) => caught);
    expect(early).toBeInstanceOf(ApiError);
    expect(early).toMatchObject({ status: 412, code: "PRECONDITION_FAILED", retryable: true });
    const results = await af.workflows.poll(workflowId, run.id, FAST);
    expect(await af.workflows.results(workflowId, run.id)).toEqual(results);
  });

  it("runAndWait returns the results, reporting progress on the way", async () => {
    const { af, workflowId } = await setup();
    const seen: (string | undefined)[] = [];
    const results = await af.workflows.runAndWait(
      workflowId,
      { file: new File(["%PDF"], "invoice.pdf") },
      { ...FAST, timeoutMs: 10_000, onProgress: (state) => seen.push(state?.collection_id) },
    );
    expect(results.extraction?.["invoice_number"]).toMatchObject({
      value: expect.any(String),
      confidence: expect.any(Number),
    });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(0)).toBeUndefined();
    expect(seen.at(-1)).toBe(results.collection_id);
  });

  it("runAndWait throws RunFailedError for a failed run and for a cancelled one", async () => {
    const { af, workflowId } = await setup();
    const failed = await af.workflows
      .runAndWait(workflowId, { text: "this should fail" }, FAST)
      .catch((caught: unknown) => caught);
    expect(failed).toBeInstanceOf(RunFailedError);
    expect(failed).toMatchObject({
      status: "error",
      run: { workflow_id: workflowId, status: "error", error: { error_code: "EXTRACTION_FAILED" } },
    });
    const cancelled = await af.workflows
      .runAndWait(workflowId, { file: new File(["x"], "cancel.pdf") }, FAST)
      .catch((caught: unknown) => caught);
    expect(cancelled).toBeInstanceOf(RunFailedError);
    expect(cancelled).toMatchObject({
      status: "cancelled",
      run: { error: { error_code: "EXTRACTION_CANCELLED" } },
    });
  });

  it("stops waiting with AbortError when the signal aborts mid-poll", async () => {
    const { af, workflowId, emulator } = await setup({ processingMs: 60_000 });
    const controller = new AbortController();
    const waiting = af.workflows.runAndWait(
      workflowId,
      { text: "slow" },
      { ...FAST, signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(waiting).rejects.toBeInstanceOf(AbortError);
    const checks = emulator.state.countRequests({ method: "GET", path: /\/results\/$/ });
    expect(checks).toBe(1);
  });

  it("gives up with PollTimeoutError after timeoutMs", async () => {
    const { af, workflowId } = await setup({ processingMs: 60_000 });
    const error = await af.workflows
      .runAndWait(workflowId, { text: "slow" }, { ...FAST, timeoutMs: 100 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PollTimeoutError);
  });
});

describe("workflows.listRuns / listFiles", () => {
  it("walks every run newest first across pages, with read-ahead, and resumes from a page", async () => {
    const { af, workflowId, emulator } = await setup({ seed: { runs: 250, seed: 8, workflows: 1 } });
    const runs = await af.workflows.listRuns(workflowId, { pageSize: 40, concurrency: 3 }).toArray();
    expect(runs).toHaveLength(250);
    expect(new Set(runs.map((run) => run.id)).size).toBe(250);
    const created = runs.map((run) => run.created_at ?? "");
    expect(created).toEqual([...created].sort().reverse());
    expect(emulator.state.countRequests({ path: `/v2/workflows/${workflowId}/runs/` })).toBe(7);
    const pages = [];
    for await (const page of af.workflows.listRuns(workflowId, { pageSize: 100, startPage: 2 }).pages())
      pages.push(page);
    expect(pages.map((page) => page.items.length)).toEqual([100, 50]);
    expect(pages[0]!.items[0]!.id).toBe(runs[100]!.id);
    expect(pages.map((page) => page.nextCursor)).toEqual([3, null]);
  });

  it("stops at maxItems and lists file collections with their names", async () => {
    const { af, workflowId } = await setup({ seed: { runs: 30, seed: 8, workflows: 1 } });
    const files = await af.workflows.listFiles(workflowId, { maxItems: 7, pageSize: 5 }).toArray();
    expect(files).toHaveLength(7);
    expect(files[0]).toMatchObject({ id: expect.any(String), status: expect.any(String) });
    expect(files.some((file) => typeof file.name === "string" && file.name.startsWith("invoice-"))).toBe(
      true,
    );
  });
});

describe("retries and rate limits", () => {
  it("waits Retry-After and retries a 429, creating exactly one run", async () => {
    const { af, workflowId, emulator } = await setup({ rateLimit: { limit: 1, windowMs: 1000 } });
    emulator.state.reset();
    const run = await af.workflows.run(workflowId, { text: "Invoice 9" });
    const statuses = emulator.state.requestLog.map((entry) => entry.status);
    expect(statuses).toContain(429);
    expect(statuses.at(-1)).toBe(202);
    const all = await af.workflows.listRuns(workflowId).toArray();
    expect(all.map((entry) => entry.id)).toEqual([run.id]);
  });

  it("throws RateLimitError with the Retry-After hint when retries are off", async () => {
    const { af, emulator } = await setup({ rateLimit: { limit: 1, windowMs: 60_000 } }, { maxRetries: 0 });
    emulator.state.reset();
    const error = await af.health().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({
      status: 429,
      code: "RATE_LIMITED",
      retryable: true,
      retryAfterMs: expect.any(Number),
    });
  });
});
