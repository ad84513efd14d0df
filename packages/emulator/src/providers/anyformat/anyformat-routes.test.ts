import { describe, expect, it } from "vitest";
import { firstWorkflowId, startAnyformat } from "./anyformat.test-helpers.js";

describe("AnyFormat emulator: paths, auth and envelope", () => {
  it("answers 301 to the slashed path (query kept) when the trailing slash is missing, before auth", async () => {
    const test = await startAnyformat();
    const response = await test.call("/v2/workflows?page=2&page_size=5", { key: null });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/v2/workflows/?page=2&page_size=5");
    const id = await firstWorkflowId(test);
    const nested = await test.call(`/v2/workflows/${id}/files/abc/results`);
    expect(nested.status).toBe(301);
    expect(nested.headers.get("location")).toBe(`/v2/workflows/${id}/files/abc/results/`);
    expect((await test.call("/health")).headers.get("location")).toBe("/health/");
  });

  it("answers 404 NOT_FOUND for a path the API does not have, with or without slash", async () => {
    const test = await startAnyformat();
    for (const path of ["/v2/nothing/", "/v2/nothing", "/v3/workflows/"]) {
      const { status, body } = await test.json(path);
      expect(status).toBe(404);
      expect(body.error_code).toBe("NOT_FOUND");
    }
  });

  it("serves /health/ without a key and stamps X-API-Version and a request id on every response", async () => {
    const test = await startAnyformat();
    const { status, body, headers } = await test.json("/health/", { key: null });
    expect(status).toBe(200);
    expect(body).toEqual({ message: "ok" });
    expect(headers.get("x-api-version")).toBe("2.0.0");
    expect(headers.get("x-request-id")).toMatch(/^req_/);
    const denied = await test.json("/v2/workflows/", { key: null });
    expect(denied.headers.get("x-api-version")).toBe("2.0.0");
    expect(denied.body.request_id).toBe(denied.headers.get("x-request-id"));
  });

  it("answers 403 ACCESS_DENIED without a bearer key or with an empty one", async () => {
    const test = await startAnyformat();
    const missing = await test.json("/v2/workflows/", { key: null });
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({ error: "Forbidden", error_code: "ACCESS_DENIED", retryable: false });
    const empty = await test.json("/v2/workflows/", { key: null, headers: { authorization: "Bearer " } });
    expect(empty.status).toBe(403);
    const basic = await test.json("/v2/workflows/", {
      key: null,
      headers: { authorization: "Basic dXNlcjpwYXNz" },
    });
    expect(basic.status).toBe(403);
  });

  it("answers 401 AUTH_FAILED for a key it was not configured with, and accepts configured keys", async () => {
    const test = await startAnyformat({ apiKeys: ["af_live_right"] });
    const wrong = await test.json("/v2/workflows/", { key: "af_live_wrong" });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({
      error: "Unauthorized",
      error_code: "AUTH_FAILED",
      retryable: false,
      detail: "Invalid API key.",
    });
    expect((await test.json("/v2/workflows/", { key: "af_live_right" })).status).toBe(200);
  });

  it("accepts any non-empty key when no keys are configured", async () => {
    const test = await startAnyformat();
    expect((await test.json("/v2/workflows/", { key: "anything" })).status).toBe(200);
  });

  it("answers 404 NOT_FOUND for unknown workflow, collection and webhook ids", async () => {
    const test = await startAnyformat();
    const id = await firstWorkflowId(test);
    const unknown = "01a206e6-9892-7b63-a699-be600fca1c9e";
    const cases: [string, string, string][] = [
      ["GET", `/v2/workflows/${unknown}/`, "Workflow not found."],
      ["GET", `/v2/workflows/${unknown}/runs/`, "Workflow not found."],
      ["GET", `/v2/workflows/${unknown}/files/`, "Workflow not found."],
      ["GET", `/v2/workflows/${id}/files/${unknown}/results/`, "File collection not found."],
      ["DELETE", `/v2/files/${unknown}/`, "File collection not found."],
      ["DELETE", "/v2/webhooks/wh_00000000000000000000/", "Webhook not found."],
    ];
    for (const [method, path, detail] of cases) {
      const { status, body } = await test.json(path, { method });
      expect({ path, status, body }).toMatchObject({
        path,
        status: 404,
        body: { error: "Not Found", error_code: "NOT_FOUND", detail, retryable: false },
      });
    }
  });

  it("lists workflows with their fields and gets one by id", async () => {
    const test = await startAnyformat();
    const list = await test.json("/v2/workflows/?order=asc");
    expect(list.body).toMatchObject({ count: 3, page: 1, page_size: 20 });
    expect(list.body.results.map((workflow: { name: string }) => workflow.name)).toEqual([
      "Invoice extraction",
      "Resume parsing",
      "Contract review",
    ]);
    const newestFirst = await test.json("/v2/workflows/");
    expect(newestFirst.body.results[0].name).toBe("Contract review");
    const byName = await test.json("/v2/workflows/?sort_by=name&order=asc&page_size=1&page=2");
    expect(byName.body.results.map((workflow: { name: string }) => workflow.name)).toEqual([
      "Invoice extraction",
    ]);
    const one = await test.json(`/v2/workflows/${list.body.results[0].id}/`);
    expect(one.status).toBe(200);
    expect(one.body.fields).toContainEqual({
      name: "total_amount",
      description: "Invoice total including tax",
      data_type: "float",
    });
    expect((await test.json("/v2/workflows/?status=archived")).body).toMatchObject({ count: 0, results: [] });
  });

  it("answers rate-limited requests with AnyFormat's envelope and Retry-After", async () => {
    const test = await startAnyformat({ rateLimit: { limit: 1, windowMs: 60_000 } });
    expect((await test.json("/v2/workflows/")).status).toBe(200);
    const limited = await test.json("/v2/workflows/");
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({
      error: "Too Many Requests",
      error_code: "RATE_LIMITED",
      retryable: true,
    });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("answers injected server faults with INTERNAL_ERROR", async () => {
    const test = await startAnyformat({ faults: { errorRate: 1 } });
    const { status, body } = await test.json("/v2/workflows/");
    expect(status).toBe(500);
    expect(body).toMatchObject({
      error: "Internal Server Error",
      error_code: "INTERNAL_ERROR",
      retryable: true,
    });
  });
});
