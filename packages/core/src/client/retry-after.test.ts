import { describe, expect, test } from "vitest";
import { retryAfterMs } from "./retry-after.js";

describe("retryAfterMs", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  test("seconds", () => expect(retryAfterMs(h({ "retry-after": "2" }))).toBe(2000));
  test("fractional seconds", () => expect(retryAfterMs(h({ "retry-after": "0.5" }))).toBe(500));
  test("retry-after-ms wins", () =>
    expect(retryAfterMs(h({ "retry-after": "9", "retry-after-ms": "150" }))).toBe(150));
  test("HTTP date", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs(h({ "retry-after": "Thu, 01 Jan 2026 00:00:03 GMT" }), now)).toBe(3000);
  });
  test("date in the past → 0", () => {
    expect(retryAfterMs(h({ "retry-after": "Thu, 01 Jan 2020 00:00:03 GMT" }))).toBe(0);
  });
  test("the epoch is a date in the past → 0, not unreadable", () => {
    expect(retryAfterMs(h({ "retry-after": "Thu, 01 Jan 1970 00:00:00 GMT" }))).toBe(0);
  });
  test("absent or garbage → undefined", () => {
    expect(retryAfterMs(h({}))).toBeUndefined();
    expect(retryAfterMs(h({ "retry-after": "soon" }))).toBeUndefined();
    expect(retryAfterMs(h({ "retry-after": "-3" }))).toBeUndefined();
    expect(retryAfterMs(h({ "retry-after-ms": "x" }))).toBeUndefined();
  });
});
