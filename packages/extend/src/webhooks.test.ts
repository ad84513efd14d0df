import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  startHarness,
  startRecordingServer,
  WORKFLOW_ID,
  type Harness,
  type RecordingServer,
} from "./extend.test-helpers.js";
import { createMemoryReplayStore, isWorkflowRunEvent, WebhookVerificationError } from "./index.js";

const SECRET = "wss_test_signing_secret";

describe("webhooks.verify with deliveries from the emulator", () => {
  let receiver: RecordingServer;
  let h: Harness;
  beforeAll(async () => {
    receiver = await startRecordingServer(() => ({ status: 200 }));
    h = await startHarness({
      processingMs: 30,
      webhooks: [{ url: `${receiver.url}/hooks`, secret: SECRET }],
    });
  });
  afterAll(async () => {
    await h.close();
    await receiver.close();
  });

  async function deliveryFor(file: string) {
    const run = await h.extend.workflowRuns
      .createAndPoll(
        { workflow: { id: WORKFLOW_ID }, file: { url: `https://files.example.com/${file}` } },
        { interval: { initialMs: 10, maxMs: 20 } },
      )
      .catch(() => undefined);
    h.emulator.state.runScheduled();
    await h.emulator.state.webhooksIdle();
    const delivery = receiver.requests.find(
      (request) => request.body.includes(file) && (run === undefined || request.body.includes(run.id)),
    );
    if (delivery === undefined) throw new Error("no delivery");
    return delivery;
  }

  it("verifies a real delivery and returns a typed workflow-run event", async () => {
    const delivery = await deliveryFor("ok-invoice.pdf");
    const event = await h.extend.webhooks.verify(delivery.body, delivery.headers, SECRET);
    expect(event.eventType).toBe("workflow_run.completed");
    expect(isWorkflowRunEvent(event)).toBe(true);
    if (isWorkflowRunEvent(event)) expect(event.payload.status).toBe("PROCESSED");
    const asHeaders = new Headers(delivery.headers as Record<string, string>);
    const again = await h.extend.webhooks.verify(new TextEncoder().encode(delivery.body), asHeaders, SECRET);
    expect(again.eventId).toBe(event.eventId);
  });

  it("rejects a tampered body, a wrong secret and a missing signature", async () => {
    const delivery = await deliveryFor("fail-invoice.pdf");
    await expect(
      h.extend.webhooks.verify(delivery.body.replace("FAILED", "PROCESSED"), delivery.headers, SECRET),
    ).rejects.toMatchObject({
      reason: "signature_mismatch",
    });
    await expect(
      h.extend.webhooks.verify(delivery.body, delivery.headers, "wss_other"),
    ).rejects.toBeInstanceOf(WebhookVerificationError);
    const { ["x-extend-request-signature"]: _dropped, ...unsigned } = delivery.headers;
    await expect(h.extend.webhooks.verify(delivery.body, unsigned, SECRET)).rejects.toMatchObject({
      reason: "missing_signature",
    });
  });

  it("rejects an old delivery and a replayed one", async () => {
    const delivery = await deliveryFor("review-invoice.pdf");
    const later = () => Date.now() + 301_000;
    await expect(
      h.extend.webhooks.verify(delivery.body, delivery.headers, SECRET, { now: later }),
    ).rejects.toMatchObject({ reason: "timestamp_too_old" });
    await expect(
      h.extend.webhooks.verify(delivery.body, delivery.headers, SECRET, {
        now: later,
        toleranceSeconds: 600,
      }),
    ).resolves.toBeDefined();
    const replayStore = createMemoryReplayStore();
    await h.extend.webhooks.verify(delivery.body, delivery.headers, SECRET, { replayStore });
    await expect(
      h.extend.webhooks.verify(delivery.body, delivery.headers, SECRET, { replayStore }),
    ).rejects.toMatchObject({ reason: "replayed" });
  });

  it("accepts other event types without claiming a run payload", async () => {
    const body = JSON.stringify({
      eventId: "evt_1",
      eventType: "workflow.deployed",
      payload: { object: "workflow", id: "workflow_x" },
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHmac("sha256", SECRET).update(`v0:${timestamp}:${body}`).digest("hex");
    const event = await h.extend.webhooks.verify(
      body,
      { "x-extend-request-timestamp": timestamp, "x-extend-request-signature": signature },
      SECRET,
    );
    expect(event.eventType).toBe("workflow.deployed");
    expect(isWorkflowRunEvent(event)).toBe(false);
  });
});
