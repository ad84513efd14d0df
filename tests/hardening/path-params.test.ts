// Ids that would leave their URL segment (`..`, `.`, `a/b`, `%2e%2e`, `?`, `#`) are refused before
// anything is sent, with a ConfigurationError naming the path parameter, in every package and for
// every path parameter: the helpers and raw `.api` calls alike (core checks them once, when the
// URL is built). An ordinary id with a dot in it still goes through.
import { createAnyformatClient } from "@docrun/anyformat";
import { ConfigurationError } from "@docrun/core";
import { createExtendClient } from "@docrun/extend";
import { createRetabClient } from "@docrun/retab";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendJson, startLoopbackServer, type LoopbackServer } from "./helpers/loopback-server.js";
import { failOnUnhandledRejections } from "./helpers/unhandled-rejections.js";

failOnUnhandledRejections();

const apiKey = "sk_test_path_params_0123456789";
const hostile = [
  ".",
  "..",
  "a/b",
  "../runs",
  "%2e%2e",
  "%2E.",
  ".%2e",
  "%252e%252e",
  "a%2Fb",
  "a?b=1",
  "a#b",
  "a\\b",
  "run\n1",
];

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer((req, res) =>
    sendJson(res, 200, { id: "x", status: "PROCESSED", url: req.url }),
  );
});
afterAll(() => server.close());
beforeEach(() => void server.requests.splice(0));

const extend = () => createExtendClient({ apiKey, baseUrl: server.url, maxRetries: 0 });
const retab = () => createRetabClient({ apiKey, baseUrl: server.url, maxRetries: 0 });
const anyformat = () => createAnyformatClient({ apiKey, baseUrl: server.url, maxRetries: 0 });

/** Every helper that puts a caller's id in the path, and the path parameter it fills. */
const calls: [string, string, (id: string) => Promise<unknown>][] = [
  ["Extend workflowRuns.get", "id", (id) => extend().workflowRuns.get(id)],
  ["Extend workflowRuns.poll", "id", (id) => extend().workflowRuns.poll(id)],
  ["Extend workflowRuns.update", "id", (id) => extend().workflowRuns.update(id, { name: "n" })],
  ["Extend workflowRuns.cancel", "id", (id) => extend().workflowRuns.cancel(id)],
  ["Extend workflowRuns.delete", "id", (id) => extend().workflowRuns.delete(id)],
  ["Extend files.get", "id", (id) => extend().files.get(id)],
  ["Extend workflows.get", "id", (id) => extend().workflows.get(id)],
  ["Retab workflowRuns.get", "run_id", (id) => retab().workflowRuns.get(id)],
  ["Retab workflowRuns.poll", "run_id", (id) => retab().workflowRuns.poll(id)],
  ["Retab workflowRuns.cancel", "run_id", (id) => retab().workflowRuns.cancel(id)],
  ["Retab workflowRuns.delete", "run_id", (id) => retab().workflowRuns.delete(id)],
  ["Retab steps.get", "step_id", (id) => retab().steps.get(id)],
  ["Retab workflows.get", "workflow_id", (id) => retab().workflows.get(id)],
  ["AnyFormat workflows.get", "workflow_id", (id) => anyformat().workflows.get(id)],
  ["AnyFormat workflows.run", "workflow_id", (id) => anyformat().workflows.run(id, { text: "x" })],
  [
    "AnyFormat workflows.results (workflow)",
    "workflow_id",
    (id) => anyformat().workflows.results(id, "col_1"),
  ],
  [
    "AnyFormat workflows.results (collection)",
    "collection_id",
    (id) => anyformat().workflows.results("wf_1", id),
  ],
  ["AnyFormat workflows.poll", "collection_id", (id) => anyformat().workflows.poll("wf_1", id)],
  ["AnyFormat workflows.listRuns", "workflow_id", (id) => anyformat().workflows.listRuns(id).toArray()],
  ["AnyFormat workflows.listFiles", "workflow_id", (id) => anyformat().workflows.listFiles(id).toArray()],
  ["AnyFormat files.delete", "collection_id", (id) => anyformat().files.delete(id)],
];

describe.each(calls)("%s", (_name, parameter, call) => {
  it.each(hostile)("refuses %j before sending, naming the parameter", async (id) => {
    const error = await call(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(`Path parameter ${parameter}`);
    expect(server.requests).toEqual([]);
  });
});

describe("raw .api calls and ordinary ids", () => {
  it("a raw .api call is guarded too", async () => {
    const result = await anyformat()
      .api.DELETE("/v2/files/{collection_id}/", { params: { path: { collection_id: ".." } } })
      .catch((e: unknown) => e);
    expect(result).toBeInstanceOf(ConfigurationError);
    expect(server.requests).toEqual([]);
  });

  it("an id with dots, dashes and a percent sign that decodes to nothing dangerous is sent, encoded", async () => {
    await extend().workflows.get("wf.v2-final_1..x");
    await retab().workflows.get("50%off");
    expect(server.requests.map((r) => r.url)).toEqual([
      "/workflows/wf.v2-final_1..x",
      "/v1/workflows/50%25off",
    ]);
  });
});
