import { describe, expect, test } from "vitest";
import { informedSchedule } from "./informed-schedule.js";
import { normalCdf } from "./normal-cdf.js";
import { defaultSchedule } from "./wait-schedule.js";

/** The check times (ms since the wait began) a schedule makes up to `untilMs`. */
function checkTimes(gapMs: (elapsedMs: number) => number, untilMs: number): number[] {
  const times: number[] = [];
  for (let t = 0; t < untilMs;) times.push((t += gapMs(t)));
  return times;
}

// 20 runs of one workflow, between about 8.5 and 11.5 s.
const history = Array.from({ length: 20 }, (_, i) => 10_000 * Math.exp(0.15 * Math.sin(i * 1.7)));

describe("normalCdf", () => {
  test("matches known values", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
    expect(normalCdf(-40)).toBe(0);
  });
});

describe("informedSchedule", () => {
  const schedule = informedSchedule(history);
  const gap = (t: number) => schedule.gapMs(t, 1);

  test("sparse while no finish is likely: the first check waits until about the earliest run", () => {
    const first = gap(0);
    const earliest = Math.min(...history);
    expect(first).toBeGreaterThan(0.8 * earliest);
    expect(first).toBeLessThan(1.1 * earliest);
  });

  test("dense around the likely finish, far fewer checks than once a second", () => {
    expect(gap(10_000)).toBeLessThan(800);
    const times = checkTimes(gap, 12_000);
    expect(times.length).toBeLessThan(12);
    // every gap between 8 and 12 s is short, so a run ending there is seen soon
    const late = times.filter((t) => t > 8_000);
    for (let i = 1; i < late.length; i++) expect(late[i]! - late[i - 1]!).toBeLessThan(1_000);
  });

  test("past its history the gap grows with the overrun, up to 5 minutes", () => {
    const a = gap(15_000);
    const b = gap(30_000);
    const c = gap(120_000);
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);
    expect(gap(3_600_000)).toBe(300_000);
  });

  test("never below the floor; lower checkCostMs means denser checks", () => {
    const tight = informedSchedule(Array(20).fill(5_000), { minGapMs: 300 });
    for (const t of [0, 4_900, 4_990, 5_000, 5_100]) expect(tight.gapMs(t, 1)).toBeGreaterThanOrEqual(300);
    const eager = informedSchedule(history, { checkCostMs: 30 });
    expect(checkTimes((t) => eager.gapMs(t, 1), 12_000).length).toBeGreaterThan(
      checkTimes(gap, 12_000).length,
    );
  });

  test("one run seen: wide, but already sparser than the default early on", () => {
    const one = informedSchedule([20_000]);
    expect(one.gapMs(0, 1)).toBeGreaterThan(defaultSchedule.gapMs(0, 1));
    expect(one.gapMs(0, 1)).toBeLessThan(20_000);
  });

  test("pure: the same history gives the same gaps", () => {
    const again = informedSchedule([...history].reverse());
    for (const t of [0, 5_000, 9_000, 10_500, 40_000]) expect(again.gapMs(t, 1)).toBeCloseTo(gap(t), 6);
  });
});
