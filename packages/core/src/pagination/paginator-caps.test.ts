// toArray()'s item cap and the paginator's repeat filter, on in-process page sources (pure logic;
// the byte cap needs the transport's body accounting and is tested over loopback in
// tests/hardening).
import { describe, expect, it } from "vitest";
import { PaginationError } from "../errors/errors.js";
import { Paginator, TO_ARRAY_MAX_ITEMS, type RawPage } from "./paginator.js";

const response = new Response(null);
function source<Item>(pages: Item[][]): () => AsyncIterable<RawPage<Item, number>> {
  return async function* () {
    for (let i = 0; i < pages.length; i++)
      yield { items: pages[i]!, next: i + 1 < pages.length ? i + 1 : null, response };
  };
}

describe("toArray() without a limit", () => {
  it("holds exactly TO_ARRAY_MAX_ITEMS items, and refuses one more with a PaginationError naming the page", async () => {
    const full = Array.from({ length: TO_ARRAY_MAX_ITEMS }, (_, i) => i);
    expect(await new Paginator(source([full.slice(0, 10), full.slice(10)])).toArray()).toHaveLength(
      TO_ARRAY_MAX_ITEMS,
    );
    const error = await new Paginator(source([full, [TO_ARRAY_MAX_ITEMS]]))
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).page).toBe(2);
    expect((error as Error).message).toBe(
      `toArray() cap reached (268435456 bytes, ${TO_ARRAY_MAX_ITEMS} items): pass { limit } or iterate`,
    );
  });

  it("has no cap once a limit or maxItems bounds it", async () => {
    const big = Array.from({ length: TO_ARRAY_MAX_ITEMS + 5 }, (_, i) => i);
    expect(await new Paginator(source([big])).toArray({ limit: TO_ARRAY_MAX_ITEMS + 2 })).toHaveLength(
      TO_ARRAY_MAX_ITEMS + 2,
    );
    expect(await new Paginator(source([big]), { maxItems: TO_ARRAY_MAX_ITEMS + 1 }).toArray()).toHaveLength(
      TO_ARRAY_MAX_ITEMS + 1,
    );
  });
});

describe("items served twice", () => {
  it("are dropped by a string or number id, in order; items without one are all kept", async () => {
    const pages = [
      [{ id: "a" }, { id: 1 }, null, { id: { nested: true } }, { name: "no id" }],
      [{ id: "a" }, { id: 1 }, { id: "1" }, null, { id: { nested: true } }, { name: "no id" }],
    ];
    const items = await new Paginator<unknown>(source<unknown>(pages)).toArray();
    expect(items).toEqual([
      { id: "a" },
      { id: 1 },
      null,
      { id: { nested: true } },
      { name: "no id" },
      { id: "1" },
      null,
      { id: { nested: true } },
      { name: "no id" },
    ]);
  });
});
