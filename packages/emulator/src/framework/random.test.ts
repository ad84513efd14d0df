import { describe, expect, it } from "vitest";
import { createSeededRandom, resolveRandom } from "./random.js";

describe("seeded random", () => {
  it("gives the same sequence for the same seed and numbers in [0, 1)", () => {
    const first = Array.from({ length: 100 }, createSeededRandom(42));
    const again = Array.from({ length: 100 }, createSeededRandom(42));
    expect(again).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(Array.from({ length: 100 }, createSeededRandom(43))).not.toEqual(first);
  });

  it("derives independent streams from one seed and passes a function through", () => {
    expect(resolveRandom(5, 0)()).not.toBe(resolveRandom(5, 1)());
    expect(resolveRandom(5, 1)()).toBe(resolveRandom(5, 1)());
    const fixed = () => 0.5;
    expect(resolveRandom(fixed, 3)).toBe(fixed);
  });
});
