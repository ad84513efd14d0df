import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startExtend, WORKFLOW_ID, type ExtendHarness } from "./extend.test-helpers.js";

describe("extend emulator: authentication and headers", () => {
  let open: ExtendHarness;
  let locked: ExtendHarness;
  beforeAll(async () => {
    open = await startExtend();
    locked = await startExtend({ apiKeys: ["sk_live_good"] });
  });
  afterAll(async () => {
    await Promise.all([open.emulator.close(), locked.emulator.close()]);
  });

  it("answers 401 UNAUTHORIZED without a key, with the request id in body and header", async () => {
    const result = await open.call("GET", "/workflow_runs", { key: null });
    expect(result.status).toBe(401);
    expect(result.body).toMatchObject({ code: "UNAUTHORIZED", retryable: false });
    expect(result.body.requestId).toMatch(/^req_/);
    expect(result.headers.get("x-extend-request-id")).toBe(result.body.requestId);
  });

  it("accepts only configured keys when apiKeys is set", async () => {
    expect((await locked.call("GET", "/workflows", { key: "sk_live_bad" })).status).toBe(401);
    expect((await locked.call("GET", "/workflows", { key: "sk_live_good" })).status).toBe(200);
  });

  it("requires x-extend-api-version 2026-02-09", async () => {
    const missing = await open.call("GET", "/workflows", { version: null });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe("INVALID_REQUEST");
    expect(missing.body.message).toContain("x-extend-api-version");
    expect((await open.call("GET", "/workflows", { version: "2025-04-21" })).status).toBe(400);
    expect((await open.call("GET", "/workflows", { version: "1999-01-01" })).status).toBe(400);
  });

  it("checks the key before the version", async () => {
    expect((await open.call("GET", "/workflows", { key: null, version: null })).status).toBe(401);
  });

  it("answers 403 for a workspace header the key cannot use, and accepts a valid one", async () => {
    const denied = await open.call("GET", "/workflows", {
      headers: { "x-extend-workspace-id": "someone-else" },
    });
    expect(denied.status).toBe(403);
    expect(denied.body.code).toBe("FORBIDDEN");
    const allowed = await open.call("GET", "/workflows", {
      headers: { "x-extend-workspace-id": "workspace_Qx7pL2mN9vR4tK8wB3cYd" },
    });
    expect(allowed.status).toBe(200);
  });

  it("answers Extend's 404 envelope for an unknown route", async () => {
    const result = await open.call("GET", "/nothing_here");
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ code: "NOT_FOUND", retryable: false });
  });
});

describe("extend emulator: query validation", () => {
  let harness: ExtendHarness;
  beforeAll(async () => {
    harness = await startExtend({ seed: { runs: 20, seed: 3 } });
  });
  afterAll(async () => {
    await harness.emulator.close();
  });

  it.each(["0", "1001", "abc", "-5", "2.5"])(
    "rejects maxPageSize=%s with 400 INVALID_REQUEST",
    async (size) => {
      const result = await harness.call("GET", `/workflow_runs?maxPageSize=${size}`);
      expect(result.status).toBe(400);
      expect(result.body.code).toBe("INVALID_REQUEST");
      expect(result.body.message).toContain("maxPageSize");
    },
  );

  it("accepts maxPageSize at both bounds", async () => {
    expect((await harness.call("GET", "/workflow_runs?maxPageSize=1")).body.data).toHaveLength(1);
    expect((await harness.call("GET", "/workflow_runs?maxPageSize=1000")).body.data).toHaveLength(20);
  });

  it.each([
    ["status=DONE", "status"],
    ["sortBy=name", "sortBy"],
    ["sortDir=up", "sortDir"],
    ["nextPageToken=garbage!", "nextPageToken"],
    ["nextPageToken=dGhpcyBpcyBub3QgYSB0b2tlbg", "nextPageToken"],
  ])("rejects %s with 400", async (query, field) => {
    const result = await harness.call("GET", `/workflow_runs?${query}`);
    expect(result.status).toBe(400);
    expect(result.body.message).toContain(field);
  });

  it("validates the files and workflows lists the same way", async () => {
    expect((await harness.call("GET", "/files?maxPageSize=0")).status).toBe(400);
    expect((await harness.call("GET", "/files?sortDir=sideways")).status).toBe(400);
    expect((await harness.call("GET", "/workflows?sortBy=name")).status).toBe(400);
    expect((await harness.call("GET", "/files/file_nope?rawText=yes")).status).toBe(400);
  });
});

