// Listings against servers that stall, never end, repeat themselves or leave gaps, through each
// provider package over real loopback HTTP: every per-call option takes effect, a listing that never
// ends stops early, nothing is yielded twice, an empty page whose cursor moves is followed, and a
// long-lived AbortSignal collects no listeners.
import { getEventListeners } from "node:events";
import { createAnyformatClient } from "@docrun/anyformat";
import {
  AbortError,
  PaginationError,
  STALLED_PAGES,
  TO_ARRAY_MAX_BYTES,
  TimeoutError,
  type Paginator,
} from "@docrun/core";
import { createExtendClient } from "@docrun/extend";
import { createRetabClient } from "@docrun/retab";
import { afterEach, describe, expect, it } from "vitest";
import { sendJson, startLoopbackServer, type LoopbackServer } from "./helpers/loopback-server.js";
import { failOnUnhandledRejections } from "./helpers/unhandled-rejections.js";

failOnUnhandledRejections();

const apiKey = "sk_test_hostile_pages_0123456789";
// Long per-attempt timeouts: only the option under test may end a call.
const slowClient = { apiKey, timeoutMs: 30_000, maxRetries: 0 };

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const query = (url: string | undefined) => new URL(url ?? "/", "http://x").searchParams;

/** Resolves with what draining `list` threw (or "no error"), and the items it yielded. */
async function drain<T>(list: AsyncIterable<T>): Promise<{ error: unknown; items: T[] }> {
  const items: T[] = [];
  try {
    for await (const item of list) items.push(item);
  } catch (error) {
    return { error, items };
  }
  return { error: "no error", items };
}

/** One listing of each provider package, built against `baseUrl` with the listing options given. */
const listings: { name: string; list: (baseUrl: string, o: object) => Paginator<{ id: string }, unknown> }[] =
  [
    {
      name: "Extend workflowRuns.list",
      list: (baseUrl, o) => createExtendClient({ ...slowClient, baseUrl }).workflowRuns.list(o),
    },
    {
      name: "Retab workflowRuns.list",
      list: (baseUrl, o) => createRetabClient({ ...slowClient, baseUrl }).workflowRuns.list(o),
    },
    {
      name: "AnyFormat workflows.list",
      list: (baseUrl, o) => createAnyformatClient({ ...slowClient, baseUrl }).workflows.list(o),
    },
    {
      name: "AnyFormat workflows.listRuns",
      list: (baseUrl, o) => createAnyformatClient({ ...slowClient, baseUrl }).workflows.listRuns("wf_1", o),
    },
  ];

/** A page of `ids` in each provider's envelope, naming a next page when `more`. */
function page(name: string, ids: string[], more: boolean, pageNo: number, count = 1_000_000) {
  const data = ids.map((id) => ({ id, status: "PROCESSED" }));
  if (name.startsWith("Extend"))
    return { object: "list", data, nextPageToken: more ? `token_${pageNo + 1}` : null };
  if (name.startsWith("Retab"))
    return { data, list_metadata: { before: null, after: more ? ids.at(-1)! : null } };
  return { count, page: pageNo, page_size: ids.length, results: data };
}

