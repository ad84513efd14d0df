import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  ConfigurationError,
  createRetabClient,
  NotFoundError,
  RETAB_API_VERSION,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./index.js";
import { INVOICES, startHarness, type Harness } from "./retab.test-helpers.js";
import { startRecordingServer, type RecordingServer } from "../../../test-support/recording-server.js";

const run = {
  id: "run_abc",
  workflow_id: INVOICES,
  workflow_version_id: "ver_1",
  trigger: { type: "api" },
  lifecycle: { status: "pending" },
  timing: { created_at: "2026-08-16T09:00:00.000Z", started_at: null, completed_at: null },
  inputs: { documents: {}, json_data: {} },
  metadata: null,
};

describe("createRetabClient: configuration", () => {
  const saved = { key: process.env["RETAB_API_KEY"], url: process.env["RETAB_BASE_URL"] };
  afterEach(() => {
    for (const [name, value] of [
      ["RETAB_API_KEY", saved.key],
      ["RETAB_BASE_URL", saved.url],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("throws a ConfigurationError naming RETAB_API_KEY when no key is given or set", () => {
    delete process.env["RETAB_API_KEY"];
    expect(() => createRetabClient()).toThrow(ConfigurationError);
    expect(() => createRetabClient()).toThrow(/RETAB_API_KEY/);
  });

  it("reads RETAB_API_KEY and RETAB_BASE_URL, defaults to api.retab.com, and drops a trailing /v1", () => {
    process.env["RETAB_API_KEY"] = "sk_env";
    delete process.env["RETAB_BASE_URL"];
    expect(createRetabClient().baseUrl).toBe("https://api.retab.com");
    process.env["RETAB_BASE_URL"] = "http://127.0.0.1:4010/v1/";
    expect(createRetabClient().baseUrl).toBe("http://127.0.0.1:4010");
    expect(createRetabClient({ baseUrl: "https://eu.retab.example/v1" }).baseUrl).toBe(
      "https://eu.retab.example",
    );
  });
});

describe("createRetabClient: what goes over the wire", () => {
  let api: RecordingServer;
  let elsewhere: RecordingServer;
  beforeAll(async () => {
    elsewhere = await startRecordingServer(() => ({ status: 200, body: run }));
    api = await startRecordingServer((seen) => {
      if (seen.url.startsWith("/v1/workflows/runs/run_redirect"))
        return { status: 307, headers: { location: `${elsewhere.url}/v1/workflows/runs/run_abc` } };
      if (seen.method === "DELETE") return { status: 204 };
      if (seen.url.startsWith("/v1/workflows/runs?"))
        return { status: 200, body: { data: [run], list_metadata: { before: null, after: null } } };
      if (seen.url.endsWith("/cancel"))
        return { status: 200, body: { run, cancellation_status: "cancelled" } };
      return { status: seen.method === "POST" ? 202 : 200, body: run };
    });
  });
  afterAll(async () => {
    await api.close();
    await elsewhere.close();
  });

  it("sends the path, query, bearer key, custom headers and JSON body Retab expects", async () => {
    const retab = createRetabClient({
      apiKey: "sk_test_wire",
      baseUrl: `${api.url}/v1`,
      headers: { "x-team": "docs" },
    });
    await retab.workflowRuns.create(
      { workflow_id: INVOICES, metadata: { a: "b" } },
      { idempotencyKey: "idem-1" },
    );
    await retab.workflowRuns.list({ status: "error", limit: 5 }).toArray();
    await retab.workflowRuns.get("run_abc");
    await retab.workflowRuns.cancel("run_abc", { commandId: "c-1" });
    await retab.workflowRuns.delete("run_abc");
    expect(api.requests.map((seen) => `${seen.method} ${seen.url}`)).toEqual([
      "POST /v1/workflows/runs",
      "GET /v1/workflows/runs?status=error&limit=5",
      "GET /v1/workflows/runs/run_abc",
      "POST /v1/workflows/runs/run_abc/cancel",
      "DELETE /v1/workflows/runs/run_abc",
    ]);
    for (const seen of api.requests) {
      expect(seen.headers.authorization).toBe("Bearer sk_test_wire");
      expect(seen.headers["x-team"]).toBe("docs");
    }
    expect(api.requests[0]!.headers["idempotency-key"]).toBe("idem-1");
    expect(api.requests[0]!.headers["content-type"]).toMatch(/application\/json/);
    expect(JSON.parse(api.requests[0]!.body)).toEqual({ workflow_id: INVOICES, metadata: { a: "b" } });
    expect(JSON.parse(api.requests[3]!.body)).toEqual({ command_id: "c-1" });
  });

  it("never sends the key to another origin, even when redirected there", async () => {
    const retab = createRetabClient({ apiKey: "sk_test_secret", baseUrl: api.url });
    const followed = await retab.workflowRuns.get("run_redirect");
    expect(followed.id).toBe("run_abc");
    expect(elsewhere.requests).toHaveLength(1);
    expect(elsewhere.requests[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(elsewhere.requests[0]!.headers)).not.toContain("sk_test_secret");
  });
});

describe("errors from the emulator", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ apiKeys: ["sk_test_docrun", "forbidden_key"] });
  });
  afterAll(() => harness.emulator.close());

  it("maps 401, 403, 404 and 422 to typed errors with Retab's detail and the request id", async () => {
    const wrongKey = await harness
      .client({ apiKey: "sk_wrong" })
      .workflows.list()
      .toArray()
      .catch((error: unknown) => error);
    expect(wrongKey).toBeInstanceOf(AuthenticationError);
    expect(wrongKey).toMatchObject({
      status: 401,
      message: expect.stringContaining("Invalid API key"),
      requestId: expect.stringMatching(/\S/),
    });
    await expect(harness.client({ apiKey: "forbidden_key" }).workflows.get(INVOICES)).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    const missing = await harness
      .client()
      .workflowRuns.get("run_missing")
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as NotFoundError).message).toContain("Workflow run not found");
    const invalid = await harness
      .client()
      .workflowRuns.create({ workflow_id: INVOICES, metadata: { n: 1 as unknown as string } })
      .catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(UnprocessableEntityError);
    expect(invalid).toMatchObject({
      code: "string_type",
      message: expect.stringContaining("body.metadata.n: Input should be a valid string"),
    });
  });
});

