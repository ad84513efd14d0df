// Where a listing stops, what it refuses and what it fetches: each test counts the requests a
// user would pay for and checks the items, pages and cursors they would see.
import { describe, expect, test, vi } from "vitest";
import { AbortError, ConfigurationError, InvalidResponseError, PaginationError } from "../errors/errors.js";
import { Paginator } from "./paginator.js";
import { paginateIdCursor, paginatePageNumber, paginateToken, type PageNumberResult } from "./strategies.js";

const res = (requestId = "req") => new Response(null, { headers: { "x-request-id": requestId } });
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

/** A page-number source over `total` items with `size` per page, recording each request. */
function pages(total: number, size: number, answer: Partial<PageNumberResult<number>> = {}) {
  const requested: number[] = [];
  const fetchPage = vi.fn(async (page: number) => {
    requested.push(page);
    const start = (page - 1) * size;
    return {
      items: range(start, Math.max(0, Math.min(size, total - start))),
      count: total,
      response: res(),
      ...answer,
    };
  });
  return { adapter: { pageSize: size, fetchPage }, requested };
}

async function collectPages<Item, Cursor>(list: Paginator<Item, Cursor>) {
  const out = [];
  for await (const page of list.pages()) out.push(page);
  return out;
}

describe("a page-number answer that does not say how many items there are", () => {
  // The strategy is defined by its count: it decides read-ahead, the last page and whether a
  // short page is the end or a lie. Without it nothing tells the end from a truncated listing, so
  // the listing stops at once with a typed error instead of guessing (and silently ending after
  // page 1, or paging forever). An adapter whose API has no count must use another strategy.
  test.each([
    ["missing", undefined, InvalidResponseError, "Listing page 1: count or page size is not a number"],
    ["null", null, InvalidResponseError, "Listing page 1: count or page size is not a number"],
    ["negative", -1, PaginationError, "Page 1: 10 items of 10 contradict count -1"],
    ["not a number", Number.NaN, InvalidResponseError, "Listing page 1: count or page size is not a number"],
  ])(
    "count %s → a typed error on page 1, nothing yielded, no second request",
    async (_name, count, type, message) => {
      const { adapter, requested } = pages(25, 10, { count: count as number });
      const yielded: number[] = [];
      const error = await (async () => {
        for await (const item of paginatePageNumber(adapter)) yielded.push(item);
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(type);
      expect((error as Error).message).toBe(message);
      expect(yielded).toEqual([]);
      expect(requested).toEqual([1]);
    },
  );

  test("count 0 with no items is an empty listing, not an error", async () => {
    const { adapter, requested } = pages(0, 10);
    const all = await collectPages(paginatePageNumber(adapter));
    expect(all.map((p) => [p.items, p.nextCursor])).toStrictEqual([[[], null]]);
    expect(requested).toEqual([1]);
  });
});

describe("page-number: where it ends and what it asks for", () => {
  test("a last page exactly full ends there; nextCursor counts pages", async () => {
    const { adapter, requested } = pages(30, 10);
    const all = await collectPages(paginatePageNumber(adapter));
    expect(all.map((p) => p.nextCursor)).toEqual([2, 3, null]);
    expect(all.map((p) => p.items.length)).toEqual([10, 10, 10]);
    expect(requested).toEqual([1, 2, 3]);
  });

  test("one item past a full page needs one more page", async () => {
    const { adapter, requested } = pages(31, 10);
    expect(await paginatePageNumber(adapter).toArray()).toEqual(range(0, 31));
    expect(requested).toEqual([1, 2, 3, 4]);
  });

  test("read-ahead waits for the count, then never asks past the last page", async () => {
    const { adapter, requested } = pages(35, 10);
    const list = paginatePageNumber(adapter, { concurrency: 8 });
    expect(await list.toArray()).toEqual(range(0, 35));
    expect(requested).toEqual([1, 2, 3, 4]);
  });

  test("read-ahead keeps exactly `concurrency` pages in flight", async () => {
    const inFlight = { now: 0, max: 0 };
    const list = paginatePageNumber(
      {
        pageSize: 1,
        fetchPage: async (page) => {
          inFlight.max = Math.max(inFlight.max, ++inFlight.now);
          await new Promise((r) => setTimeout(r, 5));
          inFlight.now--;
          return { items: [page], count: 12, response: res() };
        },
      },
      { concurrency: 3 },
    );
    expect(await list.toArray()).toEqual(range(1, 12));
    expect(inFlight.max).toBe(3);
  });

  test("the server's page size, not the requested one, places the items and the end", async () => {
    const requested: [number, number][] = [];
    const list = paginatePageNumber({
      pageSize: 50,
      fetchPage: async (page, pageSize) => {
        requested.push([page, pageSize]);
        return {
          items: range((page - 1) * 20, Math.min(20, 45 - (page - 1) * 20)),
          count: 45,
          pageSize: 20,
          response: res(),
        };
      },
    });
    expect(await list.toArray()).toEqual(range(0, 45));
    expect(requested).toEqual([
      [1, 50],
      [2, 50],
      [3, 50],
    ]);
  });

  test("a short page while the count promises more → PaginationError naming the page", async () => {
    const list = paginatePageNumber({
      pageSize: 10,
      fetchPage: async (page) => ({ items: range(0, page == 2 ? 9 : 10), count: 30, response: res() }),
    });
    const error = await list.toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).page).toBe(2);
    expect((error as PaginationError).message).toBe("Page 2: 9 items of 10 contradict count 30");
  });

  test("a later page with more items than the count leaves → PaginationError", async () => {
    const list = paginatePageNumber({
      pageSize: 10,
      fetchPage: async (page) => ({ items: range((page - 1) * 10, 10), count: 15, response: res() }),
    });
    const error = await list.toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).message).toBe("Page 2: 10 items of 10 contradict count 15");
  });

  test("exactly as many items as the count is fine; one more is not", async () => {
    const ok = paginatePageNumber({
      pageSize: 10,
      fetchPage: async () => ({ items: range(0, 7), count: 7, response: res() }),
    });
    expect(await ok.toArray()).toEqual(range(0, 7));
    const over = paginatePageNumber({
      pageSize: 10,
      fetchPage: async () => ({ items: range(0, 8), count: 7, response: res() }),
    });
    await expect(over.toArray()).rejects.toThrow("Page 1: 8 items of 10 contradict count 7");
  });

  test("a count that shrank under read-ahead is a PaginationError after the pages it counted", async () => {
    let calls = 0;
    const list = paginatePageNumber(
      {
        pageSize: 10,
        fetchPage: async (page) => {
          calls++;
          // Pages 1 and 2 say 30; by the time page 3 answers, only 20 are left.
          const count = page < 3 ? 30 : 20;
          return {
            items: range((page - 1) * 10, Math.max(0, Math.min(10, count - (page - 1) * 10))),
            count,
            response: res(),
          };
        },
      },
      { concurrency: 2 },
    );
    const seen: number[] = [];
    const error = await (async () => {
      for await (const page of list.pages()) seen.push(page.items.length);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).message).toBe("Page 3: count changed from 30 to 20");
    expect(seen).toEqual([10, 10]);
    expect(calls).toBe(3);
  });

  test("resuming at the page just past the end yields that one empty page: the listing is over", async () => {
    const { adapter, requested } = pages(20, 10);
    const all = await collectPages(paginatePageNumber(adapter, { startPage: 3 }));
    expect(all.map((p) => [p.items.length, p.nextCursor])).toEqual([[0, null]]);
    expect(requested).toEqual([3]);
  });

  test.each([
    [{ concurrency: 0 }, "concurrency must be an integer >= 1 (got 0)"],
    [{ concurrency: 1.5 }, "concurrency must be an integer >= 1 (got 1.5)"],
    [{ startPage: 0 }, "startPage must be an integer >= 1 (got 0)"],
    [{ startPage: 2.5 }, "startPage must be an integer >= 1 (got 2.5)"],
  ])("%o → ConfigurationError before any request", (options, message) => {
    const { adapter, requested } = pages(10, 10);
    expect(() => paginatePageNumber(adapter, options)).toThrow(ConfigurationError);
    expect(() => paginatePageNumber(adapter, options)).toThrow(message);
    expect(requested).toEqual([]);
  });

  test("an aborted signal: no request at all, AbortError carrying the reason", async () => {
    const { adapter, requested } = pages(10, 10);
    const reason = new Error("user left");
    const error = await paginatePageNumber(adapter, { signal: AbortSignal.abort(reason) })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toBe(reason);
    expect(requested).toEqual([]);
  });

  test("aborting mid-listing aborts the requests in flight with the caller's reason", async () => {
    const controller = new AbortController();
    const seen: unknown[] = [];
    const list = paginatePageNumber<number>(
      {
        pageSize: 1,
        fetchPage: (page, _size, o): Promise<PageNumberResult<number>> =>
          page == 1
            ? Promise.resolve({ items: [1], count: 5, response: res() })
            : new Promise((_, reject) =>
                o.signal!.addEventListener(
                  "abort",
                  () => (seen.push(o.signal!.reason), reject(o.signal!.reason)),
                ),
              ),
      },
      { concurrency: 2, signal: controller.signal },
    );
    const pending = list.toArray();
    await new Promise((r) => setTimeout(r, 10));
    controller.abort("stop");
    await expect(pending).rejects.toBe("stop");
    expect(seen).toEqual(["stop", "stop"]); // pages 2 and 3 were in flight
  });

  test("each finished page removes its abort listener from the caller's signal", async () => {
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, "addEventListener");
    const remove = vi.spyOn(controller.signal, "removeEventListener");
    const { adapter } = pages(50, 10);
    await paginatePageNumber(adapter, { signal: controller.signal, concurrency: 2 }).toArray();
    await new Promise((r) => setTimeout(r, 0));
    const added = add.mock.calls.map(([type, listener]) => [type, listener]);
    expect(added).toHaveLength(5);
    expect(remove.mock.calls.map(([type, listener]) => [type, listener])).toEqual(added);
  });

  test("the page's request id: the adapter's, else the response's", async () => {
    const list = paginatePageNumber({
      pageSize: 1,
      fetchPage: async (page) => ({
        items: [page],
        count: 2,
        response: res("from_header"),
        requestId: page == 1 ? "from_body" : undefined,
      }),
    });
    expect((await collectPages(list)).map((p) => p.requestId)).toEqual(["from_body", "from_header"]);
  });
});

