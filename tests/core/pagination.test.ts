// The three pagination strategies over real loopback HTTP, with a server that injects 5xx, 429 and
// connection resets into a share of requests: every item must arrive exactly once, in order.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  createApiClient,
  paginateIdCursor,
  paginatePageNumber,
  paginateToken,
  parseErrorEnvelope,
  requestOptions,
  unwrap,
} from "@docrun/core";
import { sendJson, startServer } from "./server.js";

const TOTAL = 237;
const ids = Array.from({ length: TOTAL }, (_, i) => `item_${String(i).padStart(4, "0")}`);

// Seeded so a failure reproduces; about 40 % of requests fail, in three ways. Seed and counters
// start afresh for every test, so each test proves its own faults happened, whatever ran before.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const faults = { served: 0, injected: { 500: 0, 429: 0, reset: 0 } };
beforeEach(() => {
  seed = 42;
  faults.served = 0;
  faults.injected = { 500: 0, 429: 0, reset: 0 };
});
afterEach((context) => {
  if (context.task.result?.state === "fail") return;
  // Every listing above survived each kind of fault at least once.
  expect(faults.injected[500]).toBeGreaterThan(0);
  expect(faults.injected[429]).toBeGreaterThan(0);
  expect(faults.injected.reset).toBeGreaterThan(0);
});

let server: Awaited<ReturnType<typeof startServer>>;
let client: ReturnType<typeof createApiClient<any>>;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const r = random();
    if (r < 0.15) return (faults.injected[500]++, sendJson(res, 500, { error: "injected" }));
    if (r < 0.28)
      return (faults.injected[429]++, sendJson(res, 429, { error: "injected" }, { "retry-after-ms": "3" }));
    if (r < 0.4) return (faults.injected.reset++, void req.socket.destroy());
    faults.served++;
    const url = new URL(req.url!, "http://x");
    const q = (k: string) => url.searchParams.get(k);
    if (url.pathname == "/pages") {
      const page = Number(q("page")),
        size = Math.min(Number(q("page_size")), 50);
      const results = ids.slice((page - 1) * size, page * size);
      return sendJson(res, 200, { count: TOTAL, page, page_size: size, results });
    }
    if (url.pathname == "/tokens") {
      const start = Number(q("nextPageToken") ?? 0),
        size = Number(q("maxPageSize"));
      const data = ids.slice(start, start + size);
      return sendJson(res, 200, {
        object: "list",
        data,
        nextPageToken: start + size < TOTAL ? String(start + size) : undefined,
      });
    }
    if (url.pathname == "/ids") {
      const limit = Number(q("limit"));
      let data: string[];
      if (q("before")) {
        const end = ids.indexOf(q("before")!);
        data = ids.slice(Math.max(0, end - limit), end);
      } else {
        const start = q("after") ? ids.indexOf(q("after")!) + 1 : 0;
        data = ids.slice(start, start + limit);
      }
      const first = ids.indexOf(data[0]!),
        last = ids.indexOf(data.at(-1)!);
      return sendJson(res, 200, {
        data,
        list_metadata: {
          before: first > 0 ? data[0] : null,
          after: last >= 0 && last < TOTAL - 1 ? data.at(-1) : null,
        },
      });
    }
    sendJson(res, 404, { error: "no route" });
  });
  client = createApiClient<any>(
    {
      name: "Faulty",
      apiKeyEnv: "FAULTY_API_KEY",
      baseUrlEnv: "FAULTY_BASE_URL",
      defaultBaseUrl: server.url,
      parseError: parseErrorEnvelope,
    },
    { apiKey: "sk_fault_test_key", baseUrl: server.url, maxRetries: 8, backoff: { initialMs: 1, maxMs: 5 } },
  );
});
afterAll(() => server.close());

const exactlyOnce = (items: string[]) => {
  expect(items).toHaveLength(TOTAL);
  expect(new Set(items).size).toBe(TOTAL);
};

describe("pagination under 5xx / 429 / reset faults", () => {
  test("page number (sequential and read-ahead)", async () => {
    for (const concurrency of [1, 4]) {
      const list = paginatePageNumber<string>(
        {
          pageSize: 20,
          fetchPage: async (page, page_size, o) => {
            const call = client.api.GET("/pages", {
              params: { query: { page, page_size } },
              ...requestOptions(o),
            });
            const data = await unwrap(call); // the free unwrap finds the client's parser via the response
            const { response } = await call;
            return { items: data.results, count: data.count, pageSize: data.page_size, response };
          },
        },
        { concurrency },
      );
      const items = await list.toArray();
      exactlyOnce(items);
      expect(items).toEqual(ids);
    }
  });

  test("opaque token", async () => {
    const list = paginateToken<string>({
      fetchPage: async (nextPageToken, o) => {
        const call = client.api.GET("/tokens", {
          params: { query: { nextPageToken, maxPageSize: 25 } },
          ...requestOptions(o),
        });
        const data = await client.unwrap(call);
        return { items: data.data, nextToken: data.nextPageToken, response: (await call).response };
      },
    });
    const items = await list.toArray();
    exactlyOnce(items);
    expect(items).toEqual(ids);
  });

  test("id cursor forward, backward, and resumed from a saved cursor", async () => {
    const adapter = {
      fetchPage: async (
        cursor: { before?: string; after?: string },
        o: { signal?: AbortSignal | undefined },
      ) => {
        const call = client.api.GET("/ids", {
          params: { query: { ...cursor, limit: 30 } },
          ...requestOptions(o),
        });
        const data = await client.unwrap(call);
        return { items: data.data as string[], ...data.list_metadata, response: (await call).response };
      },
    };
    const forward = await paginateIdCursor<string>(adapter).toArray();
    exactlyOnce(forward);
    expect(forward).toEqual(ids);

    // Backward: the pages come newest first, each page's items in the server's (ascending) order.
    const backward: string[][] = [];
    for await (const page of paginateIdCursor<string>(adapter, { before: "item_0200" }).pages())
      backward.push([...page.items]);
    const expectedPages = [];
    for (let end = 200; end > 0; end -= 30) expectedPages.push(ids.slice(Math.max(0, end - 30), end));
    expect(backward).toEqual(expectedPages);
    expect(backward.flat()).toHaveLength(200);

    // Stop after two pages, save the cursor, resume: nothing lost, nothing twice.
    const firstPart: string[] = [];
    let saved: { before?: string; after?: string } | null = null;
    for await (const page of paginateIdCursor<string>(adapter, { maxPages: 2 }).pages()) {
      firstPart.push(...page.items);
      saved = page.nextCursor;
    }
    const rest = await paginateIdCursor<string>(adapter, { ...saved! }).toArray();
    expect([...firstPart, ...rest]).toEqual(ids);
  });
});
