// The in-memory replay store: what it remembers inside its TTL, when it forgets, and its bound.
// The clock starts at a real epoch, not 0, so expiry arithmetic that is off by the start time fails.
import { describe, expect, test } from "vitest";
import { createMemoryReplayStore } from "./replay-store.js";

const T0 = 1_767_225_600_000;

function store(options: { ttlSeconds?: number; maxEntries?: number } = {}) {
  const clock = { t: T0 };
  return { clock, replays: createMemoryReplayStore({ ...options, now: () => clock.t }) };
}

describe("createMemoryReplayStore", () => {
  test("an id is remembered for its whole TTL and forgotten exactly at its end", () => {
    const { clock, replays } = store({ ttlSeconds: 10 });
    expect(replays.seen("evt_1")).toBe(false);
    clock.t = T0 + 9_999;
    expect(replays.seen("evt_1")).toBe(true);
    clock.t = T0 + 10_000;
    expect(replays.seen("evt_1")).toBe(false); // recorded afresh
    clock.t = T0 + 19_999;
    expect(replays.seen("evt_1")).toBe(true);
  });

  test("a replay does not extend the id's TTL", () => {
    const { clock, replays } = store({ ttlSeconds: 10 });
    replays.seen("evt_1");
    clock.t = T0 + 9_000;
    expect(replays.seen("evt_1")).toBe(true);
    clock.t = T0 + 10_000;
    expect(replays.seen("evt_1")).toBe(false);
  });

  test("the default TTL is one hour", () => {
    const { clock, replays } = store();
    replays.seen("evt_1");
    clock.t = T0 + 3_599_999;
    expect(replays.seen("evt_1")).toBe(true);
    clock.t = T0 + 3_600_000;
    expect(replays.seen("evt_1")).toBe(false);
  });

  test("ids are independent: one expiring does not forget a younger one", () => {
    const { clock, replays } = store({ ttlSeconds: 10 });
    replays.seen("old");
    clock.t = T0 + 5_000;
    replays.seen("young");
    clock.t = T0 + 12_000;
    expect(replays.seen("young")).toBe(true);
    expect(replays.seen("old")).toBe(false);
  });

  test("a full store still recognises every id it holds; only a new id evicts the oldest", () => {
    const { replays } = store({ maxEntries: 3 });
    for (const id of ["a", "b", "c"]) expect(replays.seen(id)).toBe(false);
    // Full, inside the TTL: every held id is a replay, however often it is checked.
    for (const id of ["a", "b", "c", "a", "b", "c"]) expect(replays.seen(id)).toBe(true);
    expect(replays.seen("d")).toBe(false); // evicts "a", the oldest
    for (const id of ["b", "c", "d"]) expect(replays.seen(id)).toBe(true);
    expect(replays.seen("a")).toBe(false);
  });

  test("the bound holds under a flood of new ids", () => {
    const { replays } = store({ maxEntries: 100 });
    for (let i = 0; i < 1_000; i++) replays.seen(`evt_${i}`);
    // Exactly the 100 newest are held.
    expect(replays.seen("evt_900")).toBe(true);
    expect(replays.seen("evt_999")).toBe(true);
    expect(replays.seen("evt_899")).toBe(false);
  });

  test("the default bound is 10 000 ids", () => {
    const { replays } = store();
    for (let i = 0; i < 10_000; i++) replays.seen(`evt_${i}`);
    expect(replays.seen("evt_0")).toBe(true);
    replays.seen("evt_new");
    expect(replays.seen("evt_1")).toBe(true);
    expect(replays.seen("evt_0")).toBe(false);
  });
});
