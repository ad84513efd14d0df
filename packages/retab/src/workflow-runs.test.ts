import { AbortError, PollTimeoutError, RunFailedError, TimeoutError } from "@docrun/core";
import { startRecordingServer } from "../../../test-support/recording-server.js";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError, createRetabClient, type WorkflowRun } from "./index.js";
import {
  fastPoll,
  INVOICES,
  pdfBytes,
  retabStore,
  startHarness,
  type Harness,
} from "./retab.test-helpers.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.emulator.close();
  harness = undefined;
});

describe("workflowRuns.list", () => {
  it("pages forward through every run with `after`, and backward from `before`", async () => {
    harness = await startHarness({ seed: { runs: 230, seed: 4 } });
    const retab = harness.client();
    const forward = await retab.workflowRuns.list({ limit: 50 }).toArray();
    expect(forward).toHaveLength(230);
    expect(new Set(forward.map((run) => run.id)).size).toBe(230);
    const created = forward.map((run) => Date.parse(run.timing.created_at!));
    expect(created).toEqual([...created].sort((a, b) => b - a));

    const pages = [];
    for await (const page of retab.workflowRuns.list({ limit: 50, before: forward[200]!.id }).pages())
      pages.push(page.items.map((run) => run.id));
    expect(pages.map((ids) => ids.length)).toEqual([50, 50, 50, 50]);
    expect(pages.flat().sort()).toEqual(
      forward
        .slice(0, 200)
        .map((run) => run.id)
        .sort(),
    );
    expect(pages[0]).toEqual(forward.slice(150, 200).map((run) => run.id));

    const resumed = await retab.workflowRuns.list({ limit: 100, after: forward[99]!.id }).toArray();
    expect(resumed.map((run) => run.id)).toEqual(forward.slice(100).map((run) => run.id));
  });

  it("sends every filter under Retab's names (metadata as JSON, Dates as YYYY-MM-DD)", async () => {
    harness = await startHarness({ seed: { runs: 400, seed: 9 } });
    const retab = harness.client();
    const all = await retab.workflowRuns.list({ limit: 100 }).toArray();
    const sample = all.find(
      (run) => run.metadata?.["tenant"] !== undefined && run.lifecycle.status === "completed",
    )!;
    const day = sample.timing.created_at!.slice(0, 10);
    const filtered = await retab.workflowRuns
      .list({
        workflow_id: sample.workflow_id,
        status: "completed",
        exclude_status: "error",
        trigger_type: sample.trigger.type as "api",
        from_date: new Date(`${day}T12:00:00Z`),
        to_date: day,
        min_duration_ms: 0,
        max_duration_ms: 10_000_000,
        search: sample.id.slice(4, 12),
        metadata: { tenant: sample.metadata!["tenant"]! },
        order: "asc",
        sort_by: "timing.created_at",
        limit: 10,
      })
      .toArray();
    expect(filtered.map((run) => run.id)).toEqual([sample.id]);
    const query = new URLSearchParams(harness.emulator.state.requestLog.at(-1)!.query);
    expect(Object.fromEntries(query)).toMatchObject({
      from_date: day,
      to_date: day,
      metadata: JSON.stringify({ tenant: sample.metadata!["tenant"] }),
      order: "asc",
    });
  });

  it("refuses a limit outside 1–100 and empty ids before any request", async () => {
    harness = await startHarness();
    const retab = harness.client();
    expect(() => retab.workflowRuns.list({ limit: 0 })).toThrow(ConfigurationError);
    expect(() => retab.workflowRuns.list({ limit: 101 })).toThrow(/limit must be an integer from 1 to 100/);
    await expect(retab.workflowRuns.get("")).rejects.toThrow(ConfigurationError);
    await expect(retab.workflowRuns.cancel(" ")).rejects.toThrow(ConfigurationError);
    await expect(retab.workflowRuns.delete("")).rejects.toThrow(ConfigurationError);
    await expect(retab.workflowRuns.create({ workflow_id: "" })).rejects.toThrow(ConfigurationError);
    await expect(
      retab.workflowRuns.create({ workflow_id: INVOICES }, { idempotencyKey: "" }),
    ).rejects.toThrow(/idempotencyKey/);
    await expect(
      retab.workflowRuns.createAndPoll({ workflow_id: INVOICES }, { idempotencyKey: " " }),
    ).rejects.toThrow(ConfigurationError);
    await expect(retab.workflowRuns.cancel("run_1", { commandId: "" })).rejects.toThrow(/commandId/);
    await expect(retab.steps.get("step_1", { runId: "" })).rejects.toThrow(/runId/);
    expect(harness.emulator.state.countRequests()).toBe(0);
  });
});

