import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, startRecordingServer, WORKFLOW_ID, type Harness } from "./extend.test-helpers.js";
import {
  AbortError,
  AuthenticationError,
  BadRequestError,
  createExtendClient,
  NotFoundError,
  PollTimeoutError,
  RateLimitError,
  RunFailedError,
  TimeoutError,
  UnprocessableEntityError,
  type WorkflowRun,
} from "./index.js";

const fast = { interval: { initialMs: 10, maxMs: 20 } };
const file = (name = "invoice.pdf") => ({ url: `https://files.example.com/${name}` });

describe("workflowRuns against the emulator", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ processingMs: 60, seed: { runs: 300, seed: 4 } });
  });
  afterAll(async () => {
    await h.close();
  });

  it("lists every run across pages, each exactly once", async () => {
    const runs = await h.extend.workflowRuns
      .list({ maxPageSize: 37, sortBy: "createdAt", sortDir: "asc" })
      .toArray();
    expect(runs.length).toBeGreaterThanOrEqual(300);
    expect(new Set(runs.map((run) => run.id)).size).toBe(runs.length);
    const pages = [];
    for await (const page of h.extend.workflowRuns.list({ maxPageSize: 100, maxPages: 2 }).pages())
      pages.push(page);
    expect(pages).toHaveLength(2);
    expect(pages[0]!.nextCursor).toEqual(expect.any(String));
    expect(pages[0]!.requestId).toMatch(/^req_/);
  });

  it("resumes from a page cursor with startToken", async () => {
    const first = h.extend.workflowRuns
      .list({ maxPageSize: 10, sortBy: "createdAt" })
      .pages()
      [Symbol.asyncIterator]();
    const page = (await first.next()).value!;
    const resumed = await h.extend.workflowRuns
      .list({ maxPageSize: 10, sortBy: "createdAt", startToken: page.nextCursor!, maxItems: 10 })
      .toArray();
    expect(resumed).toHaveLength(10);
    expect(resumed.map((run) => run.id)).not.toContain(page.items[0]!.id);
  });

  it("sends every filter", async () => {
    const failed = await h.extend.workflowRuns.list({ status: "FAILED", maxPageSize: 50 }).toArray();
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((run) => run.status === "FAILED")).toBe(true);
    const mine = await h.extend.workflowRuns
      .list({ workflowId: WORKFLOW_ID, fileNameContains: "invoice", maxItems: 20 })
      .toArray();
    expect(
      mine.every(
        (run) => run.workflow.id === WORKFLOW_ID && run.files.some((f) => f.name.includes("invoice")),
      ),
    ).toBe(true);
    const batched = (await h.extend.workflowRuns.list({ maxPageSize: 1000 }).toArray()).find(
      (run) => run.batchId !== null,
    )!;
    const batch = await h.extend.workflowRuns.list({ batchId: batched.batchId! }).toArray();
    expect(batch.length).toBeGreaterThan(1);
    expect(batch.every((run) => run.batchId === batched.batchId)).toBe(true);
  });

  it("creates, gets, updates and deletes a run", async () => {
    const created = await h.extend.workflowRuns.create({
      workflow: { id: WORKFLOW_ID },
      file: file(),
      metadata: { customerId: "c1", source: "email" },
    });
    expect(created.status).toBe("PENDING");
    expect((await h.extend.workflowRuns.get(created.id)).id).toBe(created.id);
    const updated = await h.extend.workflowRuns.update(created.id, {
      name: "Invoice #1",
      metadata: { source: "api" },
    });
    expect(updated.metadata).toEqual({ customerId: "c1", source: "api" });
    expect(await h.extend.workflowRuns.delete(created.id)).toEqual({ id: created.id });
    const missing = await h.extend.workflowRuns.get(created.id).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({
      status: 404,
      code: "NOT_FOUND",
      requestId: expect.stringMatching(/^req_/),
    });
  });

  it("createAndPoll returns the finished run, and NEEDS_REVIEW is returned rather than thrown", async () => {
    const progress: string[] = [];
    const done = await h.extend.workflowRuns.createAndPoll(
      { workflow: { id: WORKFLOW_ID }, file: file() },
      { ...fast, onProgress: (run) => progress.push(run?.status ?? "?") },
    );
    expect(done.status).toBe("PROCESSED");
    expect(done.stepRuns.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe("PROCESSED");
    const review = await h.extend.workflowRuns.createAndPoll(
      { workflow: { id: WORKFLOW_ID }, file: file("needs-review.pdf") },
      fast,
    );
    expect(review.status).toBe("NEEDS_REVIEW");
  });

  it("createAndPoll throws RunFailedError carrying the run when it fails", async () => {
    const error = await h.extend.workflowRuns
      .createAndPoll(
        { workflow: { id: WORKFLOW_ID }, file: file(), metadata: { emulator_outcome: "failed" } },
        fast,
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFailedError);
    expect((error as RunFailedError).status).toBe("FAILED");
    expect(((error as RunFailedError).run as WorkflowRun).failureReason).toEqual(expect.any(String));
  });

  it("poll waits on an existing run; a cancelled run throws RunFailedError carrying it", async () => {
    const created = await h.extend.workflowRuns.create({ workflow: { id: WORKFLOW_ID }, file: file() });
    expect((await h.extend.workflowRuns.poll(created.id, fast)).status).toBe("PROCESSED");
    const other = await h.extend.workflowRuns.create({ workflow: { id: WORKFLOW_ID }, file: file() });
    const cancelled = await h.extend.workflowRuns.cancel(other.id);
    expect(["CANCELLING", "CANCELLED"]).toContain(cancelled.status);
    const error = await h.extend.workflowRuns.poll(other.id, fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFailedError);
    expect((error as RunFailedError).status).toBe("CANCELLED");
    expect(((error as RunFailedError).run as WorkflowRun).id).toBe(other.id);
  });

  it("a run cancelled through metadata ends createAndPoll in RunFailedError too", async () => {
    const error = await h.extend.workflowRuns
      .createAndPoll(
        { workflow: { id: WORKFLOW_ID }, file: file(), metadata: { emulator_outcome: "cancelled" } },
        fast,
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFailedError);
    expect((error as RunFailedError).status).toBe("CANCELLED");
  });

  it("cancel of a finished run is a BadRequestError with Extend's code", async () => {
    const done = await h.extend.workflowRuns.createAndPoll(
      { workflow: { id: WORKFLOW_ID }, file: file() },
      fast,
    );
    const error = await h.extend.workflowRuns.cancel(done.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: "INVALID_REQUEST", retryable: false });
  });

  it("an abort mid-poll rejects with AbortError", async () => {
    const slow = await startHarness({ processingMs: 60_000 });
    try {
      const controller = new AbortController();
      const waiting = slow.extend.workflowRuns.createAndPoll(
        { workflow: { id: WORKFLOW_ID }, file: file() },
        { ...fast, signal: controller.signal, onProgress: () => controller.abort() },
      );
      await expect(waiting).rejects.toBeInstanceOf(AbortError);
    } finally {
      await slow.close();
    }
  });

  it("gives up when timeoutMs passes instead of waiting for a run that never ends", async () => {
    const slow = await startHarness({ processingMs: 60_000 });
    try {
      const progress: string[] = [];
      const error = await slow.extend.workflowRuns
        .createAndPoll(
          { workflow: { id: WORKFLOW_ID }, file: file() },
          { ...fast, timeoutMs: 200, onProgress: (run) => progress.push(run!.status) },
        )
        .catch((e: unknown) => e);
      // Even when the last check runs into the deadline, core's poll reports the wait's timeout.
      expect(error).toBeInstanceOf(PollTimeoutError);
      expect(((error as PollTimeoutError).lastState as WorkflowRun).status).toMatch(/PENDING|PROCESSING/);
      expect(progress.length).toBeGreaterThan(0);
      expect(progress.every((status) => status === "PENDING" || status === "PROCESSING")).toBe(true);
    } finally {
      await slow.close();
    }
  });

  it(
    "timeoutMs bounds the create as well as the wait: a create that never answers fails, not hangs",
    { timeout: 5_000 },
    async () => {
      const silent = await startRecordingServer(() => null);
      try {
        const client = createExtendClient({ apiKey: "sk_test_silent", baseUrl: silent.url, maxRetries: 0 });
        const error = await client.workflowRuns
          .createAndPoll({ workflow: { id: WORKFLOW_ID }, file: file() }, { ...fast, timeoutMs: 200 })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TimeoutError);
        expect(silent.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
          "POST /workflow_runs",
        ]);
      } finally {
        await silent.close();
      }
    },
  );

  it("treats a status it does not know as final, so a wait never spins on it", async () => {
    // A future Extend status, injected by a fetch that rewrites the run's status on the way in.
    const rewrite: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (
        !/\/workflow_runs\/[^/]+$/.test(new URL(url).pathname) ||
        (input instanceof Request ? input.method : "GET") !== "GET"
      )
        return response;
      const body = (await response.json()) as Record<string, unknown>;
      return new Response(JSON.stringify({ ...body, status: "ARCHIVED" }), {
        status: response.status,
        headers: response.headers,
      });
    };
    const client = createExtendClient({ apiKey: "sk_test_rewrite", baseUrl: h.emulator.url, fetch: rewrite });
    const run = await client.workflowRuns.createAndPoll(
      { workflow: { id: WORKFLOW_ID }, file: file() },
      fast,
    );
    expect(run.status).toBe("ARCHIVED");
  });

  it("batchCreate makes one run per input under one batch id", async () => {
    const inputs = Array.from({ length: 12 }, (_, i) => ({ file: file(`doc-${i}.pdf`), metadata: { i } }));
    const { batchId } = await h.extend.workflowRuns.batchCreate({ workflow: { id: WORKFLOW_ID }, inputs });
    // createdAt order: these runs change status (and updatedAt) while the pages are read.
    const runs = await h.extend.workflowRuns.list({ batchId, sortBy: "createdAt" }).toArray();
    expect(runs).toHaveLength(12);
  });

  it("honours signal on every kind of call", async () => {
    const aborted = AbortSignal.abort();
    await expect(h.extend.workflowRuns.list({ signal: aborted }).toArray()).rejects.toBeInstanceOf(
      AbortError,
    );
    await expect(h.extend.workflowRuns.get("workflow_run_x", { signal: aborted })).rejects.toBeInstanceOf(
      AbortError,
    );
    await expect(
      h.extend.workflowRuns.create({ workflow: { id: WORKFLOW_ID }, file: file() }, { signal: aborted }),
    ).rejects.toBeInstanceOf(AbortError);
    await expect(h.extend.workflows.list({ signal: aborted }).toArray()).rejects.toBeInstanceOf(AbortError);
    await expect(h.extend.files.upload(new File(["x"], "x.txt"), { signal: aborted })).rejects.toBeInstanceOf(
      AbortError,
    );
  });

  it("surfaces 422 as UnprocessableEntityError", async () => {
    const error = await h.extend.workflowRuns
      .create({ workflow: { id: WORKFLOW_ID, version: "99" }, file: file() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error).toMatchObject({ status: 422, code: "UNPROCESSABLE_ENTITY" });
  });
});

