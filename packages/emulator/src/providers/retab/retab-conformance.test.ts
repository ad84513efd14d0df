// Walks every operation of specs/retab.openapi.yaml through the emulator over loopback HTTP and
// validates every response (success and error) against the spec; success and 422 bodies are
// also validated against Retab's own published document. Fails on an undocumented status, and at
// the end unless every operation — and every status it documents — was exercised.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertConformsToSpec, coverageTracker, loadSpec } from "../../testing/conformance.js";
import { RETAB_FORBIDDEN_KEY_PREFIX, RETAB_WORKFLOW_IDS } from "./index.js";
import {
  manualClock,
  pdfDocument,
  startRetab,
  type CallOptions,
  type CallResult,
  type RetabHarness,
} from "./retab.test-helpers.js";

const spec = loadSpec("retab");
// Retab's own document, vendored with its provenance in specs/upstream/.
const published = loadSpec(
  fileURLToPath(new URL("../../../../../specs/upstream/retab.openapi.json", import.meta.url)),
);
const coverage = coverageTracker(spec);

// The operations the Retab module's own routes serve (the workflow-run slice).
const HAND_WRITTEN = new Set([
  "POST /v1/workflows/runs",
  "GET /v1/workflows/runs",
  "GET /v1/workflows/runs/{run_id}",
  "DELETE /v1/workflows/runs/{run_id}",
  "POST /v1/workflows/runs/{run_id}/cancel",
  "GET /v1/workflows/steps",
  "GET /v1/workflows/steps/{step_id}",
  "GET /v1/workflows",
  "GET /v1/workflows/{workflow_id}",
  "GET /v1/workflows/blocks",
  "POST /v1/files/upload",
  "POST /v1/files/upload/{file_id}/complete",
]);

// Path-only operations where no request can fail FastAPI validation, though 422 is declared.
const UNREACHABLE = new Set([
  "GET /v1/workflows/runs/{run_id} 422",
  "DELETE /v1/workflows/runs/{run_id} 422",
  "GET /v1/workflows/steps/{step_id} 422",
  "GET /v1/workflows/{workflow_id} 422",
  // The emulator reads `before` + `after` together as a window on runs and workflows (Retab does
  // not say; specs/README.md), so it never answers the 400 the overlay declares on every listing.
  "GET /v1/workflows 400",
  "GET /v1/workflows/runs 400",
]);

interface Case {
  name: string;
  method: string;
  path: string;
  options?: CallOptions;
  status: number;
}

