// 2xx answers of the wrong shape, spec-valid minimal answers and status names that collide with
// Object.prototype, through each provider package over real loopback HTTP: a helper either works
// with what the spec allows or throws InvalidResponseError naming the operation, never a raw
// TypeError or a wrong result.
import type { ServerResponse } from "node:http";
import { createAnyformatClient, toRunState as anyformatState } from "@docrun/anyformat";
import { InvalidResponseError } from "@docrun/core";
import { createExtendClient, toRunState as extendState } from "@docrun/extend";
import { createRetabClient, toRunState as retabState } from "@docrun/retab";
import { afterEach, describe, expect, it } from "vitest";
import { sendJson, startLoopbackServer, type LoopbackServer } from "./helpers/loopback-server.js";
import { failOnUnhandledRejections } from "./helpers/unhandled-rejections.js";

failOnUnhandledRejections();

const apiKey = "sk_test_odd_shapes_0123456789";
const options = { apiKey, maxRetries: 0, timeoutMs: 5_000 };
const interval = { initialMs: 10, maxMs: 20 };

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The wrong 2xx answers: each takes the place of whatever the helper asked for. */
const wrongBodies: [string, (res: ServerResponse) => void][] = [
  ["an empty 200 (Content-Length: 0)", (res) => res.writeHead(200, { "content-length": "0" }).end()],
  ["a 204", (res) => res.writeHead(204).end()],
  ["null", (res) => sendJson(res, 200, null)],
  ["{}", (res) => sendJson(res, 200, {})],
  ["[]", (res) => sendJson(res, 200, [])],
  ["a string", (res) => sendJson(res, 200, "run_1,run_2")],
];

/** Drains a paginator, awaits anything else. */
async function settle(result: unknown): Promise<unknown> {
  if (result && typeof result === "object" && Symbol.asyncIterator in result) {
    const items: unknown[] = [];
    for await (const item of result as AsyncIterable<unknown>) items.push(item);
    return items;
  }
  return result;
}

type Call = [operation: string, run: (baseUrl: string) => unknown];
const bytes = { file: new TextEncoder().encode("%PDF-1.7"), filename: "invoice.pdf" };

const extend = (url: string) => createExtendClient({ ...options, baseUrl: url });
const retab = (url: string) => createRetabClient({ ...options, baseUrl: url });
const anyformat = (url: string) => createAnyformatClient({ ...options, baseUrl: url });

const calls: Call[] = [
  ["Extend workflowRuns.list", (u) => extend(u).workflowRuns.list()],
  ["Extend workflowRuns.get", (u) => extend(u).workflowRuns.get("run_1")],
  ["Extend workflowRuns.get", (u) => extend(u).workflowRuns.poll("run_1", { interval })],
  [
    "Extend workflowRuns.create",
    (u) => extend(u).workflowRuns.create({ workflow: { id: "wf_1" }, file: { url: "https://x.test/a.pdf" } }),
  ],
  [
    "Extend workflowRuns.createAndPoll",
    (u) =>
      extend(u).workflowRuns.createAndPoll(
        { workflow: { id: "wf_1" }, file: { url: "https://x.test/a.pdf" } },
        { interval },
      ),
  ],
  [
    "Extend workflowRuns.batchCreate",
    (u) =>
      extend(u).workflowRuns.batchCreate({
        workflow: { id: "wf_1" },
        inputs: [{ file: { url: "https://x.test/a.pdf" } }],
      }),
  ],
  ["Extend workflowRuns.update", (u) => extend(u).workflowRuns.update("run_1", { name: "n" })],
  ["Extend workflowRuns.cancel", (u) => extend(u).workflowRuns.cancel("run_1")],
  ["Extend workflowRuns.delete", (u) => extend(u).workflowRuns.delete("run_1")],
  ["Extend files.upload", (u) => extend(u).files.upload(bytes.file, { filename: bytes.filename })],
  ["Extend files.get", (u) => extend(u).files.get("file_1")],
  ["Extend files.list", (u) => extend(u).files.list()],
  ["Extend workflows.get", (u) => extend(u).workflows.get("wf_1")],
  ["Extend workflows.list", (u) => extend(u).workflows.list()],
  ["Retab workflowRuns.list", (u) => retab(u).workflowRuns.list()],
  ["Retab workflowRuns.get", (u) => retab(u).workflowRuns.get("run_1")],
  ["Retab workflowRuns.get", (u) => retab(u).workflowRuns.poll("run_1", { interval })],
  ["Retab workflowRuns.create", (u) => retab(u).workflowRuns.create({ workflow_id: "wf_1" })],
  ["Retab workflowRuns.cancel", (u) => retab(u).workflowRuns.cancel("run_1")],
  ["Retab steps.list", (u) => retab(u).steps.list({ run_id: "run_1" })],
  ["Retab steps.get", (u) => retab(u).steps.get("step_1")],
  ["Retab steps.list", (u) => retab(u).steps.results("run_1")],
  ["Retab workflows.get", (u) => retab(u).workflows.get("wf_1")],
  ["Retab workflows.list", (u) => retab(u).workflows.list()],
  ["Retab blocks.list", (u) => retab(u).blocks.list("wf_1")],
  // files.upload's first call is the generated files.createUpload: the error names that call.
  ["Retab files.createUpload", (u) => retab(u).files.upload(bytes)],
  ["AnyFormat workflows.list", (u) => anyformat(u).workflows.list()],
  ["AnyFormat workflows.listRuns", (u) => anyformat(u).workflows.listRuns("wf_1")],
  ["AnyFormat workflows.listFiles", (u) => anyformat(u).workflows.listFiles("wf_1")],
  ["AnyFormat workflows.get", (u) => anyformat(u).workflows.get("wf_1")],
  ["AnyFormat workflows.run", (u) => anyformat(u).workflows.run("wf_1", { text: "Invoice #1" })],
  ["AnyFormat workflows.results", (u) => anyformat(u).workflows.results("wf_1", "col_1")],
  ["AnyFormat workflows.poll", (u) => anyformat(u).workflows.poll("wf_1", "col_1", { interval })],
  [
    "AnyFormat workflows.run",
    (u) => anyformat(u).workflows.runAndWait("wf_1", { text: "Invoice #1" }, { interval }),
  ],
];

