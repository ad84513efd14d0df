// A server that lies, stalls or loops must end every call in a typed error, never a hang, a raw
// SyntaxError or an unhandled rejection. Each server here is hand-written on loopback so the test
// controls every byte; the client is core's (configured the way a provider package configures it),
// and the last block repeats the pagination guards through each provider package.
import { createAnyformatClient } from "@docrun/anyformat";
import {
  InternalServerError,
  InvalidResponseError,
  PaginationError,
  PollTimeoutError,
  STALLED_PAGES,
  TimeoutError,
  paginateIdCursor,
  paginatePageNumber,
  paginateToken,
  poll,
  requestOptions,
  type RequestOptions,
} from "@docrun/core";
import { createExtendClient } from "@docrun/extend";
import { createRetabClient } from "@docrun/retab";
import { afterEach, describe, expect, it } from "vitest";
import { sendJson, startLoopbackServer, type LoopbackServer } from "./helpers/loopback-server.js";
import { testClient } from "./helpers/test-provider.js";
import { failOnUnhandledRejections } from "./helpers/unhandled-rejections.js";

failOnUnhandledRejections();

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const HTML = "<!doctype html><html><body><h1>Bad gateway</h1><p>nginx</p></body></html>";

/** GETs `path` through a core client and unwraps it, the way every provider helper does. */
async function getJson(baseUrl: string, path: string, options: Parameters<typeof testClient>[1] = {}) {
  const { api, unwrap } = testClient(baseUrl, options);
  return unwrap(api.GET(path, {}));
}

describe("broken bodies", () => {
  it("an HTML page under 200 is an InvalidResponseError, not a parse crash", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(HTML);
    });
    const error = await getJson(server.url, "/runs").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).status).toBe(200);
    expect((error as Error).message).toMatch(/HTML/);
  }, 10_000);

  it("an HTML page under 500 is retried, then an InternalServerError carrying the page and attempts", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(500, { "content-type": "text/html" });
      res.end(HTML);
    });
    const error = await getJson(server.url, "/runs", { maxRetries: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(500);
    expect((error as InternalServerError).attempts).toBe(3);
    expect(String((error as InternalServerError).body)).toContain("Bad gateway");
    expect(server.requests).toHaveLength(3);
  }, 10_000);

  it("truncated JSON under 200 is an InvalidResponseError", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"data":[{"id":"run_1"},{"id":"ru');
    });
    const error = await getJson(server.url, "/runs").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/JSON/);
  }, 10_000);

  // openapi-fetch parses every 2xx as JSON; the transport only checks bodies labelled JSON, so a
  // text/plain or octet-stream body escapes as a raw SyntaxError (the core README promises it
  // cannot). Fix belongs in core (packages/core/src/client/create-api-client.ts `unwrapWith`, or
  // the transport): turn a SyntaxError from the call into InvalidResponseError.
  it("a 200 with a content type that is not JSON (plain text) is an InvalidResponseError", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("Service is warming up, please retry");
    });
    const error = await getJson(server.url, "/runs").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
  }, 10_000);

  it("a 200 with a binary content type and a non-JSON body is an InvalidResponseError", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(Buffer.from([0xde, 0xad, 0xbe, 0xef]));
    });
    const error = await getJson(server.url, "/runs").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
  }, 10_000);

  it("a streamed body beyond maxResponseBytes is cut off with an InvalidResponseError", async () => {
    let bytesWritten = 0;
    server = await startLoopbackServer((_req, res) => {
      // No content-length: the client can only notice while reading.
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      res.write("[");
      const pump = () => {
        while (bytesWritten < 64 * 1024 * 1024 && !res.destroyed) {
          bytesWritten += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end("]");
      };
      pump();
    });
    const error = await getJson(server.url, "/runs", { maxResponseBytes: 256 * 1024 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/maxResponseBytes/);
    // It stopped reading long before the server's 64 MiB.
    expect(bytesWritten).toBeLessThan(64 * 1024 * 1024);
  }, 15_000);

  it("a declared content-length beyond maxResponseBytes is refused before reading", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(1024 * 1024) });
      res.write("[");
    });
    const error = await getJson(server.url, "/runs", { maxResponseBytes: 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
  }, 10_000);
});

describe("servers that stop talking or loop", () => {
  it("headers then silence ends in TimeoutError after the configured attempts", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.flushHeaders();
    });
    const error = await getJson(server.url, "/runs", { timeoutMs: 300, maxRetries: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
  }, 10_000);

  it("half a body then silence ends in TimeoutError", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"data":[{"id":"run_1"}');
    });
    const error = await getJson(server.url, "/runs", { timeoutMs: 300, maxRetries: 0 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).attempts).toBe(1);
  }, 10_000);

  it("a redirect loop ends in InvalidResponseError after a bounded number of hops", async () => {
    server = await startLoopbackServer((req, res) => {
      res.writeHead(302, { location: req.url === "/a" ? "/b" : "/a" });
      res.end();
    });
    const error = await getJson(server.url, "/a").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/redirect/);
    expect(server.requests.length).toBeLessThanOrEqual(10);
  }, 10_000);
});