describe("extend emulator: body validation", () => {
  let harness: ExtendHarness;
  beforeAll(async () => {
    harness = await startExtend();
  });
  afterAll(async () => {
    await harness.emulator.close();
  });
  const create = (body: unknown, headers?: Record<string, string>) =>
    harness.call("POST", "/workflow_runs", { body, ...(headers === undefined ? {} : { headers }) });
  const url = { url: "https://files.example.com/a.pdf" };

  it.each([
    ["no workflow", { file: url }],
    ["empty workflow id", { workflow: { id: "" }, file: url }],
    ["neither file nor package", { workflow: { id: WORKFLOW_ID } }],
    [
      "both file and package",
      { workflow: { id: WORKFLOW_ID }, file: url, package: { files: [url, { id: "file_x" }] } },
    ],
    ["a file with two sources", { workflow: { id: WORKFLOW_ID }, file: { url: url.url, text: "x" } }],
    ["a file URL that is not http", { workflow: { id: WORKFLOW_ID }, file: { url: "ftp://x/a.pdf" } }],
    ["priority 0", { workflow: { id: WORKFLOW_ID }, file: url, priority: 0 }],
    ["priority 101", { workflow: { id: WORKFLOW_ID }, file: url, priority: 101 }],
    ["metadata that is not an object", { workflow: { id: WORKFLOW_ID }, file: url, metadata: [1] }],
    ["an unknown field", { workflow: { id: WORKFLOW_ID }, file: url, colour: "red" }],
    ["a one-file package", { workflow: { id: WORKFLOW_ID }, package: { files: [url] } }],
    ["a version that is not a number", { workflow: { id: WORKFLOW_ID, version: "latest" }, file: url }],
    [
      "metadata over 10 KB",
      { workflow: { id: WORKFLOW_ID }, file: url, metadata: { blob: "x".repeat(11_000) } },
    ],
  ])("rejects a create with %s: 400 INVALID_REQUEST", async (_name, body) => {
    const result = await create(body);
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ code: "INVALID_REQUEST", retryable: false });
  });

  it("rejects a body that is not JSON, or not sent as JSON", async () => {
    expect((await create("{not json")).status).toBe(400);
    expect(
      (
        await create(JSON.stringify({ workflow: { id: WORKFLOW_ID }, file: url }), {
          "content-type": "text/plain",
        })
      ).status,
    ).toBe(400);
  });

  it("answers 404 for an unknown workflow or file id, and 422 for a version that does not exist", async () => {
    expect((await create({ workflow: { id: "workflow_doesNotExist000000000" }, file: url })).status).toBe(
      404,
    );
    expect(
      (await create({ workflow: { id: WORKFLOW_ID }, file: { id: "file_doesNotExist0000000000" } })).status,
    ).toBe(404);
    const missingVersion = await create({ workflow: { id: WORKFLOW_ID, version: "99" }, file: url });
    expect(missingVersion.status).toBe(422);
    expect(missingVersion.body.code).toBe("UNPROCESSABLE_ENTITY");
  });

  it("accepts an explicit draft or published version", async () => {
    const draft = await create({ workflow: { id: WORKFLOW_ID, version: "draft" }, file: url });
    expect(draft.status).toBe(200);
    expect(draft.body.workflowVersion.version).toBe("draft");
    const first = await create({ workflow: { id: WORKFLOW_ID, version: "1" }, file: url });
    expect(first.body.workflowVersion.version).toBe("1");
  });

  it("rejects batches outside 1–1000 inputs and creates nothing for a bad input", async () => {
    const batch = (inputs: unknown) =>
      harness.call("POST", "/workflow_runs/batch", { body: { workflow: { id: WORKFLOW_ID }, inputs } });
    expect((await batch([])).status).toBe(400);
    expect((await batch(Array.from({ length: 1001 }, () => ({ file: url })))).status).toBe(400);
    expect((await batch("nope")).status).toBe(400);
    const before = (await harness.call("GET", "/workflow_runs?maxPageSize=1000")).body.data.length;
    expect((await batch([{ file: url }, { file: { id: "file_doesNotExist0000000000" } }])).status).toBe(404);
    expect((await batch([{ file: url }, { file: url, colour: "red" }])).status).toBe(400);
    expect((await harness.call("GET", "/workflow_runs?maxPageSize=1000")).body.data.length).toBe(before);
  });

  it("rejects an update with an unknown field or a non-object metadata", async () => {
    const run = await harness.createRun();
    expect(
      (await harness.call("POST", `/workflow_runs/${run.id}`, { body: { status: "PROCESSED" } })).status,
    ).toBe(400);
    expect((await harness.call("POST", `/workflow_runs/${run.id}`, { body: { metadata: "x" } })).status).toBe(
      400,
    );
    expect((await harness.call("POST", `/workflow_runs/${run.id}`, { body: { name: 5 } })).status).toBe(400);
  });

  it("rejects an upload that is not multipart or has no file part", async () => {
    expect((await harness.call("POST", "/files/upload", { body: { file: "x" } })).status).toBe(400);
    const form = new FormData();
    form.append("password", "secret");
    expect((await harness.call("POST", "/files/upload", { body: form })).status).toBe(400);
  });
});

describe("extend emulator: framework errors in Extend's envelope", () => {
  it("sends 429 RATE_LIMIT_EXCEEDED with Retry-After, retryable", async () => {
    const harness = await startExtend({ faults: { rateLimitRate: 1, retryAfterSeconds: 3 } });
    try {
      const result = await harness.call("GET", "/workflow_runs");
      expect(result.status).toBe(429);
      expect(result.headers.get("retry-after")).toBe("3");
      expect(result.body).toMatchObject({ code: "RATE_LIMIT_EXCEEDED", retryable: true });
    } finally {
      await harness.emulator.close();
    }
  });

  it("sends 500 INTERNAL_ERROR, retryable, for injected server errors", async () => {
    const harness = await startExtend({ faults: { errorRate: 1 } });
    try {
      const result = await harness.call("GET", "/workflows");
      expect(result.status).toBe(500);
      expect(result.body).toMatchObject({ code: "INTERNAL_ERROR", retryable: true });
      expect(result.body.requestId).toBe(result.headers.get("x-extend-request-id"));
    } finally {
      await harness.emulator.close();
    }
  });
});
