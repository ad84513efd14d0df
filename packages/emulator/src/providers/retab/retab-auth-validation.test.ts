import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RETAB_WORKFLOW_IDS } from "./index.js";
import { startRetab, type RetabHarness } from "./retab.test-helpers.js";

describe("retab emulator: auth, routing and FastAPI-style validation", () => {
  let retab: RetabHarness;
  beforeAll(async () => {
    retab = await startRetab({
      apiKeys: ["sk_live_good", "forbidden_readonly"],
      seed: { runs: 50, seed: 3 },
    });
  });
  afterAll(() => retab.emulator.close());
  const good = { key: "sk_live_good" };

  it("answers 401 {detail} without a bearer key, and with an unknown key when keys are configured", async () => {
    const missing = await retab.call("GET", "/v1/workflows/runs", { key: null });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ detail: "Not authenticated" });
    expect(missing.headers.get("www-authenticate")).toBe("Bearer");
    expect(missing.headers.get("x-request-id")).toMatch(/\S/);
    const wrong = await retab.call("GET", "/v1/workflows/runs", { key: "sk_live_bad" });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ detail: "Invalid API key" });
    const basic = await retab.call("GET", "/v1/workflows", {
      key: null,
      headers: { authorization: "Basic c2s6" },
    });
    expect(basic.status).toBe(401);
  });

  it("answers 403 for a key marked as lacking permission", async () => {
    const response = await retab.call("GET", "/v1/workflows", { key: "forbidden_readonly" });
    expect(response.status).toBe(403);
    expect(typeof response.body.detail).toBe("string");
  });

  it("rejects limit out of range, unknown enums, malformed dates and non-integers with 422 HTTPValidationError", async () => {
    const response = await retab.call(
      "GET",
      "/v1/workflows/runs?limit=500&status=exploded&order=sideways&from_date=2026-13-01&min_duration_ms=fast&trigger_type=pigeon",
      good,
    );
    expect(response.status).toBe(422);
    const byField = Object.fromEntries(
      response.body.detail.map((issue: { loc: string[]; type: string }) => [issue.loc[1], issue.type]),
    );
    expect(byField).toEqual({
      limit: "less_than_equal",
      status: "literal_error",
      order: "literal_error",
      from_date: "value_error",
      min_duration_ms: "int_parsing",
      trigger_type: "literal_error",
    });
    const limitIssue = response.body.detail.find((issue: { loc: string[] }) => issue.loc[1] === "limit");
    expect(limitIssue).toEqual({
      type: "less_than_equal",
      loc: ["query", "limit"],
      msg: "Input should be less than or equal to 100",
      input: "500",
      ctx: { le: 100 },
    });
    const zero = await retab.call("GET", "/v1/workflows/runs?limit=0", good);
    expect(zero.body.detail[0]).toMatchObject({ type: "greater_than_equal", ctx: { ge: 1 } });
    const badMetadata = await retab.call(
      "GET",
      `/v1/workflows/runs?metadata=${encodeURIComponent("not json")}`,
      good,
    );
    expect(badMetadata.status).toBe(422);
  });

  it("validates the create body like pydantic: missing fields, wrong types, extra MIMEData keys, bad JSON", async () => {
    const missing = await retab.call("POST", "/v1/workflows/runs", {
      ...good,
      body: { documents: { "start-document-1": { filename: 1, url: "x", size: 3 } } },
    });
    expect(missing.status).toBe(422);
    expect(
      missing.body.detail.map((issue: { type: string; loc: unknown[] }) => [issue.type, issue.loc.join(".")]),
    ).toEqual([
      ["missing", "body.workflow_id"],
      ["string_type", "body.documents.start-document-1.filename"],
      ["extra_forbidden", "body.documents.start-document-1.size"],
    ]);
    const broken = await retab.call("POST", "/v1/workflows/runs", { ...good, body: "{not json" });
    expect(broken.status).toBe(422);
    expect(broken.body.detail[0].type).toBe("json_invalid");
  });

  it("answers 404 {detail} for unknown ids and routes, 405 for a wrong method, 307 for a trailing slash", async () => {
    for (const path of [
      "/v1/workflows/runs/run_missing",
      "/v1/workflows/wf_missing",
      "/v1/workflows/steps/nope?run_id=run_missing",
      "/v1/nothing-here",
    ]) {
      const response = await retab.call("GET", path, good);
      expect(response.status, path).toBe(404);
      expect(typeof response.body.detail, path).toBe("string");
    }
    expect((await retab.call("DELETE", "/v1/workflows/runs/run_missing", good)).status).toBe(404);
    expect((await retab.call("POST", "/v1/workflows/runs/run_missing/cancel", good)).status).toBe(404);
    const create = await retab.call("POST", "/v1/workflows/runs", {
      ...good,
      body: { workflow_id: "wf_missing" },
    });
    expect(create.status).toBe(404);
    expect(create.body).toEqual({ detail: "Workflow not found" });
    const version = await retab.call("POST", "/v1/workflows/runs", {
      ...good,
      body: { workflow_id: RETAB_WORKFLOW_IDS.invoices, version: "ver_nope" },
    });
    expect(version.status).toBe(404);
    const wrongMethod = await retab.call("PATCH", "/v1/workflows/runs", good);
    expect(wrongMethod.status).toBe(405);
    const slash = await retab.call("GET", "/v1/workflows/runs/?limit=2", good);
    expect(slash.status).toBe(307);
    expect(slash.headers.get("location")).toBe("/v1/workflows/runs?limit=2");
  });

  it("refuses before+after together on steps and blocks with 400, as Retab documents", async () => {
    const blocks = await retab.call(
      "GET",
      `/v1/workflows/blocks?workflow_id=${RETAB_WORKFLOW_IDS.invoices}&before=a&after=b`,
      good,
    );
    expect(blocks.status).toBe(400);
    expect(blocks.body.detail).toMatch(/either 'before' or 'after'/);
    const steps = await retab.call("GET", "/v1/workflows/steps?before=a&after=b", good);
    expect(steps.status).toBe(400);
    const missingWorkflow = await retab.call("GET", "/v1/workflows/blocks", good);
    expect(missingWorkflow.status).toBe(422);
    expect(missingWorkflow.body.detail[0]).toMatchObject({
      type: "missing",
      loc: ["query", "workflow_id"],
      msg: "Field required",
    });
  });
});
