import { afterEach, describe, expect, it, vi } from "vitest";
import { startRecordingServer, type RecordingServer } from "./extend.test-helpers.js";
import { ConfigurationError, createExtendClient, EXTEND_API_VERSION, EXTEND_REGIONS } from "./index.js";

const KEY = "sk_test_1234567890abcdef";
const emptyList = { status: 200, body: { object: "list", data: [] } };

describe("createExtendClient over a real loopback server", () => {
  const servers: RecordingServer[] = [];
  afterEach(async () => {
    vi.unstubAllEnvs();
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  const record = async (respond: Parameters<typeof startRecordingServer>[0] = () => emptyList) => {
    const server = await startRecordingServer(respond);
    servers.push(server);
    return server;
  };

  it("sends the URL, bearer key, API version and workspace headers", async () => {
    const server = await record();
    const extend = createExtendClient({
      apiKey: KEY,
      baseUrl: server.url,
      workspaceId: "workspace_abc",
      headers: { "x-team": "ops" },
    });
    await extend.workflowRuns.list({ status: "FAILED", maxPageSize: 5 }).toArray();
    const [request] = server.requests;
    expect(request!.method).toBe("GET");
    expect(request!.url).toBe("/workflow_runs?status=FAILED&maxPageSize=5");
    expect(request!.headers["authorization"]).toBe(`Bearer ${KEY}`);
    expect(request!.headers["x-extend-api-version"]).toBe("2026-02-09");
    expect(request!.headers["x-extend-workspace-id"]).toBe("workspace_abc");
    expect(request!.headers["x-team"]).toBe("ops");
  });

  it("lets apiVersion override the pinned version and omits the workspace header by default", async () => {
    const server = await record();
    const extend = createExtendClient({ apiKey: KEY, baseUrl: server.url, apiVersion: "2026-06-01" });
    await extend.workflows.list().toArray();
    expect(server.requests[0]!.headers["x-extend-api-version"]).toBe("2026-06-01");
    expect(server.requests[0]!.headers).not.toHaveProperty("x-extend-workspace-id");
    expect(EXTEND_API_VERSION).toBe("2026-02-09");
  });

  it("reads EXTEND_API_KEY and EXTEND_BASE_URL from the environment", async () => {
    const server = await record();
    vi.stubEnv("EXTEND_API_KEY", "sk_from_env_0123456789");
    vi.stubEnv("EXTEND_BASE_URL", server.url);
    const extend = createExtendClient();
    expect(extend.baseUrl).toBe(server.url);
    await extend.files.list().toArray();
    expect(server.requests[0]!.headers["authorization"]).toBe("Bearer sk_from_env_0123456789");
  });

  it("never sends the key to another origin, even when redirected there", async () => {
    const elsewhere = await record(() => ({ status: 200, body: { object: "list", data: [] } }));
    const origin = await record(() => ({ status: 307, headers: { location: `${elsewhere.url}/workflows` } }));
    const extend = createExtendClient({ apiKey: KEY, baseUrl: origin.url });
    await extend.workflows.list().toArray();
    expect(origin.requests[0]!.headers["authorization"]).toBe(`Bearer ${KEY}`);
    expect(elsewhere.requests).toHaveLength(1);
    expect(elsewhere.requests[0]!.headers).not.toHaveProperty("authorization");
    expect(JSON.stringify(elsewhere.requests[0])).not.toContain(KEY);
  });

  it("rejects bad arguments with ConfigurationError before any request", async () => {
    const server = await record();
    const extend = createExtendClient({ apiKey: KEY, baseUrl: server.url });
    expect(() => extend.workflowRuns.list({ maxPageSize: 0 })).toThrow(ConfigurationError);
    expect(() => extend.workflowRuns.list({ maxPageSize: 1001 })).toThrow(ConfigurationError);
    expect(() => extend.files.list({ maxPageSize: 2.5 })).toThrow(ConfigurationError);
    expect(() => extend.workflows.list({ maxPageSize: -1 })).toThrow(ConfigurationError);
    await expect(extend.workflowRuns.get("")).rejects.toThrow(ConfigurationError);
    await expect(extend.workflowRuns.cancel(" ")).rejects.toThrow(ConfigurationError);
    await expect(extend.workflowRuns.delete("")).rejects.toThrow(ConfigurationError);
    await expect(extend.workflowRuns.update("", { name: "x" })).rejects.toThrow(ConfigurationError);
    await expect(extend.workflowRuns.poll("")).rejects.toThrow(ConfigurationError);
    await expect(extend.workflows.get("")).rejects.toThrow(ConfigurationError);
    await expect(extend.files.get("")).rejects.toThrow(ConfigurationError);
    await expect(
      extend.workflowRuns.create({ workflow: { id: "" }, file: { url: "https://x.test/a.pdf" } }),
    ).rejects.toThrow(ConfigurationError);
    await expect(
      extend.workflowRuns.batchCreate({ workflow: { id: "workflow_x" }, inputs: [] }),
    ).rejects.toThrow(/1 to 1000/);
    const tooMany = Array.from({ length: 1001 }, () => ({ file: { url: "https://x.test/a.pdf" } }));
    await expect(
      extend.workflowRuns.batchCreate({ workflow: { id: "workflow_x" }, inputs: tooMany }),
    ).rejects.toThrow(ConfigurationError);
    await expect(extend.files.upload(new Uint8Array([1, 2, 3]))).rejects.toThrow(/file name/);
    expect(server.requests).toHaveLength(0);
  });

  it("names EXTEND_API_KEY when no key is configured, and validates its own options", () => {
    vi.stubEnv("EXTEND_API_KEY", "");
    expect(() => createExtendClient()).toThrow(/EXTEND_API_KEY/);
    expect(() => createExtendClient({ apiKey: KEY, region: "mars" as never })).toThrow(/region/);
    expect(() => createExtendClient({ apiKey: KEY, apiVersion: "" })).toThrow(/apiVersion/);
    expect(() => createExtendClient({ apiKey: KEY, workspaceId: "" })).toThrow(/workspaceId/);
  });

  it("picks the regional host, unless baseUrl or EXTEND_BASE_URL says otherwise", () => {
    vi.stubEnv("EXTEND_BASE_URL", "");
    expect(createExtendClient({ apiKey: KEY }).baseUrl).toBe(EXTEND_REGIONS.us);
    expect(createExtendClient({ apiKey: KEY, region: "eu1" }).baseUrl).toBe("https://api.eu1.extend.ai");
    expect(createExtendClient({ apiKey: KEY, region: "us2" }).baseUrl).toBe("https://api.us2.extend.app");
    expect(createExtendClient({ apiKey: KEY, region: "eu1", baseUrl: "http://127.0.0.1:9" }).baseUrl).toBe(
      "http://127.0.0.1:9",
    );
  });
});
