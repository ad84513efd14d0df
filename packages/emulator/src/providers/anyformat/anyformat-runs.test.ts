import { describe, expect, it } from "vitest";
import { firstWorkflowId, runFile, runText, startAnyformat, START_TIME } from "./anyformat.test-helpers.js";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("AnyFormat emulator: running a workflow", () => {
  it("accepts a file with 202 and the run's collection id, workflow id and version id", async () => {
    const test = await startAnyformat();
    const workflowId = await firstWorkflowId(test);
    const response = await runFile(test, workflowId, "invoice.pdf");
    expect(response.status).toBe(202);
    const run = await response.json();
    expect(run).toEqual({
      id: expect.stringMatching(UUID_V7),
      status: "success",
      workflow_id: workflowId,
      version_id: expect.stringMatching(/^[A-Za-z0-9]{10}$/),
    });
    const files = await test.json(`/v2/workflows/${workflowId}/files/`);
    expect(files.body.results[0]).toMatchObject({
      id: run.id,
      name: "invoice.pdf",
      status: "pending",
      created_at: new Date(START_TIME).toISOString(),
    });
  });

  it("accepts text instead of a file and parses it back as markdown", async () => {
    const test = await startAnyformat();
    const workflowId = await firstWorkflowId(test);
    const run = await (
      await runText(test, workflowId, "Invoice #12345 from Acme Corp. Total: $1,250.00")
    ).json();
    test.advance(1000);
    const results = await test.json(`/v2/workflows/${workflowId}/files/${run.id}/results/`);
    expect(results.status).toBe(200);
    expect(results.body.parse.markdown).toContain("Invoice #12345 from Acme Corp.");
    const files = await test.json(`/v2/workflows/${workflowId}/files/`);
    expect(files.body.results[0]).toMatchObject({ id: run.id, name: null });
  });

  it("answers 400 VALIDATION_ERROR for both or neither of file and text", async () => {
    const test = await startAnyformat();
    const workflowId = await firstWorkflowId(test);
    const both = new FormData();
    both.append("file", new Blob(["x"]), "a.pdf");
    both.append("text", "hello");
    const neither = new FormData();
    neither.append("other", "x");
    for (const body of [both, neither]) {
      const { status, body: error } = await test.json(`/v2/workflows/${workflowId}/run/`, {
        method: "POST",
        body,
      });
      expect(status).toBe(400);
      expect(error).toMatchObject({
        error_code: "VALIDATION_ERROR",
        detail: "Provide exactly one of 'file' or 'text'.",
        retryable: false,
      });
    }
    expect((await test.json(`/v2/workflows/${workflowId}/runs/`)).body.count).toBe(0);
  });

  it("answers 400 for a body that is not a form and 422 for a file field that is not a file part", async () => {
    const test = await startAnyformat();
    const workflowId = await firstWorkflowId(test);
    const json = await test.json(`/v2/workflows/${workflowId}/run/`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "hello" }),
    });
    expect(json.status).toBe(400);
    expect(json.body.error_code).toBe("VALIDATION_ERROR");
    const broken = await test.json(`/v2/workflows/${workflowId}/run/`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=nope" },
      body: "garbage",
    });
    expect(broken.status).toBe(400);
    const form = new FormData();
    form.append("file", "just a string");
    const notAFile = await test.json(`/v2/workflows/${workflowId}/run/`, { method: "POST", body: form });
    expect(notAFile.status).toBe(422);
    expect(notAFile.body.detail[0]).toMatchObject({ type: "value_error", loc: ["body", "file"] });
  });

  it("moves a run through pending, queued and in_progress to processed over processingMs", async () => {
    const test = await startAnyformat({ processingMs: 1000 });
    const workflowId = await firstWorkflowId(test);
    const run = await (await runFile(test, workflowId, "invoice.pdf")).json();
    const seen: string[] = [];
    for (let step = 0; step < 5; step++) {
      const { body } = await test.json(`/v2/workflows/${workflowId}/runs/`);
      seen.push(body.results[0].status);
      test.advance(250);
    }
    expect(seen).toEqual(["pending", "queued", "in_progress", "in_progress", "processed"]);
    const { body } = await test.json(`/v2/workflows/${workflowId}/runs/`);
    expect(body.results[0]).toEqual({
      id: run.id,
      status: "processed",
      created_at: new Date(START_TIME).toISOString(),
      updated_at: new Date(START_TIME + 1000).toISOString(),
    });
  });

  it("answers results 412 while processing, then 200 with fields, evidence and parse output", async () => {
    const test = await startAnyformat();
    const workflowId = await firstWorkflowId(test);
    const run = await (await runFile(test, workflowId, "invoice.pdf")).json();
    const pending = await test.json(`/v2/workflows/${workflowId}/files/${run.id}/results/`);
    expect(pending.status).toBe(412);
    expect(pending.body).toMatchObject({
      error: "Precondition Failed",
      error_code: "PRECONDITION_FAILED",
      retryable: true,
    });
    test.advance(1000);
    const done = await test.json(`/v2/workflows/${workflowId}/files/${run.id}/results/`);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      collection_id: run.id,
      classifications: [],
      splits: [],
      parse: { markdown: expect.stringContaining("invoice.pdf") },
    });
    expect(Object.keys(done.body.extraction)).toEqual([
      "invoice_number",
      "invoice_date",
      "vendor_name",
      "total_amount",
      "currency",
      "line_items",
    ]);
    expect(done.body.extraction.total_amount).toMatchObject({
      value: expect.any(Number),
      value_override: null,
      verification_status: "not_verified",
    });
    expect(done.body.extraction.line_items[0].amount.value).toEqual(expect.any(Number));
    expect(done.body.extractions).toEqual([
      { split_name: null, partition: null, fields: done.body.extraction },
    ]);
    const again = await test.json(`/v2/workflows/${workflowId}/files/${run.id}/results/`);
    expect(again.body).toEqual(done.body);
  });

  it("ends a run whose file name or text contains 'fail' in error (422 EXTRACTION_FAILED)", async () => {
    const test = await startAnyformat();
    const workflowId = await firstWorkflowId(test);
    const byName = await (await runFile(test, workflowId, "please-FAIL.pdf")).json();
    const byText = await (await runText(test, workflowId, "this one should fail")).json();
    test.advance(1000);
    for (const run of [byName, byText]) {
      const { status, body } = await test.json(`/v2/workflows/${workflowId}/files/${run.id}/results/`);
      expect(status).toBe(422);
      expect(body).toMatchObject({ error_code: "EXTRACTION_FAILED", retryable: false });
    }
    const runs = await test.json(`/v2/workflows/${workflowId}/runs/`);
    expect(runs.body.results.map((run: { status: string }) => run.status)).toEqual(["error", "error"]);
  });

  it("ends a run whose file name contains 'cancel' cancelled (422 EXTRACTION_CANCELLED)", async () => {
    const test = await startAnyformat();
    const workflowId = await firstWorkflowId(test);
    const run = await (await runFile(test, workflowId, "cancel-me.pdf")).json();
    test.advance(1000);
    const { status, body } = await test.json(`/v2/workflows/${workflowId}/files/${run.id}/results/`);
    expect(status).toBe(422);
    expect(body.error_code).toBe("EXTRACTION_CANCELLED");
  });

  it("answers 404 for a collection asked for under another workflow", async () => {
    const test = await startAnyformat();
    const { body: workflows } = await test.json("/v2/workflows/?order=asc");
    const run = await (await runFile(test, workflows.results[0].id, "a.pdf")).json();
    const { status } = await test.json(`/v2/workflows/${workflows.results[1].id}/files/${run.id}/results/`);
    expect(status).toBe(404);
  });

  it("deletes a collection: 204, then its results and list entry are gone", async () => {
    const test = await startAnyformat();
    const workflowId = await firstWorkflowId(test);
    const run = await (await runFile(test, workflowId, "a.pdf")).json();
    const deleted = await test.call(`/v2/files/${run.id}/`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe("");
    expect((await test.json(`/v2/workflows/${workflowId}/files/${run.id}/results/`)).status).toBe(404);
    expect((await test.json(`/v2/workflows/${workflowId}/runs/`)).body.count).toBe(0);
    expect((await test.json(`/v2/files/${run.id}/`, { method: "DELETE" })).status).toBe(404);
  });
});