describe("workflowRuns: authentication and rate limits", () => {
  it("throws AuthenticationError for a key the API does not know", async () => {
    const h = await startHarness({ apiKeys: ["sk_live_known_key_1234"] });
    try {
      const error = await h.extend.workflowRuns
        .list()
        .toArray()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ status: 401, code: "UNAUTHORIZED" });
    } finally {
      await h.close();
    }
  });

  it("retries a 429 after Retry-After and then succeeds (also for a create)", async () => {
    const h = await startHarness({ rateLimit: { limit: 1, windowMs: 1000 } });
    try {
      await h.extend.workflows.list().toArray();
      const run = await h.extend.workflowRuns.create({ workflow: { id: WORKFLOW_ID }, file: file() });
      expect(run.status).toBe("PENDING");
      expect(h.emulator.state.countRequests({ method: "POST", path: "/workflow_runs", status: 429 })).toBe(1);
      expect(h.emulator.state.countRequests({ method: "POST", path: "/workflow_runs", status: 200 })).toBe(1);
    } finally {
      await h.close();
    }
  });

  it("throws RateLimitError with the server's hint when retries are exhausted", async () => {
    const h = await startHarness({ faults: { rateLimitRate: 1, retryAfterSeconds: 2 } }, { maxRetries: 0 });
    try {
      const error = await h.extend.workflowRuns.get("workflow_run_x").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({
        status: 429,
        code: "RATE_LIMIT_EXCEEDED",
        retryable: true,
        retryAfterMs: 2000,
      });
    } finally {
      await h.close();
    }
  });
});

