// The shared attempt timer: fires when due, never when cancelled, and never early for a long wait.
import { afterEach, describe, expect, test, vi } from "vitest";
import { after } from "./timers.js";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const warnings: Error[] = [];
const onWarning = (warning: Error) => void warnings.push(warning);
afterEach(() => {
  vi.unstubAllGlobals();
  process.off("warning", onWarning);
  warnings.length = 0;
});

describe("after", () => {
  test("fires once its time has come", async () => {
    const fired: string[] = [];
    after(10, () => fired.push("a"));
    expect(fired).toEqual([]);
    await wait(40);
    expect(fired).toEqual(["a"]);
  });

  test("a cancelled timer never fires, and the others still do", async () => {
    const fired: string[] = [];
    const cancel = after(10, () => fired.push("cancelled"));
    after(15, () => fired.push("kept"));
    cancel();
    await wait(50);
    expect(fired).toEqual(["kept"]);
  });

  test("every timer fires once, whatever order they were set in", async () => {
    // Timers that are due together fire in the order they were set (a late tick can make several
    // due at once), so only "each fires exactly once" is promised, not their order.
    const fired: number[] = [];
    for (const ms of [30, 10, 20]) after(ms, () => fired.push(ms));
    await wait(80);
    expect([...fired].sort((a, b) => a - b)).toEqual([10, 20, 30]);
  });

  test("a wait longer than a runtime timer can hold neither fires early nor overflows", async () => {
    process.on("warning", onWarning);
    let fired = false;
    const cancel = after(2 ** 32, () => (fired = true));
    await wait(30);
    cancel();
    expect(fired).toBe(false);
    expect(warnings.map((w) => w.name)).not.toContain("TimeoutOverflowWarning");
  });

  test("works where setTimeout returns a plain number (browsers) and in a Deno without unrefTimer", async () => {
    const realSetTimeout = globalThis.setTimeout;
    vi.stubGlobal("setTimeout", (fn: () => void, ms: number) => Number(realSetTimeout(fn, ms)));
    vi.stubGlobal("Deno", {});
    let fired = false;
    expect(() => after(5, () => (fired = true))).not.toThrow();
    vi.unstubAllGlobals();
    await wait(40);
    expect(fired).toBe(true);
  });
});