describe.each(listings)("$name honours every per-call option", ({ name, list }) => {
  it("deadlineMs against a silent server ends in TimeoutError; so do timeoutMs and signal", async () => {
    server = await startLoopbackServer(() => {}); // accepts, never answers
    const deadline = await drain(list(server.url, { deadlineMs: 300 }));
    expect(deadline.error).toBeInstanceOf(TimeoutError);
    const timeout = await drain(list(server.url, { timeoutMs: 200 }));
    expect(timeout.error).toBeInstanceOf(TimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const aborted = await drain(list(server.url, { signal: controller.signal }));
    expect(aborted.error).toBeInstanceOf(AbortError);
  }, 10_000);

  it("deadlineMs bounds the whole iteration, not each page", async () => {
    // Every page answers in 40 ms and names another: only the iteration's deadline can stop it.
    let served = 0;
    server = await startLoopbackServer((req, res) => {
      const n = ++served;
      setTimeout(() => sendJson(res, 200, page(name, [`item_${n}`], true, n)), 40);
    });
    const { error } = await drain(list(server.url, { deadlineMs: 1_500, pageSize: 1 }));
    expect(error).toBeInstanceOf(TimeoutError);
    // More than one page went by: the deadline counted across pages, each far below it.
    expect(served).toBeGreaterThan(1);
    expect(served).toBeLessThan(100);
  }, 10_000);
});

describe("a listing that never ends stops early", () => {
  it("Extend: a fresh token every page over the same items is a PaginationError after STALLED_PAGES pages", async () => {
    server = await startLoopbackServer((req, res) => {
      const n = Number(query(req.url).get("nextPageToken")?.slice(6) ?? 1);
      sendJson(res, 200, page("Extend", ["run_a", "run_b"], true, n));
    });
    const extend = createExtendClient({ ...slowClient, baseUrl: server.url });
    const { error, items } = await drain(extend.workflowRuns.list());
    expect(error).toBeInstanceOf(PaginationError);
    expect(items.map((run) => run.id)).toEqual(["run_a", "run_b"]);
    expect(server.requests.length).toBeLessThanOrEqual(STALLED_PAGES + 1);
  }, 10_000);

  it("Extend: fresh tokens and fresh items forever: toArray() stops at its memory cap with a PaginationError", async () => {
    server = await startLoopbackServer((req, res) => {
      const n = Number(query(req.url).get("nextPageToken")?.slice(6) ?? 1);
      const ids = Array.from({ length: 50 }, (_, i) => `run_${n}_${i}_${"x".repeat(100)}`);
      sendJson(res, 200, page("Extend", ids, true, n));
    });
    const extend = createExtendClient({ ...slowClient, baseUrl: server.url });
    const error = await extend.workflowRuns
      .list()
      .toArray({ maxBytes: 256 * 1024 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/toArray\(\) cap reached \(262144 bytes/);
    // ~8 kB per page: the cap is reached after a few dozen pages, not 100,000.
    expect(server.requests.length).toBeLessThan(60);
    expect(TO_ARRAY_MAX_BYTES).toBe(256 * 2 ** 20);
  }, 20_000);

  it("AnyFormat: a count that grows every page is a PaginationError on page 2", async () => {
    server = await startLoopbackServer((req, res) => {
      const n = Number(query(req.url).get("page"));
      const size = Number(query(req.url).get("page_size"));
      const ids = Array.from({ length: size }, (_, i) => `run_${n}_${i}`);
      sendJson(res, 200, page("AnyFormat", ids, true, n, (n + 1) * size));
    });
    const af = createAnyformatClient({ ...slowClient, baseUrl: server.url });
    const { error, items } = await drain(af.workflows.listRuns("wf_1", { pageSize: 10, concurrency: 3 }));
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).page).toBe(2);
    expect((error as Error).message).toMatch(/count changed from 20 to 30/);
    expect(items).toHaveLength(10);
    expect(server.requests.length).toBeLessThanOrEqual(4);
  }, 10_000);

  it("Retab: a backward listing whose pages overlap yields every run once, in order", async () => {
    // Runs run_29 … run_0, newest first; walking back, each page re-serves half of the previous one.
    const ids = Array.from({ length: 30 }, (_, i) => `run_${String(29 - i).padStart(2, "0")}`);
    server = await startLoopbackServer((req, res) => {
      const before = query(req.url).get("before");
      const end = before === null ? ids.length : ids.indexOf(before) + 5;
      const slice = ids.slice(Math.max(0, Math.min(ids.length, end) - 10), Math.min(ids.length, end));
      const first = slice[0]!;
      sendJson(res, 200, {
        data: slice.map((id) => ({ id })),
        list_metadata: { before: first === ids[0] ? null : first, after: null },
      });
    });
    const retab = createRetabClient({ ...slowClient, baseUrl: server.url });
    const { error, items } = await drain(retab.workflowRuns.list({ before: "run_00" }));
    expect(error).toBe("no error");
    const seen = items.map((run) => run.id);
    const expected = [20, 15, 10, 5, 0].flatMap((from) => ids.slice(from, from + (from == 20 ? 10 : 5)));
    expect(seen).toEqual(expected);
    expect(server.requests).toHaveLength(5);
  }, 10_000);
});

describe("an empty page whose cursor moves is not an error", () => {
  it("Retab: `data: []` with a non-null `after` is followed to the items behind it", async () => {
    server = await startLoopbackServer((req, res) => {
      const after = query(req.url).get("after");
      if (after === null) sendJson(res, 200, { data: [], list_metadata: { before: null, after: "gap_1" } });
      else if (after === "gap_1")
        sendJson(res, 200, { data: [], list_metadata: { before: null, after: "gap_2" } });
      else
        sendJson(res, 200, {
          data: [{ id: "run_1" }, { id: "run_2" }],
          list_metadata: { before: null, after: null },
        });
    });
    const retab = createRetabClient({ ...slowClient, baseUrl: server.url });
    const runs = await retab.workflowRuns.list().toArray();
    expect(runs.map((run) => run.id)).toEqual(["run_1", "run_2"]);
    expect(server.requests).toHaveLength(3);
  }, 10_000);

  it("Retab: empty pages whose cursor moves forever still end, after STALLED_PAGES pages", async () => {
    let n = 0;
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { data: [], list_metadata: { before: null, after: `gap_${++n}` } }),
    );
    const retab = createRetabClient({ ...slowClient, baseUrl: server.url });
    const error = await retab.workflowRuns
      .list()
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(server.requests).toHaveLength(STALLED_PAGES);
  }, 10_000);
});

