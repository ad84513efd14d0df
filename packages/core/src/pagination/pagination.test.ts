import { describe, expect, test, vi } from "vitest";
import { AbortError, PaginationError } from "../errors/errors.js";
import { RUNAWAY_PAGES, STALLED_PAGES } from "./paginator.js";
import { paginateIdCursor, paginatePageNumber, paginateToken } from "./strategies.js";

const res = () => new Response(null, { headers: { "x-request-id": "req" } });
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

/** A token source over `total` items, `size` per page. */
function tokenSource(total: number, size: number) {
  const fetchPage = vi.fn(async (token: string | undefined) => {
    const start = token ? Number(token) : 0;
    const items = range(start, Math.min(size, total - start));
    const next = start + size < total ? String(start + size) : null;
    return { items, nextToken: next, response: res() };
  });
  return { fetchPage };
}

describe("paginateToken", () => {
  test("is lazy, yields every item in order, pages are frozen", async () => {
    const adapter = tokenSource(25, 10);
    const list = paginateToken(adapter);
    expect(adapter.fetchPage).not.toHaveBeenCalled();
    expect(await list.toArray()).toEqual(range(0, 25));
    const pages = [];
    for await (const page of list.pages()) pages.push(page);
    expect(pages.map((p) => p.nextCursor)).toEqual(["10", "20", null]);
    expect(pages[0]!.requestId).toBe("req");
    expect(Object.isFrozen(pages[0])).toBe(true);
    expect(Object.isFrozen(pages[0]!.items)).toBe(true);
  });

  test("break sends no further request", async () => {
    const adapter = tokenSource(100, 10);
    for await (const item of paginateToken(adapter)) if (item == 3) break;
    expect(adapter.fetchPage).toHaveBeenCalledTimes(1);
  });

  test("toArray limit and maxItems / maxPages", async () => {
    const adapter = tokenSource(100, 10);
    expect(await paginateToken(adapter).toArray({ limit: 15 })).toEqual(range(0, 15));
    expect(adapter.fetchPage).toHaveBeenCalledTimes(2);
    expect(await paginateToken(adapter, { maxItems: 12 }).toArray()).toEqual(range(0, 12));
    expect(await paginateToken(adapter, { maxPages: 3 }).toArray()).toHaveLength(30);
    expect(await paginateToken(adapter).toArray({ limit: 0 })).toEqual([]);
  });

  test("resumes from a saved cursor", async () => {
    const adapter = tokenSource(30, 10);
    expect(await paginateToken(adapter, { startToken: "20" }).toArray()).toEqual(range(20, 10));
  });

  test("a repeated cursor → PaginationError", async () => {
    let n = 0;
    const list = paginateToken({
      fetchPage: async () => ({ items: [n++], nextToken: n % 2 ? "a" : "b", response: res() }),
    });
    await expect(list.toArray()).rejects.toThrow(PaginationError);
    await expect(list.toArray()).rejects.toThrow(/repeats/);
  });

  test("an empty page whose cursor moves is followed; pages that never bring anything new stop", async () => {
    const gaps = paginateToken({
      fetchPage: async (token) =>
        token === undefined
          ? { items: [], nextToken: "a", response: res() }
          : token === "a"
            ? { items: [], nextToken: "b", response: res() }
            : { items: [1, 2], nextToken: null, response: res() },
    });
    expect(await gaps.toArray()).toEqual([1, 2]);
    let n = 0;
    const fetchPage = vi.fn(async () => ({ items: [], nextToken: `t${++n}`, response: res() }));
    const err = await paginateToken({ fetchPage })
      .toArray()
      .catch((e) => e);
    expect(err).toBeInstanceOf(PaginationError);
    expect(err.message).toMatch(/no new item/);
    expect(fetchPage).toHaveBeenCalledTimes(STALLED_PAGES);
  });

  test("an item served twice is yielded once, in pages() too", async () => {
    const list = paginateToken({
      fetchPage: async (token) => ({
        items: token ? [{ id: "b" }, { id: "c" }, { id: "c" }] : [{ id: "a" }, { id: "b" }],
        nextToken: token ? null : "2",
        response: res(),
      }),
    });
    expect((await list.toArray()).map((i) => i.id)).toEqual(["a", "b", "c"]);
    const pages = [];
    for await (const p of list.pages()) pages.push(p.items.map((i) => i.id));
    expect(pages).toEqual([["a", "b"], ["c"]]);
  });

  test("a server that never ends → PaginationError after RUNAWAY_PAGES, unless maxPages says so", async () => {
    let n = 0;
    const endless = { fetchPage: async () => ({ items: [n], nextToken: String(++n), response: res() }) };
    const err = await paginateToken(endless)
      .toArray()
      .catch((e) => e);
    expect(err).toBeInstanceOf(PaginationError);
    expect(err.page).toBe(RUNAWAY_PAGES + 1);
    expect(err.message).toBe(`Runaway listing (${RUNAWAY_PAGES} pages; set maxPages)`);
    expect(await paginateToken(endless, { maxPages: 5 }).toArray()).toHaveLength(5);
  }, 60_000);

  test("empty listing yields one empty page", async () => {
    const list = paginateToken({ fetchPage: async () => ({ items: [], nextToken: null, response: res() }) });
    const pages = [];
    for await (const p of list.pages()) pages.push(p);
    expect(pages).toHaveLength(1);
  });

  test("an aborted signal stops before the next page", async () => {
    const controller = new AbortController();
    const adapter = tokenSource(100, 10);
    const seen: number[] = [];
    const err = await (async () => {
      for await (const item of paginateToken(adapter, { signal: controller.signal })) {
        seen.push(item);
        if (item == 9) controller.abort();
      }
    })().catch((e) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect(adapter.fetchPage).toHaveBeenCalledTimes(1);
  });
});

describe("paginateIdCursor", () => {
  // items 0..29, forward via after = last id, backward via before = first id
  const data = range(0, 30);
  const adapter = {
    fetchPage: vi.fn(async (cursor: { before?: string; after?: string }) => {
      let items: number[];
      if (cursor.before != null) {
        const end = Number(cursor.before);
        items = data.slice(Math.max(0, end - 10), end);
      } else {
        const start = cursor.after != null ? Number(cursor.after) + 1 : 0;
        items = data.slice(start, start + 10);
      }
      const first = items[0];
      const last = items.at(-1);
      return {
        items,
        before: first != null && first > 0 ? String(first) : null,
        after: last != null && last < 29 ? String(last) : null,
        response: res(),
      };
    }),
  };
  test("forward", async () => {
    expect(await paginateIdCursor(adapter).toArray()).toEqual(data);
  });
  test("forward from a saved cursor", async () => {
    expect(await paginateIdCursor(adapter, { after: "19" }).toArray()).toEqual(range(20, 10));
  });
  test("backward from before", async () => {
    const pages = [];
    for await (const p of paginateIdCursor(adapter, { before: "25" }).pages()) pages.push(p);
    expect(pages.flatMap((p) => p.items)).toEqual([...range(15, 10), ...range(5, 10), ...range(0, 5)]);
    expect(pages.map((p) => p.nextCursor)).toEqual([{ before: "15" }, { before: "5" }, null]);
  });
});

describe("paginatePageNumber", () => {
  function pageSource(total: number, options: { delay?: (page: number) => number; cap?: number } = {}) {
    const inFlight = { now: 0, max: 0 };
    const aborted: number[] = [];
    const fetchPage = vi.fn(
      async (page: number, pageSize: number, o: { signal?: AbortSignal | undefined }) => {
        const size = Math.min(pageSize, options.cap ?? pageSize);
        inFlight.now++;
        inFlight.max = Math.max(inFlight.max, inFlight.now);
        try {
          await new Promise<void>((resolve, reject) => {
            const t = setTimeout(resolve, options.delay?.(page) ?? 0);
            o.signal?.addEventListener("abort", () => {
              clearTimeout(t);
              aborted.push(page);
              reject(new AbortError("aborted"));
            });
          });
        } finally {
          inFlight.now--;
        }
        const start = (page - 1) * size;
        return {
          items: range(start, Math.max(0, Math.min(size, total - start))),
          count: total,
          pageSize: size,
          response: res(),
        };
      },
    );
    return { fetchPage, inFlight, aborted };
  }

  test("sequential by default", async () => {
    const source = pageSource(45);
    expect(await paginatePageNumber({ ...source, pageSize: 10 }).toArray()).toEqual(range(0, 45));
    expect(source.fetchPage).toHaveBeenCalledTimes(5);
    expect(source.inFlight.max).toBe(1);
  });

  test("exact multiple: no extra request", async () => {
    const source = pageSource(40);
    expect(await paginatePageNumber({ ...source, pageSize: 10 }).toArray()).toHaveLength(40);
    expect(source.fetchPage).toHaveBeenCalledTimes(4);
  });

  test("read-ahead keeps order with out-of-order completion, at most n in flight", async () => {
    const source = pageSource(95, { delay: (p) => (p % 3) * 15 });
    const list = paginatePageNumber({ ...source, pageSize: 10 }, { concurrency: 4 });
    expect(await list.toArray()).toEqual(range(0, 95));
    expect(source.inFlight.max).toBeLessThanOrEqual(4);
    expect(source.inFlight.max).toBeGreaterThan(1);
  });

  test("break cancels read-ahead in flight", async () => {
    const source = pageSource(1000, { delay: () => 30 });
    for await (const item of paginatePageNumber({ ...source, pageSize: 10 }, { concurrency: 3 }))
      if (item == 10) break;
    expect(source.aborted.length).toBeGreaterThan(0);
    expect(source.fetchPage.mock.calls.length).toBeLessThanOrEqual(4);
  });

  test("a server-capped page size is followed", async () => {
    const source = pageSource(250, { cap: 100 });
    expect(await paginatePageNumber({ ...source, pageSize: 500 }).toArray()).toEqual(range(0, 250));
  });

  test("resume from startPage; nextCursor is the next page", async () => {
    const source = pageSource(30);
    const pages = [];
    for await (const p of paginatePageNumber({ ...source, pageSize: 10 }, { startPage: 2 }).pages())
      pages.push(p);
    expect(pages.map((p) => p.nextCursor)).toEqual([3, null]);
    expect(pages.flatMap((p) => p.items)).toEqual(range(10, 20));
  });

  test("a count that lies → PaginationError", async () => {
    // claims 100, delivers a short page 2
    const short = paginatePageNumber({
      pageSize: 10,
      fetchPage: async (page) => ({ items: range(0, page == 1 ? 10 : 3), count: 100, response: res() }),
    });
    await expect(short.toArray()).rejects.toThrow(PaginationError);
    // empty page while the count promises more
    const empty = paginatePageNumber({
      pageSize: 10,
      fetchPage: async (page) => ({ items: page == 1 ? range(0, 10) : [], count: 50, response: res() }),
    });
    await expect(empty.toArray()).rejects.toThrow(PaginationError);
    // more items than the count
    const more = paginatePageNumber({
      pageSize: 10,
      fetchPage: async () => ({ items: range(0, 10), count: 4, response: res() }),
    });
    await expect(more.toArray()).rejects.toThrow(/contradict count 4/);
  });

  test("bad concurrency → ConfigurationError", () => {
    expect(() =>
      paginatePageNumber(
        { pageSize: 1, fetchPage: async () => ({ items: [], count: 0, response: res() }) },
        { concurrency: 0 },
      ),
    ).toThrow(/concurrency/);
  });
});
