import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock, startExtend, WORKFLOW_ID, type ExtendHarness } from "./extend.test-helpers.js";

const PROCESSING_MS = 10_000;

describe("extend emulator: run lifecycle", () => {
  const clock = manualClock();
  let harness: ExtendHarness;
  beforeAll(async () => {
    harness = await startExtend({ clock, processingMs: PROCESSING_MS });
  });
  afterAll(async () => {
    await harness.emulator.close();
  });
  const get = async (id: string) => (await harness.call("GET", `/workflow_runs/${id}`)).body;

  it("moves PENDING → PROCESSING → PROCESSED over processingMs, filling times, steps and usage", async () => {
    const run = await harness.createRun();
    expect(run).toMatchObject({
      object: "workflow_run",
      status: "PENDING",
      startTime: null,
      endTime: null,
      stepRuns: [],
      usage: null,
    });
    expect(run.id).toMatch(/^workflow_run_[A-Za-z0-9_-]{21}$/);
    clock.advance(PROCESSING_MS / 2);
    const processing = await get(run.id);
    expect(processing.status).toBe("PROCESSING");
    expect(processing.startTime).not.toBeNull();
    clock.advance(PROCESSING_MS / 2);
    const done = await get(run.id);
    expect(done.status).toBe("PROCESSED");
    expect(Date.parse(done.endTime)).toBe(Date.parse(run.initialRunAt) + PROCESSING_MS);
    expect(done.stepRuns.map((step: any) => [step.stepType, step.status])).toEqual([
      ["PARSE", "PROCESSED"],
      ["EXTRACT", "PROCESSED"],
    ]);
    expect(done.stepRuns[1].result.extractRun.output.value).toHaveProperty("invoiceNumber");
    expect(done.usage.credits).toBeGreaterThan(0);
    expect(done.usage.breakdown.reduce((sum: number, entry: any) => sum + entry.credits, 0)).toBe(
      done.usage.credits,
    );
    expect(done.failureReason).toBeNull();
  });

  it.each([
    [{ url: "https://files.example.com/will-fail.pdf" }, {}, "FAILED"],
    [{ url: "https://files.example.com/needs-review.pdf" }, {}, "NEEDS_REVIEW"],
    [{ text: "Please fail this one", name: "note.txt" }, {}, "FAILED"],
    [{ url: "https://files.example.com/a.pdf" }, { metadata: { emulator_outcome: "failed" } }, "FAILED"],
    [
      { url: "https://files.example.com/a.pdf" },
      { metadata: { emulator_outcome: "needs_review" } },
      "NEEDS_REVIEW",
    ],
    [
      { url: "https://files.example.com/a.pdf" },
      { metadata: { emulator_outcome: "cancelled" } },
      "CANCELLED",
    ],
    [
      { url: "https://files.example.com/fail.pdf" },
      { metadata: { emulator_outcome: "succeeded" } },
      "PROCESSED",
    ],
    [{ url: "https://files.example.com/rejected-invoice.pdf" }, {}, "REJECTED"],
    [{ text: "Reject this one, please", name: "note.txt" }, {}, "REJECTED"],
    [{ url: "https://files.example.com/a.pdf" }, { metadata: { emulator_outcome: "rejected" } }, "REJECTED"],
    // fail beats reject, reject beats review, metadata beats the name.
    [{ url: "https://files.example.com/reject-or-fail.pdf" }, {}, "FAILED"],
    [{ url: "https://files.example.com/review-then-reject.pdf" }, {}, "REJECTED"],
    [
      { url: "https://files.example.com/reject.pdf" },
      { metadata: { emulator_outcome: "needs_review" } },
      "NEEDS_REVIEW",
    ],
  ])("ends %j %j as %s", async (file, extra, status) => {
    const run = await harness.createRun(file, extra);
    clock.advance(PROCESSING_MS);
    const done = await get(run.id);
    expect(done.status).toBe(status);
    if (status === "FAILED") {
      expect(done.failureReason).toEqual(expect.any(String));
      expect(done.failureMessage).toEqual(expect.any(String));
      expect(done.stepRuns.at(-1).status).toBe("FAILED");
    }
  });

  it("shows a REJECTED run rejected in review from the moment it ends: reviewer, note, usage, steps", async () => {
    const run = await harness.createRun({ url: "https://files.example.com/reject-me.pdf" });
    clock.advance(PROCESSING_MS - 1);
    expect(await get(run.id)).toMatchObject({ status: "PROCESSING", reviewed: false, rejectionNote: null });
    clock.advance(1);
    const rejected = await get(run.id);
    expect(rejected).toMatchObject({
      status: "REJECTED",
      reviewed: true,
      reviewedByUser: expect.stringContaining("@"),
      reviewedAt: rejected.endTime,
      rejectionNote: expect.any(String),
      failureReason: null,
      failureMessage: null,
    });
    expect(rejected.stepRuns.map((step: any) => step.status)).toEqual(["PROCESSED", "PROCESSED"]);
    expect(rejected.usage.credits).toBeGreaterThan(0);
    const listed = (await harness.call("GET", "/workflow_runs?status=REJECTED&maxPageSize=100")).body.data;
    expect(listed.find((item: any) => item.id === run.id)).toMatchObject({
      status: "REJECTED",
      reviewedByUser: rejected.reviewedByUser,
      rejectionNote: rejected.rejectionNote,
      usage: { credits: rejected.usage.credits },
    });
  });

  it("a run cancelled before its planned rejection is cancelled, never reviewed", async () => {
    const run = await harness.createRun({ url: "https://files.example.com/reject-me.pdf" });
    clock.advance(PROCESSING_MS / 2);
    await harness.call("POST", `/workflow_runs/${run.id}/cancel`);
    clock.advance(PROCESSING_MS);
    expect(await get(run.id)).toMatchObject({
      status: "CANCELLED",
      reviewed: false,
      reviewedByUser: null,
      rejectionNote: null,
    });
  });

  it("cancels a PENDING run at once", async () => {
    const run = await harness.createRun();
    const cancelled = await harness.call("POST", `/workflow_runs/${run.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe("CANCELLED");
    clock.advance(PROCESSING_MS);
    expect((await get(run.id)).status).toBe("CANCELLED");
  });

  it("cancels a PROCESSING run through CANCELLING", async () => {
    const run = await harness.createRun();
    clock.advance(PROCESSING_MS / 2);
    const cancelling = await harness.call("POST", `/workflow_runs/${run.id}/cancel`);
    expect(cancelling.body.status).toBe("CANCELLING");
    clock.advance(1_000);
    const cancelled = await get(run.id);
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.endTime).not.toBeNull();
  });

  it("refuses to cancel a finished or already cancelled run with 400", async () => {
    const run = await harness.createRun();
    clock.advance(PROCESSING_MS);
    const refused = await harness.call("POST", `/workflow_runs/${run.id}/cancel`);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain("PROCESSED");
    const other = await harness.createRun();
    await harness.call("POST", `/workflow_runs/${other.id}/cancel`);
    expect((await harness.call("POST", `/workflow_runs/${other.id}/cancel`)).status).toBe(400);
  });

  it("updates the name and merges metadata, incoming keys winning", async () => {
    const run = await harness.createRun(undefined, { metadata: { customerId: "cust_1", source: "email" } });
    clock.advance(5);
    const updated = await harness.call("POST", `/workflow_runs/${run.id}`, {
      body: { name: "Invoice #1", metadata: { source: "api", page: 2 } },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.name).toBe("Invoice #1");
    expect(updated.body.metadata).toEqual({ customerId: "cust_1", source: "api", page: 2 });
    const listed = (await harness.call("GET", "/workflow_runs?maxPageSize=1")).body.data[0];
    expect(listed.id).toBe(run.id); // newest updatedAt first
  });

  it("deletes a run: {id}, then 404 everywhere", async () => {
    const run = await harness.createRun();
    const deleted = await harness.call("DELETE", `/workflow_runs/${run.id}`);
    expect(deleted).toMatchObject({ status: 200, body: { id: run.id } });
    expect((await harness.call("GET", `/workflow_runs/${run.id}`)).status).toBe(404);
    expect((await harness.call("DELETE", `/workflow_runs/${run.id}`)).status).toBe(404);
    expect((await harness.call("POST", `/workflow_runs/${run.id}/cancel`)).status).toBe(404);
    expect((await harness.call("POST", `/workflow_runs/${run.id}`, { body: { name: "x" } })).status).toBe(
      404,
    );
    const all = (await harness.call("GET", "/workflow_runs?maxPageSize=1000")).body.data;
    expect(all.map((item: any) => item.id)).not.toContain(run.id);
  });

  it("creates one run per batch input, all sharing the batch id", async () => {
    const inputs = Array.from({ length: 25 }, (_, i) => ({
      file: { url: `https://files.example.com/doc-${i}.pdf` },
      metadata: { i },
    }));
    const batch = await harness.call("POST", "/workflow_runs/batch", {
      body: { workflow: { id: WORKFLOW_ID }, inputs },
    });
    expect(batch.status).toBe(200);
    expect(batch.body.batchId).toMatch(/^batch_[A-Za-z0-9_-]{21}$/);
    const runs = (await harness.call("GET", `/workflow_runs?batchId=${batch.body.batchId}&maxPageSize=100`))
      .body.data;
    expect(runs).toHaveLength(25);
    expect(new Set(runs.map((run: any) => run.batchId))).toEqual(new Set([batch.body.batchId]));
  });

  it("runs a package of files as one run", async () => {
    const result = await harness.call("POST", "/workflow_runs", {
      body: {
        workflow: { id: WORKFLOW_ID },
        package: {
          files: [{ url: "https://files.example.com/a.pdf" }, { url: "https://files.example.com/b.pdf" }],
        },
      },
    });
    expect(result.status).toBe(200);
    expect(result.body.files.map((file: any) => file.name)).toEqual(["a.pdf", "b.pdf"]);
  });
});