describe("workflowRuns.create / get / cancel / delete", () => {
  it("creates a run from a File, a Blob with a name, Uint8Array and ArrayBuffer inputs (sent as data-URL MIMEData)", async () => {
    harness = await startHarness({ processingMs: 60_000 });
    const retab = harness.client();
    const run = await retab.workflowRuns.create({
      workflow_id: "wf_9Kd3sLq5wEr7",
      documents: {
        "start-document-1": new File([pdfBytes], "id-card.pdf", { type: "application/pdf" }),
        "start-document-2": { file: new Blob([pdfBytes]), filename: "scan.png" },
        "start-document-3": { file: pdfBytes, filename: "raw.pdf" },
        "start-document-4": {
          file: pdfBytes.slice().buffer,
          filename: "buffer.bin",
          mimeType: "application/x-custom",
        },
      },
      json_inputs: { "start-json-1": { customer: "ACME GmbH" } },
      metadata: { tenant: "acme" },
    });
    expect(run.lifecycle.status).toBe("pending");
    expect(run.id).toMatch(/^run_/);
    expect(
      Object.fromEntries(
        Object.entries(run.inputs?.documents ?? {}).map(([key, file]) => [
          key,
          [file.filename, file.mime_type],
        ]),
      ),
    ).toEqual({
      "start-document-1": ["id-card.pdf", "application/pdf"],
      "start-document-2": ["scan.png", "image/png"],
      "start-document-3": ["raw.pdf", "application/pdf"],
      "start-document-4": ["buffer.bin", "application/x-custom"],
    });
    expect(await retab.workflowRuns.get(run.id)).toMatchObject({
      id: run.id,
      metadata: { tenant: "acme" },
      inputs: { json_data: { "start-json-1": { customer: "ACME GmbH" } } },
    });
  });

  it("cancels a running run and deletes it", async () => {
    harness = await startHarness({ processingMs: 60_000 });
    const retab = harness.client();
    const run = await retab.workflowRuns.create({ workflow_id: INVOICES });
    const cancelled = await retab.workflowRuns.cancel(run.id, { commandId: "cancel-1" });
    expect(cancelled).toMatchObject({
      cancellation_status: "cancelled",
      run: { id: run.id, lifecycle: { status: "cancelled" } },
    });
    await retab.workflowRuns.delete(run.id);
    await expect(retab.workflowRuns.get(run.id)).rejects.toMatchObject({
      name: "NotFoundError",
      status: 404,
    });
  });
});

