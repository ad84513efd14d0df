import { createMemoryReplayStore, UnprocessableEntityError, WebhookVerificationError } from "@docrun/core";
import { describe, expect, it } from "vitest";
import { FAST, setup } from "./anyformat.test-helpers.js";
import { verifyAnyformatWebhook } from "./verify-webhook.js";
import { startRecordingServer } from "../../../test-support/recording-server.js";

describe("webhooks subscriptions", () => {
  it("creates (secret shown once), lists without secrets and deletes", async () => {
    const { af } = await setup();
    const hook = await af.webhooks.create({
      url: "https://example.com/hooks/anyformat",
      events: ["extraction.completed"],
    });
    expect(hook.secret).toMatch(/^whsec_/);
    const listed = await af.webhooks.list().toArray();
    expect(listed).toEqual([
      {
        id: hook.id,
        url: hook.url,
        events: ["extraction.completed"],
        is_active: true,
        created_at: hook.created_at,
      },
    ]);
    await af.webhooks.delete(hook.id);
    expect(await af.webhooks.list().toArray()).toEqual([]);
  });

  it("throws UnprocessableEntityError listing the bad field for a non-HTTPS url", async () => {
    const { af } = await setup();
    const error = await af.webhooks
      .create({ url: "http://example.com/hooks" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error).toMatchObject({
      status: 422,
      code: "validation_error",
      message: expect.stringContaining("body.url"),
    });
  });

  it("deleting an unknown subscription is a NotFoundError", async () => {
    const { af } = await setup();
    await expect(af.webhooks.delete("wh_00000000000000000000")).rejects.toMatchObject({
      status: 404,
      code: "NOT_FOUND",
    });
  });
});

describe("files.delete", () => {
  it("deletes a run's collection; its results are then gone", async () => {
    const { af, workflowId } = await setup();
    const run = await af.workflows.run(workflowId, { text: "Invoice 5" });
    await af.files.delete(run.id);
    await expect(af.workflows.results(workflowId, run.id)).rejects.toMatchObject({
      status: 404,
      code: "NOT_FOUND",
    });
  });
});

describe("webhooks.verify", () => {
  it("verifies a delivery signed by the emulator and returns the typed event", async () => {
    const receiver = await startRecordingServer();
    try {
      const secret = "whsec_local_receiver_secret";
      const { af, workflowId, emulator } = await setup({
        webhooks: [{ url: `${receiver.url}/hooks`, secret }],
      });
      const results = await af.workflows.runAndWait(workflowId, { text: "Invoice 77" }, FAST);
      await emulator.state.webhooksIdle();
      const delivery = receiver.requests[0]!;
      const event = await af.webhooks.verify(delivery.body, delivery.headers, secret);
      expect(event).toMatchObject({
        event: "extraction.completed",
        data: { extraction_id: results.collection_id, status: "processed", workflow_id: workflowId },
      });
      const tampered = delivery.body.replace("processed", "error");
      await expect(af.webhooks.verify(tampered, delivery.headers, secret)).rejects.toMatchObject({
        reason: "signature_mismatch",
      });
      await expect(af.webhooks.verify(delivery.body, delivery.headers, "whsec_wrong")).rejects.toBeInstanceOf(
        WebhookVerificationError,
      );
      await expect(af.webhooks.verify(delivery.body, {}, secret)).rejects.toMatchObject({
        reason: "missing_signature",
      });
      const later = () => Date.now() + 3600_000;
      await expect(
        af.webhooks.verify(delivery.body, delivery.headers, secret, { now: later }),
      ).rejects.toMatchObject({ reason: "timestamp_too_old" });
      const replayStore = createMemoryReplayStore();
      await verifyAnyformatWebhook(
        delivery.body,
        new Headers(delivery.headers as Record<string, string>),
        secret,
        { replayStore },
      );
      await expect(
        verifyAnyformatWebhook(delivery.body, delivery.headers, secret, { replayStore }),
      ).rejects.toMatchObject({ reason: "replayed" });
    } finally {
      await receiver.close();
    }
  });

  it("accepts another scheme when AnyFormat publishes one", async () => {
    const body = JSON.stringify({
      event: "extraction.failed",
      timestamp: "2026-11-01T12:00:00Z",
      data: { extraction_id: "c1", status: "error", workflow_id: "w1", processed_at: null },
    });
    const { createHmac } = await import("node:crypto");
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHmac("sha256", "whsec_s").update(`${timestamp}:${body}`).digest("hex");
    const event = await verifyAnyformatWebhook(
      body,
      { "x-sig": `sha256=${signature}`, "x-ts": timestamp },
      "whsec_s",
      {
        scheme: {
          signatureHeader: "X-Sig",
          timestampHeader: "X-Ts",
          signedContent: (t, raw) => `${t}:${raw}`,
        },
      },
    );
    expect(event.data.status).toBe("error");
  });
});