describe.each(wrongBodies)("a 2xx answer that is %s", (_name, answer) => {
  it.each(calls)(
    "%s throws InvalidResponseError naming the operation",
    async (operation, run) => {
      server = await startLoopbackServer((_req, res) => answer(res));
      const error = await Promise.resolve()
        .then(() => settle(run(server!.url)))
        .then(
          (value) => ({ resolvedWith: value }),
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toContain(operation);
    },
    10_000,
  );
});

describe("a string where a list belongs", () => {
  it.each<[string, unknown, (url: string) => unknown]>([
    [
      "Extend workflowRuns.list",
      { data: "run_1", nextPageToken: null },
      (u) => extend(u).workflowRuns.list(),
    ],
    [
      "Retab workflowRuns.list",
      { data: "run_1", list_metadata: { before: null, after: null } },
      (u) => retab(u).workflowRuns.list(),
    ],
    [
      "AnyFormat workflows.listRuns",
      { count: 5, results: "run_1" },
      (u) => anyformat(u).workflows.listRuns("wf_1"),
    ],
  ])(
    "%s is an InvalidResponseError, never iterated as characters",
    async (operation, body, run) => {
      server = await startLoopbackServer((_req, res) => sendJson(res, 200, body));
      const error = await settle(run(server.url)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toMatch(new RegExp(`${operation}: response field \`(data|results)\``));
    },
    10_000,
  );
});

describe("spec-valid minimal answers", () => {
  it("Retab steps.results: a step without handle_outputs has no outputs, the others are returned", async () => {
    const lifecycle = { status: "completed" };
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, {
        data: [
          {
            block_id: "start-1",
            block_label: "Start",
            block_type: "start_document",
            lifecycle,
            run_id: "run_1",
            step_id: "start-1",
          },
          {
            block_id: "extract-1",
            block_label: "Extract",
            block_type: "extract",
            lifecycle,
            run_id: "run_1",
            step_id: "extract-1",
            handle_outputs: { "output-json": { type: "json", data: { total: 42 } } },
          },
        ],
        list_metadata: { before: null, after: null },
      }),
    );
    const results = await retab(server.url).steps.results("run_1");
    expect(results).toEqual({ "extract-1": { "output-json": { type: "json", data: { total: 42 } } } });
  }, 10_000);

  it("Retab files.upload: without uploadMethod and uploadHeaders the bytes are PUT (the spec's default)", async () => {
    const storage: { method: string; body: string }[] = [];
    server = await startLoopbackServer((req, res) => {
      if (req.url === "/v1/files/upload")
        return sendJson(res, 200, { fileId: "file_1", uploadUrl: `${server!.url}/storage/file_1` });
      if (req.url!.startsWith("/storage/")) {
        let body = "";
        req.on("data", (chunk) => (body += chunk));
        req.on("end", () => {
          storage.push({ method: req.method!, body });
          res.writeHead(200, { "content-length": "0" }).end();
        });
        return;
      }
      sendJson(res, 200, { filename: "invoice.pdf", url: `${server!.url}/files/file_1/invoice.pdf` });
    });
    const document = await retab(server.url).files.upload(bytes);
    expect(storage).toEqual([{ method: "PUT", body: "%PDF-1.7" }]);
    expect(document).toEqual({ filename: "invoice.pdf", url: `${server.url}/files/file_1/invoice.pdf` });
  }, 10_000);

  it("Retab workflowRuns.cancel: a minimal answer gets the documented defaults", async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { run: { id: "run_1", lifecycle: { status: "running" } } }),
    );
    const answer = await retab(server.url).workflowRuns.cancel("run_1");
    expect(answer).toMatchObject({ cancellation_status: "cancellation_requested", redis_available: true });
  }, 10_000);
});

describe("statuses named like Object.prototype members", () => {
  const names = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];

  it("AnyFormat: listed runs with such statuses map to the documented fallback, running", async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, {
        count: names.length,
        page: 1,
        page_size: 100,
        results: names.map((status, i) => ({ id: `c${i}`, status })),
      }),
    );
    const runs = await anyformat(server.url).workflows.listRuns("wf_1").toArray();
    expect(runs.map((run) => anyformatState(run))).toEqual(names.map(() => "running"));
    expect(names.map((name) => anyformatState(name))).toEqual(names.map(() => "running"));
  }, 10_000);

  it("Retab: fetched runs with such statuses map to the documented fallback, running", async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, {
        data: names.map((status, i) => ({ id: `run_${i}`, lifecycle: { status } })),
        list_metadata: { before: null, after: null },
      }),
    );
    const runs = await retab(server.url).workflowRuns.list().toArray();
    expect(runs.map((run) => retabState(run))).toEqual(names.map(() => "running"));
  }, 10_000);

  it("Extend: fetched runs with such statuses map to the documented fallback, needs_review", async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, {
        object: "list",
        data: names.map((status, i) => ({ id: `run_${i}`, status })),
        nextPageToken: null,
      }),
    );
    const runs = await extend(server.url).workflowRuns.list().toArray();
    expect(runs.map((run) => extendState(run))).toEqual(names.map(() => "needs_review"));
  }, 10_000);
});