describe("maxItems and maxPages", () => {
  test(".pages() with maxItems stops after the page that reaches it, without another request", async () => {
    const { adapter, requested } = pages(100, 10);
    const all = await collectPages(paginatePageNumber(adapter, { maxItems: 15 }));
    expect(all.map((p) => p.items.length)).toEqual([10, 10]);
    expect(all.at(-1)!.nextCursor).toBe(3); // where to resume
    expect(requested).toEqual([1, 2]);
  });

  test(".pages() with maxItems equal to a page: one page", async () => {
    const { adapter, requested } = pages(100, 10);
    expect((await collectPages(paginatePageNumber(adapter, { maxItems: 10 }))).length).toBe(1);
    expect(requested).toEqual([1]);
  });

  test("items stop exactly at maxItems; toArray's limit and maxItems, the smaller wins", async () => {
    const { adapter } = pages(100, 10);
    expect(await paginatePageNumber(adapter, { maxItems: 15 }).toArray()).toEqual(range(0, 15));
    expect(await paginatePageNumber(adapter, { maxItems: 15 }).toArray({ limit: 12 })).toEqual(range(0, 12));
    expect(await paginatePageNumber(adapter, { maxItems: 12 }).toArray({ limit: 15 })).toEqual(range(0, 12));
    const items: number[] = [];
    for await (const item of paginatePageNumber(adapter, { maxItems: 1 })) items.push(item);
    expect(items).toEqual([0]);
  });

  test("maxItems 0 or maxPages 0: nothing fetched, nothing yielded", async () => {
    for (const options of [{ maxItems: 0 }, { maxPages: 0 }, { maxItems: -1 }]) {
      const { adapter, requested } = pages(100, 10);
      expect(await collectPages(paginatePageNumber(adapter, options))).toEqual([]);
      expect(await paginatePageNumber(adapter, options).toArray()).toEqual([]);
      expect(requested).toEqual([]);
    }
  });

  test("maxPages stops after that many pages", async () => {
    const { adapter, requested } = pages(100, 10);
    const all = await collectPages(paginatePageNumber(adapter, { maxPages: 2 }));
    expect(all).toHaveLength(2);
    expect(requested).toEqual([1, 2]);
    const one = pages(100, 10);
    expect(await paginatePageNumber(one.adapter, { maxPages: 1 }).toArray()).toEqual(range(0, 10));
  });

  test("pages are frozen: items cannot be changed by the caller", async () => {
    const { adapter } = pages(5, 10);
    const [page] = await collectPages(paginatePageNumber(adapter));
    expect(() => (page!.items as number[]).push(99)).toThrow(TypeError);
    expect(() => Object.assign(page!, { nextCursor: 7 })).toThrow(TypeError);
  });
});

