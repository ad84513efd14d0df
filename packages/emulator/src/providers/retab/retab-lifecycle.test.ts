import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { signWebhookPayload } from "@docrun/core";
import { afterEach, describe, expect, it } from "vitest";
import { RETAB_WORKFLOW_IDS, retabWebhookSigners } from "./index.js";
import { manualClock, pdfDocument, startRetab, type RetabHarness } from "./retab.test-helpers.js";

const invoices = RETAB_WORKFLOW_IDS.invoices;
let retab: RetabHarness | undefined;
let receiver: Server | undefined;
afterEach(async () => {
  await retab?.emulator.close();
  await new Promise<void>((resolve) =>
    receiver === undefined ? resolve() : receiver.close(() => resolve()),
  );
  retab = undefined;
  receiver = undefined;
});

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

async function startReceiver(): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver?.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`, received };
}

describe("retab emulator: run lifecycle", () => {
  it("moves a created run pending → running → completed over processingMs, with timing and steps", async () => {
    const clock = manualClock();
    retab = await startRetab({ clock, processingMs: 10_000 });
    const created = await retab.call("POST", "/v1/workflows/runs", {
      body: {
        workflow_id: invoices,
        documents: { "start-document-1": pdfDocument() },
        metadata: { tenant: "acme" },
      },
    });
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({
      workflow_id: invoices,
      trigger: { type: "api" },
      lifecycle: { status: "pending" },
      timing: { started_at: null, completed_at: null },
      metadata: { tenant: "acme" },
    });
    expect(created.body.id).toMatch(/^run_[A-Za-z0-9]{16}$/);
    expect(created.body.workflow_version_id).toMatch(/^ver_/);
    expect(created.body.inputs.documents["start-document-1"]).toMatchObject({
      filename: "invoice.pdf",
      mime_type: "application/pdf",
    });
    expect(created.body.inputs.documents["start-document-1"].id).toMatch(/^file_/);
    const id: string = created.body.id;

    expect((await retab.call("GET", `/v1/workflows/steps?run_id=${id}`)).body.data).toEqual([]);
    clock.advance(3_000);
    const running = await retab.call("GET", `/v1/workflows/runs/${id}`);
    expect(running.body.lifecycle).toEqual({ status: "running" });
    expect(running.body.timing.started_at).not.toBeNull();
    const partial = await retab.call("GET", `/v1/workflows/steps?run_id=${id}`);
    expect(
      partial.body.data.map((step: { block_id: string; lifecycle: { status: string } }) => [
        step.block_id,
        step.lifecycle.status,
      ]),
    ).toEqual([["start-document-1", "running"]]);

    clock.advance(7_000);
    const done = await retab.call("GET", `/v1/workflows/runs/${id}`);
    expect(done.body.lifecycle).toEqual({ status: "completed" });
    expect(Date.parse(done.body.timing.completed_at) - Date.parse(done.body.timing.started_at)).toBe(8_000);
    const steps = await retab.call("GET", `/v1/workflows/steps?run_id=${id}`);
    expect(
      steps.body.data.map((step: { block_type: string; lifecycle: { status: string } }) => [
        step.block_type,
        step.lifecycle.status,
      ]),
    ).toEqual([
      ["start_document", "completed"],
      ["extract", "completed"],
    ]);
    const extract = steps.body.data[1];
    expect(extract.handle_outputs["output-json"]).toMatchObject({
      type: "json",
      data: { currency: expect.any(String), total: expect.any(Number) },
    });
    expect(extract.artifact).toMatchObject({ operation: "extraction" });
    expect(extract.step_id).toBe(`step_${id.slice(4)}_extract-1`);
    const one = await retab.call("GET", `/v1/workflows/steps/${extract.step_id}?run_id=${id}`);
    expect((await retab.call("GET", `/v1/workflows/steps/${extract.step_id}?run_id=run_other`)).status).toBe(
      404,
    );
    expect(one.body).toEqual(extract);
  });

  it("ends in error for a file name containing 'fail', in awaiting_review for 'review', and follows metadata.emulator_outcome", async () => {
    const clock = manualClock();
    retab = await startRetab({ clock, processingMs: 1_000 });
    const create = async (body: Record<string, unknown>) =>
      (await retab!.call("POST", "/v1/workflows/runs", { body: { workflow_id: invoices, ...body } })).body
        .id as string;
    const failed = await create({ documents: { "start-document-1": pdfDocument("please-FAIL.pdf") } });
    const review = await create({ documents: { "start-document-1": pdfDocument("needs-review.pdf") } });
    const cancelled = await create({ metadata: { emulator_outcome: "cancelled" } });
    const viaMetadata = await create({ metadata: { emulator_outcome: "failed" } });
    clock.advance(1_000);
    const statusOf = async (id: string) =>
      (await retab!.call("GET", `/v1/workflows/runs/${id}`)).body.lifecycle;
    expect(await statusOf(failed)).toMatchObject({
      status: "error",
      message: expect.any(String),
      stage: "execution",
      failing_step_id: `step_${failed.slice(4)}_extract-1`,
    });
    expect(await statusOf(review)).toEqual({
      status: "awaiting_review",
      waiting_for_block_ids: ["extract-1"],
    });
    expect(await statusOf(cancelled)).toMatchObject({ status: "cancelled" });
    expect((await statusOf(viaMetadata)).status).toBe("error");
    const failedSteps = await retab.call("GET", `/v1/workflows/steps?run_id=${failed}`);
    expect(failedSteps.body.data.at(-1).lifecycle).toMatchObject({
      status: "error",
      message: expect.any(String),
    });
    const reviewRun = await retab.call("GET", `/v1/workflows/runs/${review}`);
    expect(reviewRun.body.timing.completed_at).toBeNull();
  });

  it("cancels a running run (CancelWorkflowResponse), refuses to cancel a finished one, and deletes with 204", async () => {
    const clock = manualClock();
    retab = await startRetab({ clock, processingMs: 10_000 });
    const first = (await retab.call("POST", "/v1/workflows/runs", { body: { workflow_id: invoices } })).body
      .id as string;
    const second = (await retab.call("POST", "/v1/workflows/runs", { body: { workflow_id: invoices } })).body
      .id as string;
    clock.advance(4_000);
    const cancel = await retab.call("POST", `/v1/workflows/runs/${first}/cancel`, {
      body: { command_id: "cmd-1" },
    });
    expect(cancel.status).toBe(200);
    expect(cancel.body).toMatchObject({
      redis_available: true,
      cancellation_status: "cancelled",
      run: { id: first, lifecycle: { status: "cancelled", reason: "Cancelled via API" } },
    });
    expect(cancel.body.run.timing.completed_at).not.toBeNull();
    const again = await retab.call("POST", `/v1/workflows/runs/${first}/cancel`, {
      body: { command_id: "cmd-1" },
    });
    expect(again.body.cancellation_status).toBe("cancelled");
    clock.advance(10_000);
    expect((await retab.call("GET", `/v1/workflows/runs/${first}`)).body.lifecycle.status).toBe("cancelled");
    const steps = await retab.call("GET", `/v1/workflows/steps?run_id=${first}`);
    expect(steps.body.data.at(-1).lifecycle).toMatchObject({ status: "cancelled" });
    const late = await retab.call("POST", `/v1/workflows/runs/${second}/cancel`);
    expect(late.body).toMatchObject({
      cancellation_status: "cancellation_failed",
      run: { lifecycle: { status: "completed" } },
    });

    const deleted = await retab.call("DELETE", `/v1/workflows/runs/${second}`);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect((await retab.call("GET", `/v1/workflows/runs/${second}`)).status).toBe(404);
    expect((await retab.call("GET", `/v1/workflows/steps?run_id=${second}`)).body.data).toEqual([]);
  });

  it("returns the same run for a repeated Idempotency-Key and body, and refuses the key with another body", async () => {
    retab = await startRetab({ processingMs: 60_000 });
    const headers = { "idempotency-key": "key-123" };
    const body = { workflow_id: invoices, metadata: { order: "42" } };
    const first = await retab.call("POST", "/v1/workflows/runs", { body, headers });
    const second = await retab.call("POST", "/v1/workflows/runs", { body, headers });
    expect(second.status).toBe(202);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(retab.emulator.state.provider.runs.size).toBe(1);
    expect(retab.emulator.state.provider.idempotency.get("key-123")).toMatchObject({
      runId: first.body.id,
      replays: 1,
    });
    expect(
      retab.emulator.state.requestLog.filter((entry) => entry.idempotencyKey === "key-123"),
    ).toHaveLength(2);
    const other = await retab.call("POST", "/v1/workflows/runs", {
      body: { ...body, metadata: { order: "43" } },
      headers,
    });
    expect(other.status).toBe(422);
    const fresh = await retab.call("POST", "/v1/workflows/runs", {
      body,
      headers: { "idempotency-key": "key-456" },
    });
    expect(fresh.body.id).not.toBe(first.body.id);
    expect(retab.emulator.state.provider.runs.size).toBe(2);
  });
});

describe("retab emulator: webhooks", () => {
  it("delivers an environment-scoped workflow.run.completed event signed t=…,v1=HMAC('{t}.{body}')", async () => {
    const { url, received } = await startReceiver();
    retab = await startRetab({ processingMs: 0, webhooks: [{ url, secret: "whsec_test" }] });
    const created = await retab.call("POST", "/v1/workflows/runs", { body: { workflow_id: invoices } });
    await retab.call("GET", `/v1/workflows/runs/${created.body.id}`);
    await retab.emulator.state.webhooksIdle();
    expect(received).toHaveLength(1);
    const delivery = received[0]!;
    const event = JSON.parse(delivery.body);
    expect(event).toMatchObject({
      type: "workflow.run.completed",
      environment: "test",
      data: { id: created.body.id, lifecycle: { status: "completed" } },
    });
    expect(event.id).toMatch(/^evt_/);
    expect(delivery.headers["x-retab-environment"]).toBe("test");
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(delivery.headers["x-retab-signature"]));
    expect(match).not.toBeNull();
    expect(match![2]).toBe(await signWebhookPayload("whsec_test", `${match![1]}.${delivery.body}`));
  });

  it("signs with the legacy scheme (hex HMAC of the raw body) when a receiver selects it, and reports failures and cancels", async () => {
    const { url, received } = await startReceiver();
    const clock = manualClock();
    retab = await startRetab({
      clock,
      processingMs: 5_000,
      webhooks: [{ url, secret: "legacy", sign: retabWebhookSigners.legacy }],
    });
    const failing = await retab.call("POST", "/v1/workflows/runs", {
      body: { workflow_id: invoices, documents: { "start-document-1": pdfDocument("fail.pdf") } },
    });
    const cancelled = await retab.call("POST", "/v1/workflows/runs", { body: { workflow_id: invoices } });
    await retab.call("POST", `/v1/workflows/runs/${cancelled.body.id}/cancel`);
    clock.advance(5_000);
    await retab.call("GET", `/v1/workflows/runs/${failing.body.id}`);
    await retab.emulator.state.webhooksIdle();
    const events = received.map((delivery) => JSON.parse(delivery.body));
    expect(events.map((event) => [event.type, event.data.id])).toEqual([
      ["workflow.run.cancelled", cancelled.body.id],
      ["workflow.run.failed", failing.body.id],
    ]);
    for (const delivery of received) {
      expect(delivery.headers["x-retab-signature"]).toBe(await signWebhookPayload("legacy", delivery.body));
    }
  });
});
