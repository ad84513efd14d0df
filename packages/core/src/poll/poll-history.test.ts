import { describe, expect, test } from "vitest";
import { AbortError } from "../errors/errors.js";
import type { Clock } from "./clock.js";
import { createDurationModel } from "./duration-model.js";
import { notReady, poll } from "./poll.js";

// Starts far from 0, so a sign error in elapsed-time arithmetic cannot hide.
const T0 = 1_764_000_000_000;

function fakeClock(): Clock & { waits: number[]; t: number } {
  const clock = {
    t: T0,
    waits: [] as number[],
    now: () => clock.t,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw new AbortError("aborted");
      clock.waits.push(ms);
      clock.t += ms;
    },
  };
  return clock;
}

type Run = { workflow: string; done: boolean };

/** A run of workflow `wf` that finishes `durationMs` after the clock's current time. */
function runEndingIn(clock: { t: number }, durationMs: number, workflow = "wf") {
  const endAt = clock.t + durationMs;
  const counter = { checks: 0 };
  const fetchState = async (): Promise<Run> => (counter.checks++, { workflow, done: clock.t >= endAt });
  return { fetchState, counter, endAt };
}

const isDone = (run: Run) => run.done;
const key = (run: Run | undefined) => run && [`${run.workflow}@v1`, run.workflow];

describe("poll with history", () => {
  test("records how long the run took, under every key, within the last gap", async () => {
    const clock = fakeClock();
    const model = createDurationModel();
    const { fetchState, endAt } = runEndingIn(clock, 7_300);
    await poll(fetchState, { isDone, clock, random: () => 0.5, history: { model, key } });
    const [recorded] = model.durations("wf@v1");
    expect(model.durations("wf")).toEqual([recorded]);
    const lastGap = clock.waits.at(-1)!;
    expect(Math.abs(recorded! - (endAt - T0))).toBeLessThanOrEqual(lastGap / 2);
  });

  test("a warm model costs far fewer checks and is not later than the default", async () => {
    const model = createDurationModel();
    model.load({ version: 1, durations: { "wf@v1": [11_000, 12_500, 12_000, 13_800, 11_900, 12_400] } });
    const cold = fakeClock();
    const coldRun = runEndingIn(cold, 12_300);
    await poll(coldRun.fetchState, { isDone, clock: cold, random: () => 0.5 });
    const warm = fakeClock();
    const warmRun = runEndingIn(warm, 12_300);
    await poll(warmRun.fetchState, { isDone, clock: warm, random: () => 0.5, history: { model, key } });
    expect(coldRun.counter.checks).toBe(14); // at once, then every second until 13 s
    expect(warmRun.counter.checks).toBeLessThanOrEqual(7);
    expect(warm.t - warmRun.endAt).toBeLessThanOrEqual(cold.t - coldRun.endAt);
  });

  test("the most specific key with durations wins; a new version falls back to the workflow's", async () => {
    const model = createDurationModel();
    model.load({ version: 1, durations: { wf: Array(10).fill(20_000) } });
    const clock = fakeClock();
    const { fetchState } = runEndingIn(clock, 20_000);
    await poll(fetchState, { isDone, clock, random: () => 0.5, history: { model, key } });
    expect(clock.waits[0]).toBeGreaterThan(15_000); // sparse first: learned from "wf"
    expect(model.durations("wf@v1")).toHaveLength(1);
  });

  test("a run already done at the first check teaches nothing (its start is unknown)", async () => {
    const model = createDurationModel();
    const clock = fakeClock();
    await poll(async () => ({ workflow: "wf", done: true }), { isDone, clock, history: { model, key } });
    expect(model.toJSON().durations).toEqual({});
  });

  test("a wait on an existing run whose start time is missing teaches nothing", async () => {
    const model = createDurationModel();
    const clock = fakeClock();
    const { fetchState } = runEndingIn(clock, 3_000);
    await poll(fetchState, { isDone, clock, history: { model, key, startedAt: () => undefined } });
    expect(model.toJSON().durations).toEqual({});
  });

  test("failed runs and record: false teach nothing", async () => {
    const model = createDurationModel();
    const clock = fakeClock();
    const failed = runEndingIn(clock, 3_000);
    await poll(failed.fetchState, {
      isDone,
      isFailed: (r) => r.done,
      clock,
      history: { model, key },
    }).catch(() => undefined);
    const quiet = runEndingIn(clock, 3_000);
    await poll(quiet.fetchState, { isDone, clock, history: { model, key, record: false } });
    expect(model.toJSON().durations).toEqual({});
  });

  test("checkAtStart: false waits before the first check and counts from the start", async () => {
    const model = createDurationModel();
    const clock = fakeClock();
    const { fetchState, counter } = runEndingIn(clock, 2_500);
    await poll(fetchState, {
      isDone,
      clock,
      random: () => 0.5,
      checkAtStart: false,
      history: { model, key: () => "wf" },
    });
    expect(clock.waits.slice(0, 3)).toEqual([1_000, 1_000, 1_000]);
    expect(counter.checks).toBe(3);
    expect(model.durations("wf")).toEqual([2_500]); // between the start (0) … 2 s and 3 s: (2 + 3) / 2
  });

  test("startedAt: a wait on an older run places checks by the run's age", async () => {
    const model = createDurationModel();
    model.load({ version: 1, durations: { wf: Array(10).fill(30_000) } });
    const clock = fakeClock();
    const startedAt = clock.t - 29_000; // the run began 29 s before this wait
    const { fetchState } = runEndingIn(clock, 1_000);
    await poll(fetchState, {
      isDone,
      clock,
      random: () => 0.5,
      history: { model, key: () => "wf", startedAt: () => startedAt },
    });
    expect(clock.t - T0).toBeLessThan(2_000); // not the ~28 s a fresh run would first wait
    expect(model.durations("wf").at(-1)).toBeGreaterThan(29_000);
  });
});

describe("poll's floor between checks", () => {
  test.each([0, -1, 5, NaN])("a server hint of %s ms still waits the 250 ms floor", async (hintMs) => {
    const clock = fakeClock();
    let i = 0;
    await poll(async () => (i++ < 3 ? notReady({ retryAfterMs: hintMs }) : "done"), {
      isDone: () => true,
      clock,
      random: () => 0.5,
    });
    for (const wait of clock.waits) expect(wait).toBeGreaterThanOrEqual(250);
  });

  test("a longer hint is followed as given", async () => {
    const clock = fakeClock();
    let i = 0;
    await poll(async () => (i++ < 1 ? notReady({ retryAfterMs: 4_321 }) : "done"), {
      isDone: () => true,
      clock,
    });
    expect(clock.waits).toEqual([4_321]);
  });

  test("a faster interval of your own lowers the floor to it, never under 10 ms", async () => {
    const clock = fakeClock();
    let i = 0;
    await poll(async () => (i++ < 2 ? notReady({ retryAfterMs: 0 }) : "done"), {
      isDone: () => true,
      clock,
      interval: { initialMs: 40 },
    });
    expect(clock.waits).toEqual([40, 40]);
    const tiny = fakeClock();
    let j = 0;
    await poll(async () => (j++ < 1 ? notReady({ retryAfterMs: 0 }) : "done"), {
      isDone: () => true,
      clock: tiny,
      interval: { initialMs: 0 },
    });
    expect(tiny.waits).toEqual([10]);
  });
});