describe("cursor strategies", () => {
  test("a start token that the server hands back → PaginationError (a loop), not a second lap", async () => {
    const list = paginateToken(
      { fetchPage: async () => ({ items: [1], nextToken: "t1", response: res() }) },
      { startToken: "t1" },
    );
    const error = await list.toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).message).toBe("Page 1: cursor t1 repeats (a loop)");
    expect((error as PaginationError).page).toBe(1);
  });

  test("an empty token ends the listing like null", async () => {
    const calls = vi.fn(async () => ({ items: [1], nextToken: "", response: res() }));
    expect(await paginateToken({ fetchPage: calls }).toArray()).toEqual([1]);
    expect(calls).toHaveBeenCalledTimes(1);
  });

  test("an empty page whose cursor moves is followed; a cursor that repeats names its page", async () => {
    let n = 0;
    const list = paginateToken({
      fetchPage: async () =>
        n++ == 0
          ? { items: [1], nextToken: "a", response: res() }
          : { items: [], nextToken: "b", response: res() },
    });
    const error = await list.toArray().catch((e: unknown) => e);
    expect((error as PaginationError).message).toBe("Page 3: cursor b repeats (a loop)");
    expect((error as PaginationError).page).toBe(3);
  });

  test("the token sent is the one the previous page gave, starting with none", async () => {
    const sent: (string | undefined)[] = [];
    await paginateToken({
      fetchPage: async (token) => {
        sent.push(token);
        const n = Number(token ?? 0);
        return { items: [n], nextToken: n < 2 ? String(n + 1) : null, response: res() };
      },
    }).toArray();
    expect(sent).toEqual([undefined, "1", "2"]);
  });

  test("id cursor forward sends `after`, backward sends `before`, nothing at the start", async () => {
    const sent: unknown[] = [];
    const adapter = {
      fetchPage: async (cursor: { before?: string; after?: string }) => {
        sent.push(cursor);
        const depth = sent.length;
        return {
          items: [depth],
          before: depth < 2 ? `b${depth}` : null,
          after: depth < 2 ? `a${depth}` : null,
          response: res(),
        };
      },
    };
    const forward = await collectPages(paginateIdCursor(adapter));
    expect(sent).toStrictEqual([{}, { after: "a1" }]);
    expect(forward.map((p) => p.nextCursor)).toStrictEqual([{ after: "a1" }, null]);
    sent.length = 0;
    const backward = await collectPages(paginateIdCursor(adapter, { before: "z" }));
    expect(sent).toStrictEqual([{ before: "z" }, { before: "b1" }]);
    expect(backward.map((p) => p.nextCursor)).toStrictEqual([{ before: "b1" }, null]);
    sent.length = 0;
    await collectPages(paginateIdCursor(adapter, { after: "y" }));
    expect(sent).toStrictEqual([{ after: "y" }, { after: "a1" }]);
  });

  test("an id cursor that comes back → PaginationError naming it", async () => {
    const list = paginateIdCursor(
      { fetchPage: async () => ({ items: [1], before: null, after: "x", response: res() }) },
      { after: "x" },
    );
    await expect(list.toArray()).rejects.toThrow("Page 1: cursor x repeats (a loop)");
    const back = paginateIdCursor(
      { fetchPage: async () => ({ items: [1], before: "x", after: null, response: res() }) },
      { before: "x" },
    );
    await expect(back.toArray()).rejects.toThrow("Page 1: cursor x repeats (a loop)");
  });

  test("a signal aborted between pages stops with AbortError before the next request", async () => {
    const controller = new AbortController();
    const sent: unknown[] = [];
    const list = paginateToken(
      {
        fetchPage: async (token, o) => {
          // Each page gets its own signal that follows the caller's (no listener left behind).
          sent.push([token, o.signal instanceof AbortSignal && o.signal !== controller.signal, o.timeoutMs]);
          return { items: [1], nextToken: "n" + sent.length, response: res() };
        },
      },
      { signal: controller.signal, timeoutMs: 1234 },
    );
    const error = await (async () => {
      for await (const _ of list) controller.abort();
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(sent).toEqual([[undefined, true, 1234]]);
  });
});
