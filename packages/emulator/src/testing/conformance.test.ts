import { describe, expect, it } from "vitest";
import { assertConformsToSpec, coverageTracker, createSpec, findOperation } from "./conformance.js";

const spec = createSpec(
  {
    openapi: "3.1.0",
    info: { title: "tiny", version: "1" },
    servers: [{ url: "https://api.example.test/v1" }],
    paths: {
      "/runs": {
        get: {
          responses: {
            "200": {
              description: "page",
              content: { "application/json": { schema: { $ref: "#/components/schemas/RunList" } } },
            },
            "4XX": { $ref: "#/components/responses/Error" },
          },
        },
      },
      "/runs/{run_id}": {
        get: {
          responses: {
            "200": {
              description: "run",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Run" } } },
            },
            "404": { $ref: "#/components/responses/Error" },
          },
        },
        delete: { responses: { "204": { description: "gone" } } },
      },
      "/runs/batch": {
        get: {
          responses: {
            "200": { description: "batch", content: { "text/plain": { schema: { type: "string" } } } },
          },
        },
      },
    },
    components: {
      schemas: {
        Run: {
          type: "object",
          required: ["id", "status", "created_at"],
          properties: {
            id: { type: "string", pattern: "^run_" },
            status: { type: "string", enum: ["pending", "done"] },
            created_at: { type: "string", format: "date-time" },
            note: { type: ["string", "null"] },
          },
        },
        RunList: {
          type: "object",
          required: ["data"],
          properties: { data: { type: "array", items: { $ref: "#/components/schemas/Run" } } },
        },
        Error: { type: "object", required: ["detail"], properties: { detail: { type: "string" } } },
      },
      responses: {
        Error: {
          description: "error",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
      },
    },
  },
  "tiny",
);

const json = { "content-type": "application/json; charset=utf-8" };
const run = { id: "run_1", status: "done", created_at: "2026-01-02T03:04:05Z", note: null };

describe("assertConformsToSpec", () => {
  it("accepts a documented status whose body matches the schema, resolving $refs", () => {
    expect(() =>
      assertConformsToSpec({
        spec,
        method: "get",
        path: "/runs?limit=2",
        status: 200,
        body: { data: [run] },
        headers: json,
      }),
    ).not.toThrow();
    expect(() =>
      assertConformsToSpec({
        spec,
        method: "GET",
        path: "/runs/run_1",
        status: 200,
        body: JSON.stringify(run),
        headers: new Headers(json),
      }),
    ).not.toThrow();
  });

  it("fails on a body that breaks the schema, naming the field", () => {
    const bad = { ...run, status: "exploded" };
    expect(() =>
      assertConformsToSpec({
        spec,
        method: "GET",
        path: "/runs/run_1",
        status: 200,
        body: bad,
        headers: json,
      }),
    ).toThrow(/\/status must be equal to one of the allowed values/);
    expect(() =>
      assertConformsToSpec({
        spec,
        method: "GET",
        path: "/runs/run_1",
        status: 200,
        body: { ...run, created_at: "yesterday" },
        headers: json,
      }),
    ).toThrow(/created_at must match format/);
  });

  it("fails on a status the operation does not document", () => {
    expect(() =>
      assertConformsToSpec({
        spec,
        method: "GET",
        path: "/runs/run_1",
        status: 500,
        body: { detail: "x" },
        headers: json,
      }),
    ).toThrow(/status 500 is not documented/);
  });

  it("uses range and $ref'd responses", () => {
    expect(() =>
      assertConformsToSpec({
        spec,
        method: "GET",
        path: "/runs",
        status: 422,
        body: { detail: "bad" },
        headers: json,
      }),
    ).not.toThrow();
    expect(() =>
      assertConformsToSpec({
        spec,
        method: "GET",
        path: "/runs",
        status: 422,
        body: { message: "bad" },
        headers: json,
      }),
    ).toThrow(/must have required property 'detail'/);
  });

  it("fails on an unknown path, an undocumented content type, or a body where none is documented", () => {
    expect(() =>
      assertConformsToSpec({ spec, method: "GET", path: "/nope", status: 200, body: {}, headers: json }),
    ).toThrow(/no operation/);
    expect(() =>
      assertConformsToSpec({
        spec,
        method: "GET",
        path: "/runs",
        status: 200,
        body: "<html>",
        headers: { "content-type": "text/html" },
      }),
    ).toThrow(/text\/html is not documented/);
    expect(() =>
      assertConformsToSpec({
        spec,
        method: "DELETE",
        path: "/runs/run_1",
        status: 204,
        body: "",
        headers: {},
      }),
    ).not.toThrow();
    expect(() =>
      assertConformsToSpec({
        spec,
        method: "DELETE",
        path: "/runs/run_1",
        status: 204,
        body: { ok: true },
        headers: json,
      }),
    ).toThrow(/documents no body/);
  });

  it("prefers literal paths over templates and strips the server base path", () => {
    expect(findOperation(spec, "GET", "/runs/batch")?.key).toBe("GET /runs/batch");
    expect(findOperation(spec, "GET", "/v1/runs/run_9")?.key).toBe("GET /runs/{run_id}");
  });
});

describe("coverageTracker", () => {
  it("lists operations never exercised until each has been hit", () => {
    const coverage = coverageTracker(spec);
    assertConformsToSpec({
      spec,
      coverage,
      method: "GET",
      path: "/runs",
      status: 200,
      body: { data: [] },
      headers: json,
    });
    assertConformsToSpec({
      spec,
      coverage,
      method: "GET",
      path: "/runs/run_1",
      status: 200,
      body: run,
      headers: json,
    });
    expect(coverage.missing()).toEqual(["GET /runs/batch", "DELETE /runs/{run_id}"]);
    expect(() => coverage.assertAllCovered()).toThrow(/2 operation\(s\) of tiny never exercised/);
    assertConformsToSpec({
      spec,
      coverage,
      method: "GET",
      path: "/runs/batch",
      status: 200,
      body: "ok",
      headers: { "content-type": "text/plain" },
    });
    assertConformsToSpec({
      spec,
      coverage,
      method: "DELETE",
      path: "/runs/run_1",
      status: 204,
      body: undefined,
    });
    expect(() => coverage.assertAllCovered()).not.toThrow();
    expect([...(coverage.seen.get("GET /runs") ?? [])]).toEqual([200]);
  });
});