describe("retab emulator conforms to specs/retab.openapi.yaml (and Retab's published document)", () => {
  const clock = manualClock();
  let main: RetabHarness;
  let rateLimited: RetabHarness;
  let failing: RetabHarness;
  const ids = { run: "", cancelRun: "", deleteRun: "", file: "", expiredFile: "", step: "" };

  beforeAll(async () => {
    main = await startRetab({ clock, processingMs: 1_000, seed: { runs: 30, seed: 2 } });
    rateLimited = await startRetab({ faults: { rateLimitRate: 1, retryAfterSeconds: 2 } });
    failing = await startRetab({ faults: { errorRate: 1 } });
    const create = async () =>
      (
        await main.call("POST", "/v1/workflows/runs", {
          body: {
            workflow_id: RETAB_WORKFLOW_IDS.invoices,
            documents: { "start-document-1": pdfDocument() },
          },
        })
      ).body.id as string;
    ids.run = await create();
    ids.step = `step_${ids.run.slice(4)}_extract-1`;
    ids.cancelRun = await create();
    ids.deleteRun = await create();
    clock.advance(1_000);
    const upload = async (size: number) =>
      (
        await main.call("POST", "/v1/files/upload", {
          body: { filename: "scan.pdf", content_type: "application/pdf", size_bytes: size },
        })
      ).body.fileId as string;
    ids.expiredFile = await upload(0);
    clock.advance(16 * 60_000);
    ids.file = await upload(5);
    await fetch(`${main.emulator.url}/_emulator/uploads/${ids.file}`, { method: "PUT", body: "%PDF-" });
    ids.cancelRun = (
      await main.call("POST", "/v1/workflows/runs", { body: { workflow_id: RETAB_WORKFLOW_IDS.invoices } })
    ).body.id as string;
  });
  afterAll(async () => {
    await Promise.all([main.emulator.close(), rateLimited.emulator.close(), failing.emulator.close()]);
  });

  const wf = RETAB_WORKFLOW_IDS.invoices;
  const specificCases = (): Case[] => [
    { name: "list runs", method: "GET", path: "/v1/workflows/runs?limit=5&order=asc", status: 200 },
    { name: "list runs, bad limit", method: "GET", path: "/v1/workflows/runs?limit=0", status: 422 },
    {
      name: "create run",
      method: "POST",
      path: "/v1/workflows/runs",
      options: {
        body: { workflow_id: wf, metadata: { a: "b" } },
        headers: { "idempotency-key": "conformance-1" },
      },
      status: 202,
    },
    {
      name: "create run, unknown workflow",
      method: "POST",
      path: "/v1/workflows/runs",
      options: { body: { workflow_id: "wf_nope" } },
      status: 404,
    },
    {
      name: "create run, invalid body",
      method: "POST",
      path: "/v1/workflows/runs",
      options: { body: { documents: [] } },
      status: 422,
    },
    { name: "get run", method: "GET", path: `/v1/workflows/runs/${ids.run}`, status: 200 },
    { name: "get run, unknown", method: "GET", path: "/v1/workflows/runs/run_nope", status: 404 },
    {
      name: "cancel run",
      method: "POST",
      path: `/v1/workflows/runs/${ids.cancelRun}/cancel`,
      options: { body: { command_id: "c1" } },
      status: 200,
    },
    {
      name: "cancel run, invalid body",
      method: "POST",
      path: `/v1/workflows/runs/${ids.cancelRun}/cancel`,
      options: { body: { command_id: 5 } },
      status: 422,
    },
    { name: "cancel run, unknown", method: "POST", path: "/v1/workflows/runs/run_nope/cancel", status: 404 },
    { name: "delete run", method: "DELETE", path: `/v1/workflows/runs/${ids.deleteRun}`, status: 204 },
    {
      name: "delete run, unknown",
      method: "DELETE",
      path: `/v1/workflows/runs/${ids.deleteRun}`,
      status: 404,
    },
    { name: "list steps", method: "GET", path: `/v1/workflows/steps?run_id=${ids.run}`, status: 200 },
    {
      name: "list steps, both cursors",
      method: "GET",
      path: "/v1/workflows/steps?before=a&after=b",
      status: 400,
    },
    { name: "list steps, bad limit", method: "GET", path: "/v1/workflows/steps?limit=1001", status: 422 },
    {
      name: "get step",
      method: "GET",
      path: `/v1/workflows/steps/${ids.step}?run_id=${ids.run}`,
      status: 200,
    },
    { name: "get step, unknown", method: "GET", path: "/v1/workflows/steps/nope", status: 404 },
    { name: "list workflows", method: "GET", path: "/v1/workflows", status: 200 },
    { name: "list workflows, bad order", method: "GET", path: "/v1/workflows?order=up", status: 422 },
    { name: "get workflow", method: "GET", path: `/v1/workflows/${wf}`, status: 200 },
    { name: "get workflow, unknown", method: "GET", path: "/v1/workflows/wf_nope", status: 404 },
    { name: "list blocks", method: "GET", path: `/v1/workflows/blocks?workflow_id=${wf}`, status: 200 },
    {
      name: "list blocks, both cursors",
      method: "GET",
      path: `/v1/workflows/blocks?workflow_id=${wf}&before=a&after=b`,
      status: 400,
    },
    {
      name: "list blocks, unknown workflow",
      method: "GET",
      path: "/v1/workflows/blocks?workflow_id=wf_nope",
      status: 404,
    },
    { name: "list blocks, missing workflow_id", method: "GET", path: "/v1/workflows/blocks", status: 422 },
    {
      name: "start upload",
      method: "POST",
      path: "/v1/files/upload",
      options: { body: { filename: "a.pdf", size_bytes: 10 } },
      status: 200,
    },
    {
      name: "start upload, invalid",
      method: "POST",
      path: "/v1/files/upload",
      options: { body: { filename: "", size_bytes: -1 } },
      status: 422,
    },
    {
      name: "complete upload",
      method: "POST",
      path: `/v1/files/upload/${ids.file}/complete`,
      options: { body: {} },
      status: 200,
    },
    {
      name: "complete upload, unknown",
      method: "POST",
      path: "/v1/files/upload/file_nope/complete",
      options: { body: {} },
      status: 404,
    },
    {
      name: "complete upload, expired",
      method: "POST",
      path: `/v1/files/upload/${ids.expiredFile}/complete`,
      options: { body: {} },
      status: 410,
    },
    {
      name: "complete upload, checksum mismatch",
      method: "POST",
      path: `/v1/files/upload/${ids.file}/complete`,
      options: { body: { sha256: "0".repeat(64) } },
      status: 422,
    },
  ];

  function check(result: CallResult, method: string, path: string): void {
    expect(result.headers.get("x-request-id"), `${method} ${path}: x-request-id`).toMatch(/\S/);
    assertConformsToSpec({
      spec,
      coverage,
      method,
      path,
      status: result.status,
      body: result.body,
      headers: result.headers,
    });
    if ((result.status >= 200 && result.status < 300) || result.status === 422) {
      assertConformsToSpec({
        spec: published,
        method,
        path,
        status: result.status,
        body: result.body,
        headers: result.headers,
      });
    }
  }

  it("answers every specific case with the documented status and a body that matches both documents", async () => {
    for (const testCase of specificCases()) {
      const result = await main.call(testCase.method, testCase.path, testCase.options);
      expect(result.status, `${testCase.name}: ${JSON.stringify(result.body)}`).toBe(testCase.status);
      check(result, testCase.method, testCase.path);
    }
  });

  it("answers 401, 403, 429 (with Retry-After) and 500 on every operation in the {detail} envelope", async () => {
    for (const testCase of specificCases().filter((c) => c.status < 300)) {
      const { method, path, options } = testCase;
      const unauthenticated = await main.call(method, path, { ...options, key: null });
      expect(unauthenticated.status, testCase.name).toBe(401);
      check(unauthenticated, method, path);
      const forbidden = await main.call(method, path, {
        ...options,
        key: `${RETAB_FORBIDDEN_KEY_PREFIX}key`,
      });
      expect(forbidden.status, testCase.name).toBe(403);
      check(forbidden, method, path);
      const limited = await rateLimited.call(method, path, options);
      expect(limited.status, testCase.name).toBe(429);
      expect(limited.headers.get("retry-after")).toBe("2");
      check(limited, method, path);
      const broken = await failing.call(method, path, options);
      expect(broken.status, testCase.name).toBe(500);
      check(broken, method, path);
    }
  });

  // The other 133 operations are served by the spec engine and covered by
  // framework/spec-engine/retab-spec-engine.test.ts.
  it("exercised every hand-written operation and every status each one documents", () => {
    const handWritten = spec.operations.filter((operation) => HAND_WRITTEN.has(operation.key));
    expect(handWritten).toHaveLength(HAND_WRITTEN.size);
    const missing: string[] = [];
    for (const operation of handWritten) {
      if (!coverage.seen.has(operation.key)) missing.push(`${operation.key} never exercised`);
      const seen = coverage.seen.get(operation.key) ?? new Set<number>();
      for (const documented of Object.keys(
        (operation.operation["responses"] ?? {}) as Record<string, unknown>,
      )) {
        const covered =
          documented === "5XX" ? [...seen].some((status) => status >= 500) : seen.has(Number(documented));
        if (!covered && !UNREACHABLE.has(`${operation.key} ${documented}`))
          missing.push(`${operation.key} ${documented}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
