import { afterAll, describe, expect, it } from "vitest";
import { assertConformsToSpec, coverageTracker, loadSpec } from "../../testing/conformance.js";
import {
  firstWorkflowId,
  runFile,
  startReceiver,
  startAnyformat,
  type AnyformatHarness,
} from "./anyformat.test-helpers.js";

const spec = loadSpec("anyformat");
const coverage = coverageTracker(spec);
afterAll(() => coverage.assertAllCovered());

/** Sends a request and fails unless the spec documents the status and the body matches it. */
async function check(
  test: AnyformatHarness,
  method: string,
  path: string,
  init: RequestInit & { key?: string | null } = {},
): Promise<{ status: number; body: any }> {
  const response = await test.call(path, { ...init, method });
  const text = await response.text();
  assertConformsToSpec({
    spec,
    coverage,
    method,
    path,
    status: response.status,
    body: text,
    headers: response.headers,
  });
  return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
}

function fileForm(name: string): FormData {
  const form = new FormData();
  form.append("file", new Blob(["%PDF-1.7"], { type: "application/pdf" }), name);
  return form;
}

const jsonBody = (body: unknown) => ({
  headers: { "content-type": "application/json" },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

describe("AnyFormat emulator conforms to specs/anyformat.openapi.yaml", () => {
  it("every success response matches its schema", async () => {
    const test = await startAnyformat({ seed: { runs: 40, seed: 2 } });
    const workflowId = await firstWorkflowId(test);
    expect((await check(test, "GET", "/health/", { key: null })).status).toBe(200);
    expect(
      (await check(test, "GET", "/v2/workflows/?page=1&page_size=2&sort_by=name&order=asc")).status,
    ).toBe(200);
    expect((await check(test, "GET", `/v2/workflows/${workflowId}/`)).status).toBe(200);
    expect((await check(test, "GET", `/v2/workflows/${workflowId}/runs/?page=2&page_size=5`)).status).toBe(
      200,
    );
    expect((await check(test, "GET", `/v2/workflows/${workflowId}/runs/?page=99`)).status).toBe(200);
    expect((await check(test, "GET", `/v2/workflows/${workflowId}/files/`)).status).toBe(200);
    const run = await check(test, "POST", `/v2/workflows/${workflowId}/run/`, {
      body: fileForm("invoice.pdf"),
    });
    expect(run.status).toBe(202);
    const text = new FormData();
    text.append("text", "Invoice #1");
    expect((await check(test, "POST", `/v2/workflows/${workflowId}/run/`, { body: text })).status).toBe(202);
    expect(
      (await check(test, "GET", `/v2/workflows/${workflowId}/files/${run.body.id}/results/`)).status,
    ).toBe(412);
    test.advance(1000);
    expect(
      (await check(test, "GET", `/v2/workflows/${workflowId}/files/${run.body.id}/results/`)).status,
    ).toBe(200);
    const hook = await check(
      test,
      "POST",
      "/v2/webhooks/",
      jsonBody({ url: "https://hooks.example.com/af" }),
    );
    expect(hook.status).toBe(201);
    expect((await check(test, "GET", "/v2/webhooks/")).status).toBe(200);
    expect((await check(test, "DELETE", `/v2/webhooks/${hook.body.id}/`)).status).toBe(204);
    expect((await check(test, "DELETE", `/v2/files/${run.body.id}/`)).status).toBe(204);
  });

  it("results of every workflow template and the seeded runs match the schema", async () => {
    const test = await startAnyformat({ seed: { runs: 60, seed: 4 } });
    const { body } = await check(test, "GET", "/v2/workflows/?page_size=100");
    for (const workflow of body.results) {
      const runs = await check(test, "GET", `/v2/workflows/${workflow.id}/runs/?page_size=100`);
      for (const run of runs.body.results.slice(0, 5)) {
        const results = await check(test, "GET", `/v2/workflows/${workflow.id}/files/${run.id}/results/`);
        expect([200, 412, 422]).toContain(results.status);
      }
    }
  });

  it("every error response is documented and uses the documented shape", async () => {
    const test = await startAnyformat({ apiKeys: ["af_test_key"] });
    const workflowId = await firstWorkflowId(test);
    const unknown = "01a206e6-9892-7b63-a699-be600fca1c9e";
    const authenticated = [
      ["GET", "/v2/workflows/"],
      ["GET", `/v2/workflows/${workflowId}/`],
      ["POST", `/v2/workflows/${workflowId}/run/`],
      ["GET", `/v2/workflows/${workflowId}/runs/`],
      ["GET", `/v2/workflows/${workflowId}/files/`],
      ["GET", `/v2/workflows/${workflowId}/files/${unknown}/results/`],
      ["DELETE", `/v2/files/${unknown}/`],
      ["GET", "/v2/webhooks/"],
      ["POST", "/v2/webhooks/"],
      ["DELETE", "/v2/webhooks/wh_00000000000000000000/"],
    ] as const;
    for (const [method, path] of authenticated) {
      expect((await check(test, method, path, { key: null })).status).toBe(403);
      expect((await check(test, method, path, { key: "af_wrong" })).status).toBe(401);
    }
    expect((await check(test, "GET", `/v2/workflows/${unknown}/`)).status).toBe(404);
    expect((await check(test, "GET", `/v2/workflows/${unknown}/runs/`)).status).toBe(404);
    expect((await check(test, "GET", `/v2/workflows/${unknown}/files/`)).status).toBe(404);
    expect(
      (await check(test, "POST", `/v2/workflows/${unknown}/run/`, { body: fileForm("a.pdf") })).status,
    ).toBe(404);
    expect((await check(test, "GET", `/v2/workflows/${workflowId}/files/${unknown}/results/`)).status).toBe(
      404,
    );
    expect((await check(test, "DELETE", `/v2/files/${unknown}/`)).status).toBe(404);
    expect((await check(test, "DELETE", "/v2/webhooks/wh_00000000000000000000/")).status).toBe(404);
    expect((await check(test, "GET", "/v2/workflows/?page_size=101")).status).toBe(422);
    expect((await check(test, "GET", `/v2/workflows/${workflowId}/runs/?page=0`)).status).toBe(422);
    expect((await check(test, "GET", `/v2/workflows/${workflowId}/files/?page_size=abc`)).status).toBe(422);
    expect(
      (await check(test, "POST", `/v2/workflows/${workflowId}/run/`, jsonBody({ text: "x" }))).status,
    ).toBe(400);
    const notAFile = new FormData();
    notAFile.append("file", "plain string");
    expect((await check(test, "POST", `/v2/workflows/${workflowId}/run/`, { body: notAFile })).status).toBe(
      422,
    );
    expect((await check(test, "POST", "/v2/webhooks/", jsonBody("{nope"))).status).toBe(400);
    expect(
      (await check(test, "POST", "/v2/webhooks/", jsonBody({ url: "http://insecure.example.com" }))).status,
    ).toBe(422);
    for (const name of ["fail.pdf", "cancel.pdf"]) {
      const run = await check(test, "POST", `/v2/workflows/${workflowId}/run/`, { body: fileForm(name) });
      test.advance(1000);
      expect(
        (await check(test, "GET", `/v2/workflows/${workflowId}/files/${run.body.id}/results/`)).status,
      ).toBe(422);
    }
  });

  it("rate-limit and server-fault responses are documented for every operation", async () => {
    const limited = await startAnyformat({ rateLimit: { limit: 1, windowMs: 60_000 } });
    const faulty = await startAnyformat({ faults: { errorRate: 1 } });
    const workflowId = "0686bb97-8c30-70f0-8000-97669e000eb8";
    const collectionId = "069dcc2c-e14c-7606-8000-2ee4fb17b4e1";
    const operations = [
      ["GET", "/health/"],
      ["GET", "/v2/workflows/"],
      ["GET", `/v2/workflows/${workflowId}/`],
      ["POST", `/v2/workflows/${workflowId}/run/`],
      ["GET", `/v2/workflows/${workflowId}/runs/`],
      ["GET", `/v2/workflows/${workflowId}/files/`],
      ["GET", `/v2/workflows/${workflowId}/files/${collectionId}/results/`],
      ["DELETE", `/v2/files/${collectionId}/`],
      ["GET", "/v2/webhooks/"],
      ["POST", "/v2/webhooks/"],
      ["DELETE", "/v2/webhooks/wh_00000000000000000000/"],
    ] as const;
    await limited.call("/v2/webhooks/").then((response) => response.arrayBuffer());
    for (const [method, path] of operations) {
      expect((await check(limited, method, path)).status).toBe(429);
      expect((await check(faulty, method, path)).status).toBe(500);
    }
  });

  it("webhook deliveries match the spec's WebhookDeliveryPayload and signature header patterns", async () => {
    const receiver = await startReceiver();
    const test = await startAnyformat({ webhooks: [{ url: receiver.url, secret: "whsec_conformance" }] });
    const workflowId = await firstWorkflowId(test);
    await (await runFile(test, workflowId, "ok.pdf")).arrayBuffer();
    await (await runFile(test, workflowId, "fail.pdf")).arrayBuffer();
    test.advance(1000);
    await test.emulator.state.webhooksIdle();
    expect(receiver.received).toHaveLength(2);
    const validate = spec.ajv.compile({
      $ref: `${spec.schemaId}#/components/schemas/WebhookDeliveryPayload`,
    });
    const parameters = spec.document["webhooks"].extraction.post.parameters as {
      name: string;
      schema: { pattern: string };
    }[];
    for (const delivery of receiver.received) {
      expect(validate(JSON.parse(delivery.body)), JSON.stringify(validate.errors)).toBe(true);
      for (const parameter of parameters)
        expect(delivery.headers[parameter.name]).toMatch(new RegExp(parameter.schema.pattern));
    }
  });
});