describe("extend emulator: a REJECTED run created through the API", () => {
  it("reads like a seeded REJECTED run: review fields, note, billing and step statuses", async () => {
    const clock = manualClock();
    const harness = await startExtend({ clock, processingMs: 1_000, seed: { runs: 500, seed: 3 } });
    try {
      const seededId = (await harness.call("GET", "/workflow_runs?status=REJECTED&maxPageSize=1")).body
        .data[0].id;
      const seeded = (await harness.call("GET", `/workflow_runs/${seededId}`)).body;
      const run = await harness.createRun({ url: "https://files.example.com/rejected.pdf" });
      clock.advance(1_000);
      const created = (await harness.call("GET", `/workflow_runs/${run.id}`)).body;
      const shape = (body: any) => ({
        status: body.status,
        reviewed: body.reviewed,
        reviewedByUser: typeof body.reviewedByUser,
        reviewedAt: typeof body.reviewedAt,
        rejectionNote: body.rejectionNote,
        failureReason: body.failureReason,
        billed: body.usage?.credits > 0 && body.usage.breakdown.length > 0,
        stepStatuses: [...new Set(body.stepRuns.map((step: any) => step.status))],
      });
      expect(shape(seeded).status).toBe("REJECTED");
      expect(shape(created)).toEqual(shape(seeded));
    } finally {
      await harness.emulator.close();
    }
  });
});