describe("workflowRuns.createAndPoll / poll", () => {
  it("returns the completed run and reports progress", async () => {
    harness = await startHarness({ processingMs: 150 });
    const retab = harness.client();
    const seen: string[] = [];
    const run = await retab.workflowRuns.createAndPoll(
      {
        workflow_id: INVOICES,
        documents: { "start-document-1": { file: pdfBytes, filename: "invoice.pdf" } },
      },
      { ...fastPoll, onProgress: (state) => state && seen.push(state.lifecycle.status) },
    );
    expect(run.lifecycle.status).toBe("completed");
    expect(seen.at(-1)).toBe("completed");
    expect(seen.length).toBeGreaterThan(1);
  });

  it(
    "timeoutMs bounds the create as well as the wait: a create that never answers fails, not hangs",
    { timeout: 5_000 },
    async () => {
      const silent = await startRecordingServer(() => null);
      try {
        const retab = createRetabClient({ apiKey: "sk_test_silent", baseUrl: silent.url, maxRetries: 0 });
        const error = await retab.workflowRuns
          .createAndPoll({ workflow_id: INVOICES }, { ...fastPoll, timeoutMs: 200 })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TimeoutError);
        expect(silent.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
          "POST /v1/workflows/runs",
        ]);
      } finally {
        await silent.close();
      }
    },
  );

  it("throws RunFailedError for a failed run and for a cancelled one, carrying the run", async () => {
    harness = await startHarness({ processingMs: 50 });
    const retab = harness.client();
    const failure = await retab.workflowRuns
      .createAndPoll(
        {
          workflow_id: INVOICES,
          documents: { "start-document-1": { file: pdfBytes, filename: "will-fail.pdf" } },
        },
        fastPoll,
      )
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RunFailedError);
    expect((failure as RunFailedError).status).toBe("error");
    expect(((failure as RunFailedError).run as WorkflowRun).lifecycle).toMatchObject({
      status: "error",
      message: expect.any(String),
    });
    const cancelled = await retab.workflowRuns
      .createAndPoll({ workflow_id: INVOICES, metadata: { emulator_outcome: "cancelled" } }, fastPoll)
      .catch((error: unknown) => error);
    expect(cancelled).toBeInstanceOf(RunFailedError);
    expect((cancelled as RunFailedError).status).toBe("cancelled");
  });

  it("stops at awaiting_review by default, and waits through it (until its timeout) with stopOnReview: false", async () => {
    harness = await startHarness({ processingMs: 30 });
    const retab = harness.client();
    const body = { workflow_id: INVOICES, metadata: { emulator_outcome: "needs_review" } };
    const paused = await retab.workflowRuns.createAndPoll(body, fastPoll);
    expect(paused.lifecycle).toEqual({ status: "awaiting_review", waiting_for_block_ids: ["extract-1"] });
    const waiting = await retab.workflowRuns
      .poll(paused.id, { ...fastPoll, stopOnReview: false, timeoutMs: 200 })
      .catch((error: unknown) => error);
    expect(waiting).toBeInstanceOf(PollTimeoutError);
    expect(((waiting as PollTimeoutError).lastState as WorkflowRun).lifecycle.status).toBe("awaiting_review");
  });

  it("rejects with AbortError when the signal aborts mid-poll", async () => {
    harness = await startHarness({ processingMs: 60_000 });
    const retab = harness.client();
    const controller = new AbortController();
    const waiting = retab.workflowRuns.createAndPoll(
      { workflow_id: INVOICES },
      {
        ...fastPoll,
        signal: controller.signal,
        onProgress: (_state, { attempt }) => attempt === 2 && controller.abort(),
      },
    );
    await expect(waiting).rejects.toBeInstanceOf(AbortError);
    expect(retabStore(harness.emulator).runs.size).toBe(1);
  });
});

describe("idempotent create under faults", () => {
  for (const fault of ["errorRate", "resetRate"] as const) {
    it(`retries a create whose first attempt was processed but answered with a ${fault === "errorRate" ? "500" : "connection reset"}, making exactly one run`, async () => {
      harness = await startHarness({
        random: 1,
        faultsAfterHandle: true,
        faults: { [fault]: 0.5, onlyMethods: ["POST"], onlyPaths: ["/v1/workflows/runs"] },
      });
      const retries: number[] = [];
      const retab = harness.client({ onRetry: (info) => retries.push(info.attempt) });
      const run = await retab.workflowRuns.create({ workflow_id: INVOICES });
      const posts = harness.emulator.state.requestLog.filter((entry) => entry.method === "POST");
      expect(posts.length).toBeGreaterThanOrEqual(2);
      expect(new Set(posts.map((entry) => entry.idempotencyKey)).size).toBe(1);
      expect(posts[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
      expect(retries.length).toBe(posts.length - 1);
      const store = retabStore(harness.emulator);
      expect(store.runs.size).toBe(1);
      expect(store.runs.has(run.id)).toBe(true);
      expect(store.idempotency.get(posts[0]!.idempotencyKey!)).toMatchObject({ runId: run.id });
    });
  }

  it("uses a caller's own Idempotency-Key, and a new key per call otherwise", async () => {
    harness = await startHarness();
    const retab = harness.client();
    const first = await retab.workflowRuns.create({ workflow_id: INVOICES }, { idempotencyKey: "order-42" });
    const again = await retab.workflowRuns.create({ workflow_id: INVOICES }, { idempotencyKey: "order-42" });
    expect(again.id).toBe(first.id);
    await retab.workflowRuns.create({ workflow_id: INVOICES });
    await retab.workflowRuns.create({ workflow_id: INVOICES });
    const keys = harness.emulator.state.requestLog
      .filter((entry) => entry.method === "POST")
      .map((entry) => entry.idempotencyKey);
    expect(keys.slice(0, 2)).toEqual(["order-42", "order-42"]);
    expect(keys[2]).not.toBe(keys[3]);
    expect(retabStore(harness.emulator).runs.size).toBe(3);
  });
});
