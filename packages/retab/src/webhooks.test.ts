import {
  signWebhookPayload,
  WebhookSignatureError,
  WebhookTimestampError,
  WebhookReplayError,
} from "@docrun/core";
import { afterEach, describe, expect, it } from "vitest";
import { createMemoryReplayStore, verifyRetabWebhook, type RetabWebhookEvent } from "./index.js";
import { INVOICES, startHarness, type Harness } from "./retab.test-helpers.js";
import {
  startRecordingServer,
  type RecordedRequest,
  type RecordingServer,
} from "../../../test-support/recording-server.js";

type Delivery = RecordedRequest;

let harness: Harness | undefined;
let receiver: RecordingServer | undefined;
afterEach(async () => {
  await harness?.emulator.close();
  await receiver?.close();
  harness = undefined;
  receiver = undefined;
});

async function receive(): Promise<{ url: string; deliveries: Delivery[] }> {
  receiver = await startRecordingServer(() => ({ status: 204 }));
  return { url: `${receiver.url}/retab`, deliveries: receiver.requests };
}

// Retab's legacy form, as a receiver-level signer (the emulator's default is the environment form).
const legacySigner = async (secret: string, body: string) => ({
  "x-retab-signature": await signWebhookPayload(secret, body),
});

async function deliveredEvent(sign?: "legacy"): Promise<Delivery> {
  const { url, deliveries } = await receive();
  harness = await startHarness({
    processingMs: 0,
    webhooks: [{ url, secret: "whsec_docrun", ...(sign === "legacy" ? { sign: legacySigner } : {}) }],
  });
  const retab = harness.client();
  const run = await retab.workflowRuns.create({ workflow_id: INVOICES });
  await retab.workflowRuns.get(run.id);
  await harness.emulator.state.webhooksIdle();
  expect(deliveries).toHaveLength(1);
  return deliveries[0]!;
}

describe("webhooks.verify", () => {
  it("verifies an environment-scoped delivery (t=…,v1=…) from the emulator and returns the typed event", async () => {
    const delivery = await deliveredEvent();
    const retab = harness!.client();
    const event = await retab.webhooks.verify(delivery.body, delivery.headers, "whsec_docrun");
    expect(event).toMatchObject({
      type: "workflow.run.completed",
      environment: "test",
      data: { lifecycle: { status: "completed" } },
    });
    expect(event.id).toMatch(/^evt_/);
    const asFetchHeaders = new Headers(
      Object.entries(delivery.headers).map(([key, value]): [string, string] => [key, String(value)]),
    );
    await expect(
      retab.webhooks.verify(new TextEncoder().encode(delivery.body), asFetchHeaders, "whsec_docrun"),
    ).resolves.toMatchObject({ id: event.id });
  });

  it("rejects a wrong secret, an altered body, an old timestamp and a replayed event id", async () => {
    const delivery = await deliveredEvent();
    await expect(verifyRetabWebhook(delivery.body, delivery.headers, "whsec_other")).rejects.toBeInstanceOf(
      WebhookSignatureError,
    );
    await expect(
      verifyRetabWebhook(delivery.body.replace("completed", "cancelled"), delivery.headers, "whsec_docrun"),
    ).rejects.toBeInstanceOf(WebhookSignatureError);
    const hourLater = () => Date.now() + 3_600_000;
    await expect(
      verifyRetabWebhook(delivery.body, delivery.headers, "whsec_docrun", { now: hourLater }),
    ).rejects.toBeInstanceOf(WebhookTimestampError);
    const replayStore = createMemoryReplayStore();
    await verifyRetabWebhook(delivery.body, delivery.headers, "whsec_docrun", { replayStore });
    await expect(
      verifyRetabWebhook(delivery.body, delivery.headers, "whsec_docrun", { replayStore }),
    ).rejects.toBeInstanceOf(WebhookReplayError);
    await expect(verifyRetabWebhook(delivery.body, {}, "whsec_docrun")).rejects.toBeInstanceOf(
      WebhookSignatureError,
    );
  });

  it("verifies the legacy form (hex HMAC of the raw body) only when asked, refusing the downgrade by default", async () => {
    const delivery = await deliveredEvent("legacy");
    expect(delivery.headers["x-retab-signature"]).toMatch(/^[0-9a-f]{64}$/);
    for (const scheme of ["legacy", "auto"] as const) {
      const event = await verifyRetabWebhook<RetabWebhookEvent>(
        delivery.body,
        delivery.headers,
        "whsec_docrun",
        { scheme },
      );
      expect(event.type).toBe("workflow.run.completed");
    }
    // The default accepts only the timestamped form: a legacy signature cannot bypass age and replay checks.
    await expect(verifyRetabWebhook(delivery.body, delivery.headers, "whsec_docrun")).rejects.toBeInstanceOf(
      WebhookSignatureError,
    );
    await expect(
      verifyRetabWebhook(`${delivery.body} `, delivery.headers, "whsec_docrun", { scheme: "legacy" }),
    ).rejects.toBeInstanceOf(WebhookSignatureError);
  });

  it("lets a caller replace the assumed signed string of the environment form", async () => {
    const body = JSON.stringify({
      id: "evt_custom",
      type: "workflow.run.completed",
      environment: "production",
      created_at: new Date().toISOString(),
      data: {},
    });
    const t = Math.floor(Date.now() / 1000);
    const headers = {
      "X-Retab-Signature": `t=${t},v1=${await signWebhookPayload("s3cret", `${t}:${body}`)}`,
    };
    await expect(verifyRetabWebhook(body, headers, "s3cret")).rejects.toBeInstanceOf(WebhookSignatureError);
    await expect(
      verifyRetabWebhook(body, headers, "s3cret", { signedContent: (time, raw) => `${time}:${raw}` }),
    ).resolves.toMatchObject({ id: "evt_custom" });
  });
});
