import { describe, expect, test } from "vitest";
import { AbortError, PollTimeoutError, RunFailedError, TimeoutError } from "../errors/errors.js";
import { sleep, type Clock } from "./clock.js";
import { notReady, poll } from "./poll.js";

/**
 * Where fake clocks start: a real epoch, not 0, so that an elapsed time computed the wrong way
 * round (start - now, or now + start) cannot pass for the right one.
 */
const T0 = 1_767_225_600_000;

/** A clock whose sleep advances time instantly and records each wait. */

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

type Run = { status: string };
const states = (...list: string[]) => {
  let i = 0;
  return async (): Promise<Run> => ({ status: list[Math.min(i++, list.length - 1)]! });
};

describe("poll", () => {
  test("default: first check at once, then every second for 30 s, then growing (no spread)", async () => {
    const clock = fakeClock();
    const run = await poll(states(...Array(40).fill("running"), "done"), {
      isDone: (r) => r.status == "done",
      clock,
      random: () => 0.5,
    });
    expect(run.status).toBe("done");
    expect(clock.waits.slice(0, 30)).toEqual(Array(30).fill(1_000));
    expect(clock.waits[30]).toBe(1_000); // at 30 s the gap starts growing by 0.11 s per second
    expect(clock.waits[31]).toBeCloseTo(1_110);
    expect(clock.waits[32]).toBeCloseTo(1_110 + 0.11 * 1_110);
  });

  test("default: each gap varies by ±10 % at random", async () => {
    const low = fakeClock();
    await poll(states("a", "a", "done"), { isDone: (r) => r.status == "done", clock: low, random: () => 0 });
    expect(low.waits).toEqual([900, 900]);
    const high = fakeClock();
    await poll(states("a", "done"), { isDone: (r) => r.status == "done", clock: high, random: () => 1 });
    expect(high.waits).toEqual([1_100]);
  });

  test("default: an hour-long run costs tens of checks, not thousands", async () => {
    const clock = fakeClock();
    let checks = 0;
    await poll(async () => (checks++, clock.t - T0 >= 3_600_000 ? "done" : "running"), {
      isDone: (s) => s == "done",
      clock,
      random: () => 0.5,
      timeoutMs: 4_000_000,
    });
    expect(checks).toBeGreaterThan(30);
    expect(checks).toBeLessThan(100);
  });

  test("interval: first check at once, then 500 ms ×1.5 up to 5 s (no jitter)", async () => {
    const clock = fakeClock();
    const run = await poll(states(...Array(12).fill("running"), "done"), {
      isDone: (r) => r.status == "done",
      clock,
      random: () => 0,
      interval: {},
    });
    expect(run.status).toBe("done");
    expect(clock.waits.slice(0, 6)).toEqual([500, 750, 1125, 1687.5, 2531.25, 3796.875]);
    expect(clock.waits.slice(6)).toEqual([5000, 5000, 5000, 5000, 5000, 5000]);
  });

  test("interval: jitter shortens each wait by up to 20 %", async () => {
    const clock = fakeClock();
    await poll(states("a", "a", "done"), {
      isDone: (r) => r.status == "done",
      clock,
      random: () => 1,
      interval: {},
    });
    expect(clock.waits).toEqual([400, 600]);
  });

  test("custom interval", async () => {
    const clock = fakeClock();
    await poll(states("a", "a", "a", "done"), {
      isDone: (r) => r.status == "done",
      clock,
      random: () => 0,
      interval: { initialMs: 100, factor: 2, maxMs: 300 },
    });
    expect(clock.waits).toEqual([100, 200, 300]);
  });

  test("notReady hints replace the computed wait; their state reaches onProgress", async () => {
    const clock = fakeClock();
    const seen: unknown[] = [];
    let i = 0;
    const result = await poll(
      async () => (i++ < 2 ? notReady({ retryAfterMs: 1234, state: { step: i } }) : { status: "done" }),
      { isDone: () => true, clock, onProgress: (s, info) => seen.push([s, info.attempt]) },
    );
    expect(result).toEqual({ status: "done" });
    expect(clock.waits).toEqual([1234, 1234]);
    expect(seen).toEqual([
      [{ step: 1 }, 1],
      [{ step: 2 }, 2],
      [{ status: "done" }, 3],
    ]);
  });

  test("default deadline is finite: PollTimeoutError with the last state, a last check at the deadline", async () => {
    const clock = fakeClock();
    const err = await poll(states("running"), { isDone: () => false, clock }).catch((e) => e);
    expect(err).toBeInstanceOf(PollTimeoutError);
    expect(err.lastState).toEqual({ status: "running" });
    expect(err.elapsedMs).toBe(600_000);
    expect(clock.t).toBe(T0 + 600_000);
  });

  test("timeoutMs and the per-check deadline passed to fetchState", async () => {
    const clock = fakeClock();
    const deadlines: unknown[] = [];
    const err = await poll(
      async (o) => {
        deadlines.push(o.deadlineMs);
        return { status: "x" };
      },
      { isDone: () => false, clock, timeoutMs: 1000, random: () => 0 },
    ).catch((e) => e);
    expect(err).toBeInstanceOf(PollTimeoutError);
    expect(deadlines).toEqual([1000, 100, 1]); // waits of 900 ms (1 s − 10 %), then the rest
  });

  test("a check cut short by the poll deadline → PollTimeoutError with the last state", async () => {
    const clock = fakeClock();
    let calls = 0;
    const err = await poll(
      async (o) => {
        if (++calls == 1) return { status: "running" };
        clock.t += o.deadlineMs!; // the transport gave up exactly at the deadline
        throw new TimeoutError("GET /runs/1 timed out");
      },
      { isDone: () => false, clock, timeoutMs: 2_000 },
    ).catch((e) => e);
    expect(err).toBeInstanceOf(PollTimeoutError);
    expect(err.lastState).toEqual({ status: "running" });
    expect(err.cause).toBeInstanceOf(TimeoutError);
  });

  test("a check that times out with budget left is the request's TimeoutError, not the poll's", async () => {
    const clock = fakeClock();
    const err = await poll(
      async () => {
        clock.t += 100; // a per-request timeout well before the poll's 2 s deadline
        throw new TimeoutError("GET /runs/1 timed out");
      },
      { isDone: () => false, clock, timeoutMs: 2_000 },
    ).catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).not.toBeInstanceOf(PollTimeoutError);
  });

  test("a failed state → RunFailedError with the run", async () => {
    const clock = fakeClock();
    const err = await poll(states("running", "failed"), {
      isDone: (r) => r.status == "done",
      isFailed: (r) => r.status == "failed",
      clock,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(RunFailedError);
    expect(err.run).toEqual({ status: "failed" });
    expect(err.status).toBe("failed");
  });

  test("errors from fetchState propagate", async () => {
    const boom = new Error("boom");
    await expect(
      poll(async () => Promise.reject(boom), { isDone: () => true, clock: fakeClock() }),
    ).rejects.toBe(boom);
  });

  test("abort settles during a real wait", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const err = await poll(states("running"), {
      isDone: () => false,
      signal: controller.signal,
      interval: { initialMs: 60_000 },
    }).catch((e) => e);
    // A wait that ignored the signal would sleep 60 s and hit the test timeout instead.
    expect(err).toBeInstanceOf(AbortError);
  });
});

describe("sleep", () => {
  test("rejects at once when already aborted", async () => {
    await expect(sleep(10_000, AbortSignal.abort("why"))).rejects.toMatchObject({
      name: "AbortError",
      cause: "why",
    });
  });
});
