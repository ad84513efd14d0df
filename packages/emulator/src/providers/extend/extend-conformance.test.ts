// Walks every operation of specs/extend.openapi.yaml through the emulator over loopback HTTP and
// validates every response (success and error) against the spec. Fails on a status the spec does
// not document, and at the end unless every operation was exercised. 402 USAGE_BLOCKED is
// produced for keys out of credit on the operations that start runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertConformsToSpec, coverageTracker, loadSpec } from "../../testing/conformance.js";
import { USAGE_BLOCKED_KEY_PREFIX } from "./index.js";
import {
  manualClock,
  startExtend,
  WORKFLOW_ID,
  type CallOptions,
  type ExtendHarness,
} from "./extend.test-helpers.js";

const spec = loadSpec("extend");
// The spec now holds every operation of extend-ai (109); this emulator's routes serve these 12
// (router.ts). Coverage is required for them; the rest waits for the generic spec engine.
const SERVED = new Set([
  "POST /workflow_runs",
  "GET /workflow_runs",
  "POST /workflow_runs/batch",
  "POST /workflow_runs/{id}/cancel",
  "GET /workflow_runs/{id}",
  "POST /workflow_runs/{id}",
  "DELETE /workflow_runs/{id}",
  "GET /workflows",
  "GET /workflows/{id}",
  "POST /files/upload",
  "GET /files",
  "GET /files/{id}",
]);
const coverage = coverageTracker({
  ...spec,
  operations: spec.operations.filter((operation) => SERVED.has(operation.key)),
});

interface Case {
  name: string;
  method: string;
  path: string;
  options?: CallOptions;
  status: number;
}

