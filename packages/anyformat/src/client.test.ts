import { ConfigurationError } from "@docrun/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { KEY, setup, startRecorder } from "./anyformat.test-helpers.js";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { ANYFORMAT_API_VERSION, createAnyformatClient } from "./client.js";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("createAnyformatClient", () => {
  it("throws ConfigurationError naming ANYFORMAT_API_KEY when no key is given or set", () => {
    vi.stubEnv("ANYFORMAT_API_KEY", "");
    expect(() => createAnyformatClient()).toThrow(ConfigurationError);
    expect(() => createAnyformatClient()).toThrow(/ANYFORMAT_API_KEY/);
  });

  it("reads the key and base URL from ANYFORMAT_API_KEY and ANYFORMAT_BASE_URL", async () => {
    const recorder = await startRecorder(() => ({ status: 200, body: JSON.stringify({ message: "ok" }) }));
    vi.stubEnv("ANYFORMAT_API_KEY", "af_from_env_123456");
    vi.stubEnv("ANYFORMAT_BASE_URL", recorder.url);
    const af = createAnyformatClient();
    expect(af.baseUrl).toBe(recorder.url);
    expect(await af.health()).toEqual({ message: "ok" });
    expect(recorder.requests[0]!.headers["authorization"]).toBe("Bearer af_from_env_123456");
  });

  it("sends the right URL, bearer key and extra headers on every call, with AnyFormat's trailing slash", async () => {
    const page = JSON.stringify({ count: 0, page: 1, page_size: 25, results: [] });
    const recorder = await startRecorder((path) => ({
      status: 200,
      body: path.startsWith("/health/") ? '{"message":"ok"}' : page,
    }));
    const af = createAnyformatClient({
      apiKey: KEY,
      baseUrl: recorder.url,
      headers: { "x-team": "billing" },
    });
    await af.health();
    await af.workflows.listRuns("wf-1", { pageSize: 25 }).toArray();
    await af.workflows.list({ status: "active", pageSize: 10 }).toArray();
    expect(recorder.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "GET /health/",
      "GET /v2/workflows/wf-1/runs/?page=1&page_size=25",
      "GET /v2/workflows/?page=1&page_size=10&status=active",
    ]);
    for (const request of recorder.requests) {
      expect(request.headers["authorization"]).toBe(`Bearer ${KEY}`);
      expect(request.headers["x-team"]).toBe("billing");
    }
  });

  it("adds the trailing slash even to a raw .api path without one, so the 301 is never met", async () => {
    const { af, emulator } = await setup();
    const { data, response } = await af.api.GET("/v2/workflows" as "/v2/workflows/");
    expect(response.status).toBe(200);
    expect(data?.count).toBe(3);
    expect(emulator.state.countRequests({ status: 301 })).toBe(0);
  });

  it("never sends the key to another origin, even when redirected there", async () => {
    const elsewhere = await startRecorder(() => ({ status: 200, body: '{"message":"ok"}' }));
    const api = await startRecorder(() => ({
      status: 302,
      headers: { location: `${elsewhere.url}/health/` },
    }));
    const af = createAnyformatClient({ apiKey: KEY, baseUrl: api.url });
    await af.health();
    expect(api.requests[0]!.headers["authorization"]).toBe(`Bearer ${KEY}`);
    expect(elsewhere.requests).toHaveLength(1);
    expect(elsewhere.requests[0]!.headers["authorization"]).toBeUndefined();
    expect(JSON.stringify(elsewhere.requests)).not.toContain(KEY);
  });

  it("refuses a page size outside 1–100 and an empty id with ConfigurationError before any request", async () => {
    const { af, emulator, workflowId } = await setup();
    const before = emulator.state.counters.requests;
    expect(() => af.workflows.listRuns(workflowId, { pageSize: 0 })).toThrow(ConfigurationError);
    expect(() => af.workflows.listFiles(workflowId, { pageSize: 101 })).toThrow(
      /pageSize must be an integer from 1 to 100/,
    );
    expect(() => af.workflows.list({ pageSize: 2.5 })).toThrow(ConfigurationError);
    expect(() => af.workflows.listRuns("")).toThrow(/workflowId/);
    await expect(af.workflows.get("")).rejects.toThrow(ConfigurationError);
    await expect(af.workflows.get("  ")).rejects.toThrow(ConfigurationError);
    await expect(af.workflows.results(workflowId, "")).rejects.toThrow(/collectionId/);
    await expect(af.files.delete("")).rejects.toThrow(ConfigurationError);
    await expect(af.webhooks.delete("")).rejects.toThrow(ConfigurationError);
    await expect(af.webhooks.create({ url: "" })).rejects.toThrow(/url must be a non-empty string/);
    await expect(af.workflows.run(workflowId, {} as never)).rejects.toThrow(
      /exactly one of `file` or `text`/,
    );
    expect(emulator.state.counters.requests).toBe(before);
  });

  it("reports the API version of the spec it was generated from", () => {
    const spec = parse(
      readFileSync(new URL("../../../specs/anyformat.openapi.yaml", import.meta.url), "utf8"),
    ) as { info: { version: string } };
    expect(ANYFORMAT_API_VERSION).toBe(spec.info.version);
  });
});