describe("AnyFormat emulator: page-number lists", () => {
  it("pages runs newest first with count, page and page_size; a page past the end is empty", async () => {
    const test = await startAnyformat({ seed: { runs: 250, seed: 3, workflows: 1 } });
    const workflowId = await firstWorkflowId(test);
    const first = await test.json(`/v2/workflows/${workflowId}/runs/?page_size=100`);
    expect(first.body).toMatchObject({ count: 250, page: 1, page_size: 100 });
    expect(first.body.results).toHaveLength(100);
    const third = await test.json(`/v2/workflows/${workflowId}/runs/?page=3&page_size=100`);
    expect(third.body.results).toHaveLength(50);
    const past = await test.json(`/v2/workflows/${workflowId}/runs/?page=4&page_size=100`);
    expect(past.status).toBe(200);
    expect(past.body).toEqual({ count: 250, page: 4, page_size: 100, results: [] });
    const all = [
      ...first.body.results,
      ...(await test.json(`/v2/workflows/${workflowId}/runs/?page=2&page_size=100`)).body.results,
      ...third.body.results,
    ];
    expect(new Set(all.map((run: { id: string }) => run.id)).size).toBe(250);
    const created = all.map((run: { created_at: string }) => run.created_at);
    expect(created).toEqual([...created].sort().reverse());
  });

  it("defaults to page 1 and page_size 20", async () => {
    const test = await startAnyformat({ seed: { runs: 30, seed: 3, workflows: 1 } });
    const workflowId = await firstWorkflowId(test);
    const { body } = await test.json(`/v2/workflows/${workflowId}/files/`);
    expect(body).toMatchObject({ count: 30, page: 1, page_size: 20 });
    expect(body.results).toHaveLength(20);
  });

  it("answers 422 HTTPValidationError, like FastAPI, for page or page_size out of range or not a number", async () => {
    const test = await startAnyformat();
    const workflowId = await firstWorkflowId(test);
    const cases: [string, string, (string | number)[]][] = [
      ["page=0", "greater_than_equal", ["query", "page"]],
      ["page_size=0", "greater_than_equal", ["query", "page_size"]],
      ["page_size=101", "less_than_equal", ["query", "page_size"]],
      ["page=abc", "int_parsing", ["query", "page"]],
    ];
    for (const path of [
      `/v2/workflows/${workflowId}/runs/`,
      `/v2/workflows/${workflowId}/files/`,
      "/v2/workflows/",
    ]) {
      for (const [query, type, loc] of cases) {
        const { status, body } = await test.json(`${path}?${query}`);
        expect({ query, status }).toEqual({ query, status: 422 });
        expect(body.detail).toEqual([expect.objectContaining({ type, loc, msg: expect.any(String) })]);
      }
    }
  });
});