describe("extend emulator conforms to specs/extend.openapi.yaml", () => {
  const clock = manualClock();
  let main: ExtendHarness;
  let rateLimited: ExtendHarness;
  let failing: ExtendHarness;
  const ids = { run: "", cancelRun: "", deleteRun: "", seededRun: "", file: "", textFile: "" };

  beforeAll(async () => {
    main = await startExtend({ clock, processingMs: 1_000, seed: { runs: 40, seed: 9 } });
    rateLimited = await startExtend({ faults: { rateLimitRate: 1, retryAfterSeconds: 2 } });
    failing = await startExtend({ faults: { errorRate: 1 } });
    ids.run = (
      await main.createRun({ url: "https://files.example.com/invoice.pdf" }, { metadata: { a: 1 } })
    ).id;
    ids.deleteRun = (await main.createRun()).id;
    await main.createRun({ url: "https://files.example.com/rejected.pdf" });
    clock.advance(1_000);
    ids.cancelRun = (await main.createRun()).id;
    ids.seededRun = (
      await main.call("GET", "/workflow_runs?maxPageSize=1&sortBy=createdAt&sortDir=asc")
    ).body.data[0].id;
    const form = new FormData();
    form.append("file", new Blob(["%PDF-1.4\n%%EOF"], { type: "application/pdf" }), "upload.pdf");
    ids.file = (await main.call("POST", "/files/upload", { body: form })).body.id;
    ids.textFile = (await main.createRun({ text: "hello", name: "hello.txt" })).files[0].id;
  });
  afterAll(async () => {
    await Promise.all([main.emulator.close(), rateLimited.emulator.close(), failing.emulator.close()]);
    coverage.assertAllCovered();
  });

  const url = { url: "https://files.example.com/a.pdf" };
  const uploadForm = () => {
    const form = new FormData();
    form.append("file", new Blob(["col1,col2\n1,2\n"], { type: "text/csv" }), "table.csv");
    return form;
  };
  const operations = (): Case[] => [
    {
      name: "create run by url",
      method: "POST",
      path: "/workflow_runs",
      options: { body: { workflow: { id: WORKFLOW_ID }, file: url, priority: 10 } },
      status: 200,
    },
    {
      name: "create run by text",
      method: "POST",
      path: "/workflow_runs",
      options: { body: { workflow: { id: WORKFLOW_ID, version: "draft" }, file: { text: "x" } } },
      status: 200,
    },
    {
      name: "create run by file id",
      method: "POST",
      path: "/workflow_runs",
      options: { body: { workflow: { id: WORKFLOW_ID }, file: { id: ids.file } } },
      status: 200,
    },
    {
      name: "create package run",
      method: "POST",
      path: "/workflow_runs",
      options: { body: { workflow: { id: WORKFLOW_ID }, package: { files: [url, { id: ids.file }] } } },
      status: 200,
    },
    {
      name: "create run, bad body",
      method: "POST",
      path: "/workflow_runs",
      options: { body: { workflow: { id: WORKFLOW_ID } } },
      status: 400,
    },
    {
      name: "create run, unknown workflow",
      method: "POST",
      path: "/workflow_runs",
      options: { body: { workflow: { id: "workflow_nope" }, file: url } },
      status: 404,
    },
    {
      name: "create run, missing version",
      method: "POST",
      path: "/workflow_runs",
      options: { body: { workflow: { id: WORKFLOW_ID, version: "42" }, file: url } },
      status: 422,
    },
    {
      name: "create run, key out of credit",
      method: "POST",
      path: "/workflow_runs",
      options: {
        key: `${USAGE_BLOCKED_KEY_PREFIX}conformance`,
        body: { workflow: { id: WORKFLOW_ID }, file: url },
      },
      status: 402,
    },
    {
      name: "batch",
      method: "POST",
      path: "/workflow_runs/batch",
      options: { body: { workflow: { id: WORKFLOW_ID }, inputs: [{ file: url }, { file: { text: "t" } }] } },
      status: 200,
    },
    {
      name: "batch, too many",
      method: "POST",
      path: "/workflow_runs/batch",
      options: { body: { workflow: { id: WORKFLOW_ID }, inputs: [] } },
      status: 400,
    },
    {
      name: "batch, unknown workflow",
      method: "POST",
      path: "/workflow_runs/batch",
      options: { body: { workflow: { id: "workflow_nope" }, inputs: [{ file: url }] } },
      status: 404,
    },
    {
      name: "batch, key out of credit",
      method: "POST",
      path: "/workflow_runs/batch",
      options: {
        key: `${USAGE_BLOCKED_KEY_PREFIX}conformance`,
        body: { workflow: { id: WORKFLOW_ID }, inputs: [{ file: url }] },
      },
      status: 402,
    },
    {
      name: "batch, missing version",
      method: "POST",
      path: "/workflow_runs/batch",
      options: { body: { workflow: { id: WORKFLOW_ID, version: "42" }, inputs: [{ file: url }] } },
      status: 422,
    },
    { name: "list runs", method: "GET", path: "/workflow_runs?maxPageSize=25", status: 200 },
    {
      name: "list runs, every filter",
      method: "GET",
      path: `/workflow_runs?status=PROCESSED&workflowId=${WORKFLOW_ID}&fileNameContains=a&sortBy=createdAt&sortDir=asc`,
      status: 200,
    },
    { name: "list runs, bad size", method: "GET", path: "/workflow_runs?maxPageSize=5000", status: 400 },
    { name: "get run (created)", method: "GET", path: `/workflow_runs/${ids.run}`, status: 200 },
    { name: "get run (seeded)", method: "GET", path: `/workflow_runs/${ids.seededRun}`, status: 200 },
    { name: "get run, unknown", method: "GET", path: "/workflow_runs/workflow_run_nope", status: 404 },
    {
      name: "update run",
      method: "POST",
      path: `/workflow_runs/${ids.run}`,
      options: { body: { name: "Renamed", metadata: { b: 2 } } },
      status: 200,
    },
    {
      name: "update run, bad body",
      method: "POST",
      path: `/workflow_runs/${ids.run}`,
      options: { body: { metadata: 1 } },
      status: 400,
    },
    {
      name: "update run, unknown",
      method: "POST",
      path: "/workflow_runs/workflow_run_nope",
      options: { body: { name: "x" } },
      status: 404,
    },
    { name: "cancel run", method: "POST", path: `/workflow_runs/${ids.cancelRun}/cancel`, status: 200 },
    { name: "cancel finished run", method: "POST", path: `/workflow_runs/${ids.run}/cancel`, status: 400 },
    {
      name: "cancel unknown run",
      method: "POST",
      path: "/workflow_runs/workflow_run_nope/cancel",
      status: 404,
    },
    { name: "delete run", method: "DELETE", path: `/workflow_runs/${ids.deleteRun}`, status: 200 },
    { name: "delete run again", method: "DELETE", path: `/workflow_runs/${ids.deleteRun}`, status: 404 },
    {
      name: "list workflows",
      method: "GET",
      path: "/workflows?maxPageSize=2&sortBy=createdAt&sortDir=asc",
      status: 200,
    },
    { name: "list workflows, bad sort", method: "GET", path: "/workflows?sortDir=up", status: 400 },
    { name: "get workflow", method: "GET", path: `/workflows/${WORKFLOW_ID}`, status: 200 },
    { name: "get workflow, unknown", method: "GET", path: "/workflows/workflow_nope", status: 404 },
    {
      name: "upload file",
      method: "POST",
      path: "/files/upload?convertToPdf=false",
      options: { body: uploadForm() },
      status: 200,
    },
    {
      name: "upload, not multipart",
      method: "POST",
      path: "/files/upload",
      options: { body: { file: "x" } },
      status: 400,
    },
    {
      name: "list files",
      method: "GET",
      path: "/files?nameContains=a&sortDir=asc&maxPageSize=5",
      status: 200,
    },
    { name: "list files, bad token", method: "GET", path: "/files?nextPageToken=%%%", status: 400 },
    { name: "get file", method: "GET", path: `/files/${ids.file}`, status: 200 },
    {
      name: "get file with contents",
      method: "GET",
      path: `/files/${ids.textFile}?rawText=true&markdown=false&html=false`,
      status: 200,
    },
    { name: "get file, unknown", method: "GET", path: "/files/file_nope", status: 404 },
  ];
  // Errors every operation can answer before its own logic runs.
  const generic = (): {
    target: () => ExtendHarness;
    options: CallOptions;
    status: number;
    label: string;
  }[] => [
    { target: () => main, options: { key: null }, status: 401, label: "no key" },
    { target: () => main, options: { version: null }, status: 400, label: "no version header" },
    {
      target: () => main,
      options: { headers: { "x-extend-workspace-id": "not-mine" } },
      status: 403,
      label: "foreign workspace",
    },
    { target: () => rateLimited, options: {}, status: 429, label: "rate limited" },
    { target: () => failing, options: {}, status: 500, label: "server error" },
  ];

  async function check(
    harness: ExtendHarness,
    method: string,
    path: string,
    options: CallOptions | undefined,
    status: number,
  ) {
    const result = await harness.call(method, path, options);
    expect(result.status, JSON.stringify(result.body)).toBe(status);
    assertConformsToSpec({
      spec,
      coverage,
      method,
      path,
      status: result.status,
      body: result.body,
      headers: result.headers,
    });
    if (status === 429) expect(result.headers.get("retry-after")).toBe("2");
    if (status >= 400) expect(result.body.requestId).toBe(result.headers.get("x-extend-request-id"));
  }

  it("answers every operation as documented", async () => {
    for (const testCase of operations())
      await check(main, testCase.method, testCase.path, testCase.options, testCase.status);
  });

  it("answers every operation's generic errors in the documented envelope", async () => {
    const seen = new Set<string>();
    for (const testCase of operations()) {
      const key = `${testCase.method} ${testCase.path.split("?")[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const error of generic()) {
        const options: CallOptions = {
          ...testCase.options,
          ...error.options,
          headers: { ...testCase.options?.headers, ...error.options.headers },
        };
        if (testCase.options?.body instanceof FormData) options.body = uploadForm();
        await check(error.target(), testCase.method, testCase.path, options, error.status);
      }
    }
  });

  it("sends bodies that match the spec once runs have finished (steps, usage, review fields)", async () => {
    clock.advance(5_000);
    const listed = await main.call("GET", "/workflow_runs?maxPageSize=1000");
    assertConformsToSpec({
      spec,
      coverage,
      method: "GET",
      path: "/workflow_runs",
      status: listed.status,
      body: listed.body,
      headers: listed.headers,
    });
    for (const run of listed.body.data) {
      const full = await main.call("GET", `/workflow_runs/${run.id}`);
      assertConformsToSpec({
        spec,
        coverage,
        method: "GET",
        path: `/workflow_runs/${run.id}`,
        status: full.status,
        body: full.body,
        headers: full.headers,
      });
    }
    const statuses = new Set(listed.body.data.map((run: any) => run.status));
    expect(statuses.size).toBeGreaterThan(3);
    expect(statuses).toContain("REJECTED");
  });
});
