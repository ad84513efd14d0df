// The generated resources as a user calls them through `createExtendClient`, over real HTTP on a
// loopback server that plays Extend's answers: the wire (method, path, query, body, headers), the
// wait on an async family, token pagination and the page-size bound from the spec.
import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError, RunFailedError } from "./index.js";
import { createExtendClient } from "./index.js";
import { startRecordingServer, type RecordedRequest, type RecordingServer } from "./extend.test-helpers.js";

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fast = { interval: { initialMs: 10, maxMs: 10, jitter: 0 }, minIntervalMs: 10 } as const;

async function clientFor(respond: (request: RecordedRequest) => { status: number; body?: unknown }) {
  server = await startRecordingServer(respond);
  return createExtendClient({
    apiKey: "sk_test_generated",
    baseUrl: server.url,
    workspaceId: "ws_1",
    maxRetries: 0,
  });
}

describe("generated Extend resources", () => {
  it("extractRuns.createAndPoll posts the body, then polls GET /extract_runs/{id} until PROCESSED", async () => {
    let polls = 0;
    const extend = await clientFor((r) => {
      if (r.method === "POST")
        return { status: 200, body: { object: "extract_run", id: "exr_1", status: "PROCESSING" } };
      polls += 1;
      return {
        status: 200,
        body: { object: "extract_run", id: "exr_1", status: polls < 3 ? "PROCESSING" : "PROCESSED" },
      };
    });
    const body = { extractor: { id: "ex_1" }, file: { url: "https://files.example.com/a.pdf" } };
    const run = await extend.extractRuns.createAndPoll(body as never, fast);
    expect(run.status).toBe("PROCESSED");
    const [create, ...gets] = server!.requests;
    expect(create).toMatchObject({ method: "POST", url: "/extract_runs" });
    expect(JSON.parse(create!.body)).toEqual(body);
    expect(create!.headers["x-extend-api-version"]).toBe("2026-02-09");
    expect(create!.headers["x-extend-workspace-id"]).toBe("ws_1");
    expect(create!.headers["authorization"]).toBe("Bearer sk_test_generated");
    expect(gets.map((g) => `${g.method} ${g.url}`)).toEqual(Array(3).fill("GET /extract_runs/exr_1"));
  });

  it("a run that ends FAILED is a RunFailedError carrying Extend's failureMessage", async () => {
    const extend = await clientFor((r) =>
      r.method === "POST"
        ? { status: 200, body: { object: "parse_run", id: "pr_1", status: "PROCESSING" } }
        : {
            status: 200,
            body: { object: "parse_run", id: "pr_1", status: "FAILED", failureMessage: "corrupt PDF" },
          },
    );
    const error = await extend.parseRuns
      .createAndPoll({ file: { url: "https://files.example.com/a.pdf" } } as never, fast)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFailedError);
    expect((error as Error).message).toContain("corrupt PDF");
  });

  it("classifyRuns.list follows nextPageToken across pages and sends the filters", async () => {
    const extend = await clientFor((r) =>
      r.url.includes("nextPageToken=t2")
        ? { status: 200, body: { object: "list", data: [{ id: "cr_2" }], nextPageToken: null } }
        : { status: 200, body: { object: "list", data: [{ id: "cr_1" }], nextPageToken: "t2" } },
    );
    const items = await extend.classifyRuns.list({ classifierId: "cl_1", maxPageSize: 1 }).toArray();
    expect(items.map((i) => i.id)).toEqual(["cr_1", "cr_2"]);
    expect(server!.requests.map((r) => r.url)).toEqual([
      "/classify_runs?classifierId=cl_1&maxPageSize=1",
      "/classify_runs?classifierId=cl_1&maxPageSize=1&nextPageToken=t2",
    ]);
  });

  it("refuses a maxPageSize outside 1–1000 before sending anything", async () => {
    const extend = await clientFor(() => ({ status: 200, body: { object: "list", data: [] } }));
    expect(() => extend.extractors.list({ maxPageSize: 1001 })).toThrow(ConfigurationError);
    expect(server!.requests).toHaveLength(0);
  });

  it("files.get sends markdown and html as well as rawText", async () => {
    const extend = await clientFor(() => ({ status: 200, body: { object: "file", id: "file_1" } }));
    await extend.files.get("file_1", { markdown: true, html: false, rawText: true });
    expect(server!.requests[0]!.url).toBe("/files/file_1?rawText=true&markdown=true&html=false");
  });

  it("webhookEndpoints.delete sends DELETE /webhook_endpoints/{id}", async () => {
    const extend = await clientFor(() => ({ status: 200, body: { id: "we_1" } }));
    await extend.webhookEndpoints.delete("we_1");
    expect(server!.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["DELETE /webhook_endpoints/we_1"]);
  });
});