describe("rate limits", () => {
  it("waits for Retry-After on a 429 and retries, then succeeds", async () => {
    const harness = await startHarness({ rateLimit: { limit: 1, windowMs: 300 } });
    try {
      const retries: unknown[] = [];
      const retab = harness.client({ onRetry: (info) => retries.push(info) });
      await retab.workflows.get(INVOICES);
      const workflow = await retab.workflows.get(INVOICES);
      expect(workflow.id).toBe(INVOICES);
      expect(harness.emulator.state.counters.byStatus[429]).toBeGreaterThanOrEqual(1);
      expect(retries.length).toBeGreaterThanOrEqual(1);
    } finally {
      await harness.emulator.close();
    }
  });

  it("throws RateLimitError once retries are exhausted", async () => {
    const harness = await startHarness({ faults: { rateLimitRate: 1, retryAfterSeconds: 0 } });
    try {
      const error = await harness
        .client({ maxRetries: 1 })
        .workflows.get(INVOICES)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ status: 429, attempts: 2 });
    } finally {
      await harness.emulator.close();
    }
  });
});

describe("RETAB_API_VERSION", () => {
  it("is the version of the spec the types were generated from", () => {
    const spec = parse(
      readFileSync(new URL("../../../specs/retab.openapi.yaml", import.meta.url), "utf8"),
    ) as {
      info: { version: string };
    };
    expect(RETAB_API_VERSION).toBe(spec.info.version);
  });
});