/** A paginated GET: the page's data and its response, or the typed error. */
async function fetchListPage(baseUrl: string, query: Record<string, string | number>, o: RequestOptions) {
  const { api, unwrap } = testClient(baseUrl);
  const call = api.GET("/runs", { params: { query }, ...requestOptions(o) });
  const data = (await unwrap(call)) as Record<string, unknown> & { data?: { id: string }[] };
  return { data, response: (await call).response };
}

describe("pagination that would loop or skip", () => {
  it("a token page that repeats its cursor is a PaginationError, not an endless loop", async () => {
    server = await startLoopbackServer((req, res) => {
      const token = new URL(req.url!, "http://x").searchParams.get("nextPageToken");
      // Page 1 → token "b", page "b" → token "c", page "c" → token "b" again.
      const next = token === null ? "b" : token === "b" ? "c" : "b";
      sendJson(res, 200, { data: [{ id: `run_${token ?? "a"}` }], nextPageToken: next });
    });
    const url = server.url;
    const paginator = paginateToken({
      fetchPage: async (token, o) => {
        const { data, response } = await fetchListPage(url, token ? { nextPageToken: token } : {}, o);
        return { items: data.data!, nextToken: data.nextPageToken as string, response };
      },
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const run of paginator) seen.push(run.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(seen).toEqual(["run_a", "run_b"]);
    expect(server.requests).toHaveLength(3);
  }, 10_000);

  it("an id-cursor page that repeats its cursor is a PaginationError", async () => {
    server = await startLoopbackServer((_req, res) => {
      sendJson(res, 200, { data: [{ id: "run_1" }], list_metadata: { before: null, after: "run_1" } });
    });
    const url = server.url;
    const paginator = paginateIdCursor({
      fetchPage: async (cursor, o) => {
        const query: Record<string, string> = {};
        if (cursor.after) query.after = cursor.after;
        const { data, response } = await fetchListPage(url, query, o);
        const meta = data.list_metadata as { before: string | null; after: string | null };
        return { items: data.data!, before: meta.before, after: meta.after, response };
      },
    });
    await expect(paginator.toArray()).rejects.toBeInstanceOf(PaginationError);
    expect(server.requests).toHaveLength(2);
  }, 10_000);

  it("a page that says more but is empty forever is a PaginationError after STALLED_PAGES pages", async () => {
    let n = 0;
    server = await startLoopbackServer((_req, res) => {
      n += 1;
      sendJson(res, 200, { data: [], nextPageToken: `fresh-token-${n}` });
    });
    const url = server.url;
    const paginator = paginateToken({
      fetchPage: async (token, o) => {
        const { data, response } = await fetchListPage(url, token ? { nextPageToken: token } : {}, o);
        return { items: data.data!, nextToken: data.nextPageToken as string, response };
      },
    });
    await expect(paginator.toArray()).rejects.toBeInstanceOf(PaginationError);
    expect(server.requests).toHaveLength(STALLED_PAGES);
  }, 10_000);

  it("a count that promises more than the pages hold is a PaginationError", async () => {
    server = await startLoopbackServer((req, res) => {
      const page = Number(new URL(req.url!, "http://x").searchParams.get("page"));
      // Claims 50 items, but page 2 is already short.
      const results = page === 1 ? Array.from({ length: 10 }, (_, i) => ({ id: `r${i}` })) : [{ id: "r10" }];
      sendJson(res, 200, { count: 50, page, page_size: 10, results });
    });
    const url = server.url;
    const paginator = paginatePageNumber({
      pageSize: 10,
      fetchPage: async (page, page_size, o) => {
        const { data, response } = await fetchListPage(url, { page, page_size }, o);
        return { items: data.results as { id: string }[], count: data.count as number, response };
      },
    });
    const error = await paginator.toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).page).toBe(2);
  }, 10_000);

  it("a count smaller than the items served is a PaginationError, not silently dropped data", async () => {
    server = await startLoopbackServer((req, res) => {
      const page = Number(new URL(req.url!, "http://x").searchParams.get("page"));
      sendJson(res, 200, {
        count: 5,
        page,
        page_size: 10,
        results: Array.from({ length: 10 }, (_, i) => ({ id: `r${i}` })),
      });
    });
    const url = server.url;
    const paginator = paginatePageNumber({
      pageSize: 10,
      fetchPage: async (page, page_size, o) => {
        const { data, response } = await fetchListPage(url, { page, page_size }, o);
        return { items: data.results as { id: string }[], count: data.count as number, response };
      },
    });
    await expect(paginator.toArray()).rejects.toBeInstanceOf(PaginationError);
  }, 10_000);

  it("a count that keeps growing is a PaginationError on the second page, even with read-ahead", async () => {
    let served = 0;
    server = await startLoopbackServer((req, res) => {
      const page = Number(new URL(req.url!, "http://x").searchParams.get("page"));
      served += 1;
      const results = Array.from({ length: 10 }, (_, i) => ({ id: `p${page}-${i}` }));
      sendJson(res, 200, { count: page * 10 + 10, page, page_size: 10, results });
    });
    const url = server.url;
    const paginator = paginatePageNumber(
      {
        pageSize: 10,
        fetchPage: async (page, page_size, o) => {
          const { data, response } = await fetchListPage(url, { page, page_size }, o);
          return { items: data.results as { id: string }[], count: data.count as number, response };
        },
      },
      { concurrency: 3, maxPages: 20 },
    );
    const error = await paginator.toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).page).toBe(2);
    expect(served).toBeLessThanOrEqual(4);
  }, 10_000);
});