describe("extend emulator: files", () => {
  let harness: ExtendHarness;
  beforeAll(async () => {
    harness = await startExtend({ processingMs: 0 });
  });
  afterAll(async () => {
    await harness.emulator.close();
  });

  it("uploads a file, serves it by id with a working download URL, and runs a workflow on it", async () => {
    const pdf = "%PDF-1.4\n1 0 obj << /Type /Page >>\n2 0 obj << /Type /Page >>\n%%EOF";
    const form = new FormData();
    form.append("file", new Blob([pdf], { type: "application/pdf" }), "contract-2026.pdf");
    const uploaded = await harness.call("POST", "/files/upload", { body: form });
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toMatchObject({
      object: "file",
      name: "contract-2026.pdf",
      type: "PDF",
      presignedUrl: null,
      metadata: { pageCount: 2 },
    });
    const fetched = await harness.call("GET", `/files/${uploaded.body.id}`);
    expect(fetched.body.presignedUrl).toEqual(expect.any(String));
    expect(await (await fetch(fetched.body.presignedUrl)).text()).toBe(pdf);
    const run = await harness.createRun({ id: uploaded.body.id });
    expect(run.files[0].id).toBe(uploaded.body.id);
  });

  it("returns raw text of a text file only when asked", async () => {
    const run = await harness.createRun({ text: "Total due: 12.00", name: "memo.txt" });
    const fileId = run.files[0].id;
    expect((await harness.call("GET", `/files/${fileId}`)).body.contents).toBeNull();
    expect((await harness.call("GET", `/files/${fileId}?rawText=true`)).body.contents).toEqual({
      rawText: "Total due: 12.00",
    });
  });

  it("lists files with nameContains, newest first by default", async () => {
    await harness.createRun({ url: "https://files.example.com/zebra-1.pdf" });
    await harness.createRun({ url: "https://files.example.com/zebra-2.pdf" });
    const listed = await harness.call("GET", "/files?nameContains=ZEBRA");
    expect(listed.body.data.map((file: any) => file.name)).toEqual(["zebra-2.pdf", "zebra-1.pdf"]);
    const ascending = await harness.call("GET", "/files?nameContains=zebra&sortDir=asc");
    expect(ascending.body.data.map((file: any) => file.name)).toEqual(["zebra-1.pdf", "zebra-2.pdf"]);
  });

  it("answers 404 for an unknown file", async () => {
    const result = await harness.call("GET", "/files/file_doesNotExist0000000000");
    expect(result.status).toBe(404);
    expect(result.body.code).toBe("NOT_FOUND");
  });
});

