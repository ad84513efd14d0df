import { afterEach, describe, expect, test, vi } from "vitest";
import { getEventListeners } from "node:events";
import { AbortError, ConfigurationError, TimeoutError } from "../errors/errors.js";
import { checkListingOptions, iterationBudget, onPageSignal } from "./budget.js";

// What each page of a listing is sent with, and how a listing's deadline and signal end it.
afterEach(() => vi.useRealTimers());

describe("checkListingOptions", () => {
  test("a timeoutMs or deadlineMs below 1 is a ConfigurationError naming the option", () => {
    expect(() => checkListingOptions({ deadlineMs: 0 })).toThrow(ConfigurationError);
    expect(() => checkListingOptions({ timeoutMs: -5 })).toThrow(/timeoutMs/);
    expect(() => checkListingOptions({ timeoutMs: 10, deadlineMs: 10 })).not.toThrow();
  });
});

describe("iterationBudget", () => {
  test("each page gets the caller's signal, timeoutMs, maxRetries and headers, and nothing unset", () => {
    const signal = new AbortController().signal;
    const headers = { "x-trace": "1" };
    expect(iterationBudget({ signal, timeoutMs: 50, maxRetries: 0, headers })()).toEqual({
      signal,
      timeoutMs: 50,
      maxRetries: 0,
      headers,
    });
    const bare = iterationBudget({})();
    expect(bare).toEqual({});
    expect(Object.keys(bare)).toEqual([]);
  });

  test("deadlineMs bounds the whole iteration: each page gets what is left, then a TimeoutError", () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const next = iterationBudget({ deadlineMs: 1_000, maxRetries: 1 });
    expect(next()).toEqual({ maxRetries: 1, deadlineMs: 1_000 });
    vi.setSystemTime(1_000_400);
    expect(next()).toEqual({ maxRetries: 1, deadlineMs: 600 });
    vi.setSystemTime(1_000_999);
    expect(next().deadlineMs).toBe(1);
    vi.setSystemTime(1_001_000);
    const error = (() => {
      try {
        next();
      } catch (e) {
        return e;
      }
    })() as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toContain("deadlineMs (1000 ms)");
    expect(error.attempts).toBe(0);
  });

  test("an aborted signal ends the iteration before the next page with AbortError", () => {
    const controller = new AbortController();
    const next = iterationBudget({ signal: controller.signal });
    expect(next().signal).toBe(controller.signal);
    controller.abort();
    expect(() => next()).toThrow(AbortError);
  });
});

describe("onPageSignal", () => {
  test("the page's signal follows the caller's and is unhooked when the page settles", async () => {
    const caller = new AbortController();
    let pageSignal: AbortSignal | undefined;
    const page = onPageSignal(caller.signal, (signal) => {
      pageSignal = signal;
      return new Promise((_, reject) => signal!.addEventListener("abort", () => reject(signal!.reason)));
    });
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(1);
    caller.abort(new Error("stop"));
    await expect(page).rejects.toThrow("stop");
    expect(pageSignal!.aborted).toBe(true);
    const other = new AbortController();
    await onPageSignal(other.signal, async () => "done");
    await onPageSignal(other.signal, async () => Promise.reject(new Error("page failed"))).catch(String);
    expect(getEventListeners(other.signal, "abort")).toHaveLength(0);
    expect(await onPageSignal(undefined, async (signal) => signal)).toBeUndefined();
  });
});
