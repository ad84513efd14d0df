import { describe, expect, it } from "vitest";
import { createRatePacer } from "./rate-pacer.js";

// Pure logic with a fake clock: when requests may start, given the headers seen.
function fakeTime() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms), at: () => t };
}
const answer = (limit: number, remaining: number, reset: number, status = 200) =>
  new Response(null, {
    status,
    headers: {
      "x-ratelimit-limit": String(limit),
      "x-ratelimit-remaining": String(remaining),
      "x-ratelimit-reset": String(reset),
    },
  });

describe("createRatePacer", () => {
  it("does not delay a client far from the limit, or one whose server sends no limit", async () => {
    const time = fakeTime();
    const pacer = createRatePacer(time);
    pacer.observe(new Response(null));
    pacer.observe(answer(30, 25, 1));
    for (let i = 0; i < 10; i++) await pacer.acquire();
    expect(time.at()).toBe(0);
  });

  it("near the limit, starts requests evenly at limit − 1 per window", async () => {
    const time = fakeTime();
    const pacer = createRatePacer(time);
    pacer.observe(answer(30, 10, 1));
    const starts: number[] = [];
    for (let i = 0; i < 30; i++) {
      await pacer.acquire();
      starts.push(time.at());
    }
    // 29 per 1 000 ms window: never 30 in any window.
    for (let i = 29; i < starts.length; i++)
      expect(starts[i]! - starts[i - 29]!).toBeGreaterThanOrEqual(1_000 - 1e-6);
    expect(starts[1]! - starts[0]!).toBeCloseTo(1_000 / 29);
  });

  it("learns the window from the longest reset seen, epoch-second resets included", async () => {
    const time = fakeTime();
    const pacer = createRatePacer({ ...time, now: () => 1_700_000_000_000 + time.at() });
    pacer.observe(answer(600, 0, 1_700_000_060, 429)); // the window ends in 60 s
    await pacer.acquire();
    await pacer.acquire();
    expect(time.at()).toBeCloseTo(60_000 / 582);
  });
});
