import { describe, expect, it } from "vitest";
import { isoTime } from "./iso-time.js";

describe("isoTime", () => {
  it("formats exactly like Date.prototype.toISOString", () => {
    const samples = [
      0,
      -1,
      1,
      86_399_999,
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
      Date.UTC(2026, 7, 16, 12, 3, 4, 5),
      Date.UTC(1969, 11, 31, 0, 0, 0, 1),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(0, 0, 1) - 1,
      253_402_300_800_000,
      1.5,
    ];
    for (let step = 0; step < 2000; step++) samples.push(Date.UTC(2026, 0, 1) + step * 7_919_123);
    for (const ms of samples) expect(isoTime(ms)).toBe(new Date(ms).toISOString());
  });
});
