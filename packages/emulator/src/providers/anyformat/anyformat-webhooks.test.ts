import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { firstWorkflowId, runFile, startReceiver, startAnyformat } from "./anyformat.test-helpers.js";
import { signAnyformatWebhook } from "./webhooks.js";

const json = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

describe("AnyFormat emulator: webhook subscriptions", () => {
  it("creates a subscription (201, whsec_ secret shown once), lists it without the secret, deletes it", async () => {
    const test = await startAnyformat();
    const created = await test.json(
      "/v2/webhooks/",
      json({ url: "https://hooks.example.com/af", events: ["extraction.completed"] }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^wh_[0-9a-f]{20}$/),
      url: "https://hooks.example.com/af",
      events: ["extraction.completed"],
      is_active: true,
      secret: expect.stringMatching(/^whsec_[0-9a-f]{32}$/),
      created_at: expect.any(String),
    });
    const listed = await test.json("/v2/webhooks/");
    expect(listed.body).toEqual([
      {
        id: created.body.id,
        url: "https://hooks.example.com/af",
        events: ["extraction.completed"],
        is_active: true,
        created_at: created.body.created_at,
      },
    ]);
    expect((await test.call(`/v2/webhooks/${created.body.id}/`, { method: "DELETE" })).status).toBe(204);
    expect((await test.json("/v2/webhooks/")).body).toEqual([]);
  });

  it("subscribes to every event when events is omitted", async () => {
    const test = await startAnyformat();
    const created = await test.json("/v2/webhooks/", json({ url: "https://hooks.example.com/af" }));
    expect(created.body.events).toEqual(["extraction.completed", "extraction.failed"]);
  });

  it("refuses non-HTTPS, malformed, missing and too long URLs and unknown events with 422", async () => {
    const test = await startAnyformat();
    const cases: [unknown, string][] = [
      [{ url: "http://hooks.example.com/af" }, "value_error"],
      [{ url: "not a url" }, "url_parsing"],
      [{}, "missing"],
      [{ url: `https://example.com/${"a".repeat(2100)}` }, "url_too_long"],
      [{ url: "https://example.com", events: ["extraction.started"] }, "enum"],
    ];
    for (const [body, type] of cases) {
      const response = await test.json("/v2/webhooks/", json(body));
      expect({ type, status: response.status }).toEqual({ type, status: 422 });
      expect(response.body.detail[0].type).toBe(type);
    }
    expect((await test.json("/v2/webhooks/")).body).toEqual([]);
  });

  it("answers 400 INVALID_JSON for a body that is not JSON", async () => {
    const test = await startAnyformat();
    const response = await test.json("/v2/webhooks/", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{nope",
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error_code: "INVALID_JSON", retryable: false });
  });
});

describe("AnyFormat emulator: webhook deliveries", () => {
  it("POSTs extraction.completed and extraction.failed, signed with the documented docrun scheme", async () => {
    const receiver = await startReceiver();
    const secret = "whsec_receiver_secret";
    const test = await startAnyformat({ webhooks: [{ url: receiver.url, secret }] });
    const workflowId = await firstWorkflowId(test);
    const ok = await (await runFile(test, workflowId, "ok.pdf")).json();
    const bad = await (await runFile(test, workflowId, "fail.pdf")).json();
    await (await runFile(test, workflowId, "cancel.pdf")).arrayBuffer();
    test.advance(1000);
    await test.emulator.state.webhooksIdle();
    expect(receiver.received).toHaveLength(2);
    const bodies = receiver.received.map((delivery) => JSON.parse(delivery.body));
    expect(bodies).toContainEqual({
      event: "extraction.completed",
      timestamp: expect.any(String),
      data: {
        extraction_id: ok.id,
        status: "processed",
        workflow_id: workflowId,
        processed_at: expect.any(String),
      },
    });
    expect(bodies).toContainEqual({
      event: "extraction.failed",
      timestamp: expect.any(String),
      data: {
        extraction_id: bad.id,
        status: "error",
        workflow_id: workflowId,
        processed_at: expect.any(String),
      },
    });
    for (const delivery of receiver.received) {
      const timestamp = delivery.headers["x-anyformat-timestamp"] as string;
      expect(timestamp).toMatch(/^\d+$/);
      const expected = createHmac("sha256", secret).update(`${timestamp}.${delivery.body}`).digest("hex");
      expect(delivery.headers["x-anyformat-signature"]).toBe(`v1=${expected}`);
    }
  });

  it("sends nothing for a collection deleted before it finished", async () => {
    const receiver = await startReceiver();
    const test = await startAnyformat({ webhooks: [{ url: receiver.url, secret: "whsec_x" }] });
    const workflowId = await firstWorkflowId(test);
    const run = await (await runFile(test, workflowId, "a.pdf")).json();
    await (await test.call(`/v2/files/${run.id}/`, { method: "DELETE" })).arrayBuffer();
    test.advance(1000);
    await test.emulator.state.webhooksIdle();
    expect(receiver.received).toEqual([]);
  });

  it("targets subscriptions made through the API, only for the events they chose", async () => {
    const test = await startAnyformat();
    const completed = await test.json(
      "/v2/webhooks/",
      json({ url: "https://127.0.0.1:1/completed", events: ["extraction.completed"] }),
    );
    await test.json(
      "/v2/webhooks/",
      json({ url: "https://127.0.0.1:1/failed", events: ["extraction.failed"] }),
    );
    expect(completed.status).toBe(201);
    const workflowId = await firstWorkflowId(test);
    await (await runFile(test, workflowId, "ok.pdf")).arrayBuffer();
    test.advance(1000);
    await test.emulator.state.webhooksIdle();
    expect(test.emulator.state.webhookDeliveries.map((delivery) => [delivery.type, delivery.url])).toEqual([
      ["extraction.completed", "https://127.0.0.1:1/completed"],
    ]);
  });

  it("signs the same bytes the same way (v1= + 64 hex digits)", async () => {
    const headers = await signAnyformatWebhook("whsec_abc", '{"a":1}', 1774353750);
    expect(headers).toEqual({
      "x-anyformat-timestamp": "1774353750",
      "x-anyformat-signature": `v1=${createHmac("sha256", "whsec_abc").update('1774353750.{"a":1}').digest("hex")}`,
    });
  });
});