describe("a long-lived AbortSignal collects no listeners", () => {
  it("100 failing AnyFormat listings (on the first page and under read-ahead) leave 0 abort listeners and no warning", async () => {
    server = await startLoopbackServer((req, res) => {
      const n = Number(query(req.url).get("page"));
      const failFirst = req.url!.includes("/wf_first/");
      if (failFirst || n > 1) return sendJson(res, 404, { detail: "Not found." });
      sendJson(
        res,
        200,
        page(
          "AnyFormat",
          Array.from({ length: 10 }, (_, i) => `run_${i}`),
          true,
          1,
          100,
        ),
      );
    });
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    const signal = new AbortController().signal;
    const af = createAnyformatClient({ apiKey, baseUrl: server.url, maxRetries: 0 });
    try {
      const failures: unknown[] = [];
      for (let i = 0; i < 100; i++) {
        const workflow = i % 2 ? "wf_first" : "wf_later";
        const result = await drain(af.workflows.listRuns(workflow, { signal, pageSize: 10, concurrency: 4 }));
        failures.push(result.error);
      }
      expect(failures.every((error) => error instanceof Error && error.name === "NotFoundError")).toBe(true);
      // Read-ahead pages settle just after the listing rejects.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(getEventListeners(signal, "abort")).toHaveLength(0);
      expect(warnings).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
    }
  }, 30_000);

  it.each<[string, (url: string, signal: AbortSignal) => AsyncIterable<unknown>]>([
    [
      "Extend",
      (url: string, signal: AbortSignal) =>
        createExtendClient({ apiKey, baseUrl: url, maxRetries: 0 }).workflowRuns.list({ signal }),
    ],
    [
      "Retab",
      (url: string, signal: AbortSignal) =>
        createRetabClient({ apiKey, baseUrl: url, maxRetries: 0 }).workflowRuns.list({ signal }),
    ],
  ])(
    "%s: 50 failing listings on one signal leave 0 abort listeners",
    async (_name, list) => {
      server = await startLoopbackServer((_req, res) => sendJson(res, 404, { error: "not found" }));
      const signal = new AbortController().signal;
      for (let i = 0; i < 50; i++)
        expect((await drain(list(server.url, signal))).error).toBeInstanceOf(Error);
      expect(getEventListeners(signal, "abort")).toHaveLength(0);
    },
    30_000,
  );
});
