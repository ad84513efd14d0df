// What a user of the Retab emulator notices on operations the spec engine serves: jobs that wait
// then finish, cancel, CRUD that remembers, id-cursor pages both ways, and FastAPI's errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../start-emulator.js";
import type { RetabState } from "../../providers/retab/state.js";

const clock = (() => {
  let now = Date.UTC(2026, 10, 23, 6, 0, 0);
  return { now: () => now, advance: (ms: number) => (now += ms) };
})();

const extraction = {
  document: { filename: "invoice.pdf", url: "data:application/pdf;base64,JVBERi0xLjcKJSVFT0YK" },
  json_schema: { type: "object", properties: { total: { type: "number" } } },
  model: "retab-small",
};

describe("Retab operations served by the spec engine", () => {
  let emulator: Emulator<RetabState>;
  const call = async (method: string, path: string, body?: unknown, key: string | null = "test-key") => {
    const headers: Record<string, string> = {};
    if (key !== null) headers["authorization"] = `Bearer ${key}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${emulator.url}${path}`, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text === "" ? undefined : JSON.parse(text),
      headers: response.headers,
    };
  };

  beforeAll(async () => {
    emulator = await startEmulator<RetabState>({ provider: "retab", clock, processingMs: 900, random: 9 });
  });
  afterAll(() => emulator.close());

  it("starts an extraction pending, keeps the request's fields, and moves it to completed over processingMs", async () => {
    const created = await call("POST", "/v1/extractions", extraction);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: "pending",
      model: "retab-small",
      json_schema: extraction.json_schema,
    });
    expect(created.body.id).toMatch(/^extr_[A-Za-z0-9]{16}$/);
    const path = `/v1/extractions/${created.body.id}`;
    const seen: string[] = [];
    for (let step = 0; step < 4; step += 1) {
      seen.push((await call("GET", path)).body.status);
      clock.advance(300);
    }
    expect(seen).toEqual(["pending", "queued", "in_progress", "completed"]);
  });

  it("runs a workflow eval run through its lifecycle variants (lifecycle.status)", async () => {
    const { retabSpecEngine } = await import("../../providers/retab/spec-fallback.js");
    const engine = retabSpecEngine()!;
    const { sampleSchema } = await import("./schema-sampler.js");
    const create = engine.operations.find((operation) => operation.id === "create_workflow_eval_run")!;
    const created = await call(
      "POST",
      "/v1/workflows/evals/runs",
      sampleSchema(engine.doc, create.body!.schema, { seed: 2, optionalDepth: 0 }),
    );
    expect(created.status).toBe(202);
    expect(created.body.lifecycle.status).toBe("pending");
    clock.advance(900);
    expect((await call("GET", `/v1/workflows/evals/runs/${created.body.id}`)).body.lifecycle.status).toBe(
      "completed",
    );
  });

  it("cancels a pending job for good, and leaves a finished one as it is", async () => {
    const created = await call("POST", "/v1/parses", { document: extraction.document });
    const cancelled = await call("POST", `/v1/parses/${created.body.id}/cancel`);
    expect(cancelled.status).toBe(200);
    clock.advance(2_000);
    expect((await call("GET", `/v1/parses/${created.body.id}`)).body.status).toBe("cancelled");
    const finished = await call("POST", "/v1/parses", { document: extraction.document });
    clock.advance(2_000);
    await call("POST", `/v1/parses/${finished.body.id}/cancel`);
    expect((await call("GET", `/v1/parses/${finished.body.id}`)).body.status).toBe("completed");
  });

  it("pages a collection newest first with id cursors both ways, and checks the limit bounds", async () => {
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      ids.push((await call("POST", "/v1/classifications", await classificationBody())).body.id);
      clock.advance(1);
    }
    const newest = [...ids].reverse();
    const first = await call("GET", "/v1/classifications?limit=2");
    expect(first.body.data.map((item: { id: string }) => item.id)).toEqual(newest.slice(0, 2));
    expect(first.body.list_metadata).toEqual({ before: null, after: newest[1] });
    const second = await call("GET", `/v1/classifications?limit=2&after=${newest[1]}`);
    expect(second.body.data.map((item: { id: string }) => item.id)).toEqual(newest.slice(2, 4));
    expect(second.body.list_metadata).toEqual({ before: newest[2], after: newest[3] });
    const back = await call("GET", `/v1/classifications?limit=2&before=${newest[4]}`);
    expect(back.body.data.map((item: { id: string }) => item.id)).toEqual(newest.slice(2, 4));
    expect(back.body.list_metadata).toEqual({ before: newest[2], after: newest[3] });
    const start = await call("GET", `/v1/classifications?limit=2&before=${newest[2]}`);
    expect(start.body.data.map((item: { id: string }) => item.id)).toEqual(newest.slice(0, 2));
    expect(start.body.list_metadata.before).toBeNull();
    const oldestFirst = await call("GET", "/v1/classifications?limit=5&order=asc");
    expect(oldestFirst.body.data.map((item: { id: string }) => item.id)).toEqual(ids);

    const tooMany = await call("GET", "/v1/classifications?limit=101");
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.detail[0]).toMatchObject({
      type: "less_than_equal",
      loc: ["query", "limit"],
      input: "101",
    });
    const both = await call("GET", `/v1/classifications?after=${ids[0]}&before=${ids[1]}`);
    expect(both.status).toBe(400);
    expect(typeof both.body.detail).toBe("string");
  });

  it("creates, reads, updates (PATCH merges) and deletes an edit template; a deleted one is 404", async () => {
    const created = await call("POST", "/v1/edits/templates", await templateBody());
    expect(created.status).toBe(201);
    const path = `/v1/edits/templates/${created.body.id}`;
    expect((await call("GET", path)).body).toEqual(created.body);
    const patched = await call("PATCH", path, { name: "Renamed" });
    expect(patched.body).toMatchObject({ id: created.body.id, name: "Renamed", file: created.body.file });
    expect((await call("GET", path)).body.name).toBe("Renamed");
    expect((await call("DELETE", path)).status).toBe(204);
    const gone = await call("GET", path);
    expect(gone).toMatchObject({ status: 404, body: { detail: "Template not found" } });
  });

  it("keys secrets by their name through Retab's {secret} envelope, with PUT creating or replacing", async () => {
    const created = await call("POST", "/v1/secrets", { name: "OPENAI_KEY", value: "sk-1" });
    expect(created.status).toBe(201);
    expect(created.body.secret.name).toBe("OPENAI_KEY");
    expect((await call("GET", "/v1/secrets/OPENAI_KEY")).body.secret.name).toBe("OPENAI_KEY");
    expect((await call("PUT", "/v1/secrets/OTHER_KEY", { value: "v" })).status).toBe(200);
    expect((await call("GET", "/v1/secrets/OTHER_KEY")).status).toBe(200);
    expect((await call("DELETE", "/v1/secrets/OPENAI_KEY")).status).toBe(204);
    expect((await call("GET", "/v1/secrets/OPENAI_KEY")).status).toBe(404);
  });

  it("answers FastAPI's 422 for a bad body, 401 without a key, 405 for an undeclared method", async () => {
    const invalid = await call("POST", "/v1/extractions", { document: extraction.document });
    expect(invalid.status).toBe(422);
    expect(invalid.body.detail).toContainEqual(
      expect.objectContaining({ type: "missing", loc: ["body", "json_schema"], msg: "Field required" }),
    );
    const broken = await fetch(`${emulator.url}/v1/extractions`, {
      method: "POST",
      headers: { authorization: "Bearer k", "content-type": "application/json" },
      body: "{",
    });
    expect(broken.status).toBe(422);
    expect((await broken.json()).detail[0]).toMatchObject({ type: "json_invalid", loc: ["body", 0] });
    expect((await call("GET", "/v1/extractions", undefined, null)).status).toBe(401);
    const wrongMethod = await call("PUT", "/v1/extractions");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, POST");
  });

  async function classificationBody() {
    const { retabSpecEngine } = await import("../../providers/retab/spec-fallback.js");
    const engine = retabSpecEngine()!;
    const { sampleSchema } = await import("./schema-sampler.js");
    const create = engine.operations.find((operation) => operation.id === "create_classification")!;
    return sampleSchema(engine.doc, create.body!.schema, { seed: 1, optionalDepth: 0 });
  }

  async function templateBody() {
    const { retabSpecEngine } = await import("../../providers/retab/spec-fallback.js");
    const engine = retabSpecEngine()!;
    const { sampleSchema } = await import("./schema-sampler.js");
    const create = engine.operations.find((operation) => operation.id === "create_template")!;
    return sampleSchema(engine.doc, create.body!.schema, { seed: 1, optionalDepth: 0 });
  }
});