describe("a run status the spec does not know", () => {
  // poll()'s last check at its deadline has almost no budget left: its request timing out must
  // still surface as PollTimeoutError with the last state, not as a bare TimeoutError.
  it("the caller sees it and the wait ends at its deadline in PollTimeoutError carrying it", async () => {
    // 15 ms per answer, like any real API (a loopback answer can beat a 1 ms budget by luck).
    server = await startLoopbackServer((_req, res) => {
      setTimeout(() => sendJson(res, 200, { id: "run_1", status: "QUANTUM_SUPERPOSITION" }), 15);
    });
    const url = server.url;
    const terminal = new Set(["PROCESSED", "FAILED", "CANCELLED"]);
    const statuses = new Set<string>();
    const error = await poll(
      async (o) => {
        const { api, unwrap } = testClient(url);
        return (await unwrap(api.GET("/runs/run_1", { ...requestOptions(o) }))) as { status: string };
      },
      {
        isDone: (run) => terminal.has(run.status),
        isFailed: (run) => run.status === "FAILED",
        onProgress: (run) => run && statuses.add(run.status),
        timeoutMs: 400,
        interval: { initialMs: 20, maxMs: 50 },
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PollTimeoutError);
    expect((error as PollTimeoutError).lastState).toEqual({ id: "run_1", status: "QUANTUM_SUPERPOSITION" });
    expect([...statuses]).toEqual(["QUANTUM_SUPERPOSITION"]);
    // Bounded: a 400 ms budget at >= 20 ms per wait cannot make hundreds of checks.
    expect(server.requests.length).toBeLessThan(40);
  }, 10_000);
});

describe("through the provider packages, the same guards hold", () => {
  const apiKey = "sk_test_hostile_0123456789";

  it("Extend: a nextPageToken that comes back again is a PaginationError", async () => {
    server = await startLoopbackServer((req, res) => {
      const token = new URL(req.url!, "http://x").searchParams.get("nextPageToken");
      sendJson(res, 200, {
        object: "list",
        data: [{ object: "workflow_run", id: `workflow_run_${token ?? "first"}`, status: "PROCESSED" }],
        nextPageToken: token === "t2" ? "t1" : token === "t1" ? "t2" : "t1",
      });
    });
    const extend = createExtendClient({ apiKey, baseUrl: server.url });
    await expect(extend.workflowRuns.list().toArray()).rejects.toBeInstanceOf(PaginationError);
    expect(server.requests.length).toBeLessThanOrEqual(4);
  }, 10_000);

  it("Retab: an `after` cursor that never advances is a PaginationError", async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { data: [{ id: "run_same" }], list_metadata: { before: null, after: "run_same" } }),
    );
    const retab = createRetabClient({ apiKey, baseUrl: server.url });
    await expect(retab.workflowRuns.list().toArray()).rejects.toBeInstanceOf(PaginationError);
    expect(server.requests).toHaveLength(2);
  }, 10_000);

  it("Retab: empty pages that keep naming a next cursor are a PaginationError after STALLED_PAGES pages", async () => {
    let n = 0;
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { data: [], list_metadata: { before: null, after: `run_${++n}` } }),
    );
    const retab = createRetabClient({ apiKey, baseUrl: server.url });
    await expect(retab.workflowRuns.list().toArray()).rejects.toBeInstanceOf(PaginationError);
    expect(server.requests).toHaveLength(STALLED_PAGES);
  }, 10_000);

  it("AnyFormat: a count that promises pages that never come is a PaginationError", async () => {
    server = await startLoopbackServer((req, res) => {
      const url = new URL(req.url!, "http://x");
      const page = Number(url.searchParams.get("page"));
      const size = Number(url.searchParams.get("page_size"));
      const results =
        page === 1 ? Array.from({ length: size }, (_, i) => ({ id: `c${i}`, status: "processed" })) : [];
      sendJson(res, 200, { count: size * 5, page, page_size: size, results });
    });
    const af = createAnyformatClient({ apiKey, baseUrl: server.url });
    const error = await af.workflows
      .listRuns("wf", { pageSize: 10, concurrency: 3 })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(server.requests.length).toBeLessThanOrEqual(5);
  }, 10_000);

  it("AnyFormat: a body that trickles forever ends in TimeoutError after the configured attempts", async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("[");
      const drip = setInterval(() => (res.destroyed ? clearInterval(drip) : res.write(" ")), 20);
      res.on("close", () => clearInterval(drip));
    });
    const af = createAnyformatClient({ apiKey, baseUrl: server.url, timeoutMs: 300, maxRetries: 1 });
    const error = await af.workflows
      .list()
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).attempts).toBe(2);
  }, 10_000);
});