describe("createAndPoll against runs that end in REJECTED or a status unknown to this package", () => {
  const answerWith = (status: string) =>
    startRecordingServer((request) =>
      request.method === "POST"
        ? { status: 200, body: { id: "workflow_run_1", status: "PENDING" } }
        : { status: 200, body: { id: "workflow_run_1", status } },
    );

  it("REJECTED throws RunFailedError carrying the run", async () => {
    const server = await answerWith("REJECTED");
    try {
      const client = createExtendClient({ apiKey: "sk_test_rejected", baseUrl: server.url });
      const error = await client.workflowRuns
        .createAndPoll({ workflow: { id: WORKFLOW_ID }, file: file() }, { ...fast, timeoutMs: 2_000 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RunFailedError);
      expect((error as RunFailedError).status).toBe("REJECTED");
      expect(((error as RunFailedError).run as WorkflowRun).id).toBe("workflow_run_1");
    } finally {
      await server.close();
    }
  });

  it("an unknown status is terminal by Extend's rule and is returned", async () => {
    const server = await answerWith("ARCHIVED");
    try {
      const client = createExtendClient({ apiKey: "sk_test_unknown", baseUrl: server.url });
      const run = await client.workflowRuns.createAndPoll(
        { workflow: { id: WORKFLOW_ID }, file: file() },
        { ...fast, timeoutMs: 2_000 },
      );
      expect(run.status).toBe("ARCHIVED");
    } finally {
      await server.close();
    }
  });
});