describe("extend emulator: workflows", () => {
  it("lists workflows and gets one with its draft steps", async () => {
    const harness = await startExtend();
    try {
      const listed = await harness.call("GET", "/workflows?sortBy=createdAt&sortDir=asc");
      expect(listed.body.data[0]).toMatchObject({
        object: "workflow",
        id: WORKFLOW_ID,
        name: "Invoice Processing",
      });
      const workflow = await harness.call("GET", `/workflows/${WORKFLOW_ID}`);
      expect(workflow.body.draftVersion).toMatchObject({ object: "workflow_version", version: "draft" });
      expect(workflow.body.draftVersion.steps.map((step: any) => step.type)).toEqual([
        "TRIGGER",
        "PARSE",
        "EXTRACT",
      ]);
      expect((await harness.call("GET", "/workflows/workflow_nope")).status).toBe(404);
    } finally {
      await harness.emulator.close();
    }
  });
});

describe("extend emulator: signed webhooks", () => {
  const secret = "wss_test_secret";
  const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  let receiver: Server;
  let receiverUrl: string;
  const clock = manualClock();
  let harness: ExtendHarness;

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const address = receiver.address();
    receiverUrl = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}/hooks`;
    harness = await startExtend({ clock, processingMs: 1_000, webhooks: [{ url: receiverUrl, secret }] });
  });
  afterAll(async () => {
    await harness.emulator.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  async function eventsFor(runId: string) {
    harness.emulator.state.runScheduled();
    await harness.emulator.state.webhooksIdle();
    return received
      .map((delivery) => ({ ...delivery, event: JSON.parse(delivery.body) }))
      .filter((d) => d.event.payload.id === runId);
  }

  it.each([
    ["https://files.example.com/ok.pdf", "workflow_run.completed", "PROCESSED"],
    ["https://files.example.com/fail.pdf", "workflow_run.failed", "FAILED"],
    ["https://files.example.com/review.pdf", "workflow_run.needs_review", "NEEDS_REVIEW"],
    ["https://files.example.com/reject.pdf", "workflow_run.rejected", "REJECTED"],
  ])("delivers one signed event when %s finishes", async (url, eventType, status) => {
    const run = await harness.createRun({ url });
    expect(await eventsFor(run.id)).toHaveLength(0);
    clock.advance(1_000);
    const [delivery, ...rest] = await eventsFor(run.id);
    expect(rest).toHaveLength(0);
    expect(delivery!.event).toMatchObject({
      eventType,
      payload: { object: "workflow_run", id: run.id, status },
    });
    expect(delivery!.event.eventId).toEqual(expect.any(String));
    const timestamp = String(delivery!.headers["x-extend-request-timestamp"]);
    expect(Number(timestamp)).toBe(Math.floor(clock.now() / 1000));
    const expected = createHmac("sha256", secret).update(`v0:${timestamp}:${delivery!.body}`).digest("hex");
    expect(delivery!.headers["x-extend-request-signature"]).toBe(expected);
  });

  it("sends workflow_run.rejected with the rejected run, reviewer and note included", async () => {
    const run = await harness.createRun({ text: "reject: totals do not add up", name: "memo.txt" });
    clock.advance(1_000);
    const events = await eventsFor(run.id);
    expect(events.map((delivery) => delivery.event.eventType)).toEqual(["workflow_run.rejected"]);
    expect(events[0]!.event.payload).toMatchObject({
      status: "REJECTED",
      reviewed: true,
      rejectionNote: expect.any(String),
      usage: { credits: expect.any(Number) },
    });
  });

  it("sends workflow_run.cancelled (and no completion event) for a cancelled run", async () => {
    const run = await harness.createRun();
    await harness.call("POST", `/workflow_runs/${run.id}/cancel`);
    clock.advance(2_000);
    const events = await eventsFor(run.id);
    expect(events.map((delivery) => delivery.event.eventType)).toEqual(["workflow_run.cancelled"]);
  });

  it("sends nothing for a run deleted before it finished", async () => {
    const run = await harness.createRun();
    await harness.call("DELETE", `/workflow_runs/${run.id}`);
    clock.advance(2_000);
    expect(await eventsFor(run.id)).toHaveLength(0);
  });
});
