// What poll() reports and when it stops: elapsed times, the last check at the deadline, hints,
// failure before success. Fake clocks start at a real epoch so elapsed-time arithmetic that is the
// wrong way round cannot pass.
import { describe, expect, test, vi } from "vitest";
import { AbortError, PollTimeoutError, RunFailedError, TimeoutError } from "../errors/errors.js";
import { abortError, sleep, systemClock, type Clock } from "./clock.js";
import { createThenPoll } from "./create-then-poll.js";
import { DEFAULT_POLL_TIMEOUT_MS, notReady, poll } from "./poll.js";

const T0 = 1_767_225_600_000;

function fakeClock(): Clock & { waits: number[]; t: number } {
  const clock = {
    t: T0,
    waits: [] as number[],
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.waits.push(ms);
      clock.t += ms;
    },
  };
  return clock;
}

const steady = { random: () => 0, interval: { initialMs: 100, factor: 1 } };

describe("poll: time as the caller sees it", () => {
  test("onProgress gets the attempt and the time since the poll began", async () => {
    const clock = fakeClock();
    const seen: [number, number][] = [];
    let n = 0;
    await poll(async () => ({ done: ++n == 3 }), {
      isDone: (s) => s.done,
      clock,
      ...steady,
      onProgress: (_s, info) => seen.push([info.attempt, info.elapsedMs]),
    });
    expect(seen).toEqual([
      [1, 0],
      [2, 100],
      [3, 200],
    ]);
  });

  test("the timeout's elapsedMs and message count from the start, and the last wait is cut to the deadline", async () => {
    const clock = fakeClock();
    let checks = 0;
    const error = await poll(async () => (checks++, { status: "running" }), {
      isDone: () => false,
      clock,
      timeoutMs: 1_000,
      random: () => 0,
      interval: { initialMs: 600, factor: 1 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PollTimeoutError);
    expect((error as PollTimeoutError).elapsedMs).toBe(1_000);
    expect((error as PollTimeoutError).message).toBe("Not done after 1000 ms");
    expect(clock.waits).toEqual([600, 400]);
    expect(checks).toBe(3); // at 0, 600 and at the deadline
  });

  test("each check is offered what is left of the budget, and never less than 1 ms", async () => {
    const clock = fakeClock();
    const offered: (number | undefined)[] = [];
    await poll(
      async (o) => {
        offered.push(o.deadlineMs);
        clock.t += offered.length == 1 ? 700 : 100; // a slow check, then quicker ones
        return { status: "running" };
      },
      { isDone: () => false, clock, timeoutMs: 1_000, ...steady },
    ).catch(() => undefined);
    // 1 000 at the start, 200 after 700 + a 100 wait, 1 (not 0) at the deadline itself.
    expect(offered).toEqual([1_000, 200, 1]);
  });

  test("the default budget is 10 minutes", async () => {
    expect(DEFAULT_POLL_TIMEOUT_MS).toBe(600_000);
    const clock = fakeClock();
    const offered: (number | undefined)[] = [];
    await poll(async (o) => (offered.push(o.deadlineMs), "x"), { isDone: () => true, clock });
    expect(offered).toEqual([600_000]);
  });

  test("a request timeout within 1 ms of the deadline is the poll's timeout; 2 ms before it is not", async () => {
    for (const [spent, expected] of [
      [999, PollTimeoutError],
      [998, TimeoutError],
    ] as const) {
      const clock = fakeClock();
      const error = await poll(
        async () => {
          clock.t += spent;
          throw new TimeoutError("GET /runs/1 timed out");
        },
        { isDone: () => false, clock, timeoutMs: 1_000 },
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(expected);
      if (expected === PollTimeoutError) expect((error as PollTimeoutError).elapsedMs).toBe(999);
      else expect(error).not.toBeInstanceOf(PollTimeoutError);
    }
  });

  test("any other error at the deadline is the error itself", async () => {
    const clock = fakeClock();
    const boom = new Error("boom");
    const error = await poll(
      async () => {
        clock.t += 5_000;
        throw boom;
      },
      { isDone: () => false, clock, timeoutMs: 1_000 },
    ).catch((e: unknown) => e);
    expect(error).toBe(boom);
  });
});

describe("poll: the wait schedule", () => {
  test("jitter and factor are the caller's", async () => {
    const clock = fakeClock();
    let n = 0;
    await poll(async () => ++n, {
      isDone: (s) => s == 4,
      clock,
      random: () => 1,
      interval: { initialMs: 100, factor: 3, maxMs: 500, jitter: 0.5 },
    });
    // 100 × (1 − 0.5) = 50 is under the floor (the caller's initialMs here), so it waits 100.
    expect(clock.waits).toEqual([100, 150, 250]);
  });

  test("a hint of 0 ms (or a negative one) waits the floor, never a hot loop", async () => {
    for (const retryAfterMs of [0, -50]) {
      const clock = fakeClock();
      let n = 0;
      await poll(async () => (n++ < 1 ? notReady({ retryAfterMs }) : "done"), {
        isDone: () => true,
        clock,
        ...steady,
      });
      expect(clock.waits).toEqual([100]);
    }
  });

  test("a hint under the floor waits the floor; a hint without a time uses the schedule, which keeps growing underneath hints", async () => {
    const clock = fakeClock();
    let n = 0;
    await poll(async () => (++n == 1 ? notReady({ retryAfterMs: 7 }) : n < 4 ? notReady() : "done"), {
      isDone: () => true,
      clock,
      random: () => 0,
      interval: { initialMs: 100, factor: 2, maxMs: 10_000 },
    });
    expect(clock.waits).toEqual([100, 200, 400]);
  });

  test("an aborted signal: AbortError before any check", async () => {
    const fetchState = vi.fn(async () => "x");
    const error = await poll(fetchState, {
      isDone: () => true,
      clock: fakeClock(),
      signal: AbortSignal.abort("bye"),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toBe("bye");
    expect(fetchState).not.toHaveBeenCalled();
  });
});

describe("poll: not ready, failed, done", () => {
  test("a not-ready answer is never taken as done, whatever its state looks like", async () => {
    let n = 0;
    const result = await poll(
      async () => (++n < 3 ? notReady({ state: { status: "done", n } }) : { status: "done", n }),
      { isDone: (s) => s.status == "done", clock: fakeClock(), ...steady },
    );
    expect(result).toStrictEqual({ status: "done", n: 3 });
  });

  test("a not-ready answer without a state keeps the last state for the timeout", async () => {
    let n = 0;
    const error = await poll(async () => (++n == 1 ? { status: "running" } : notReady()), {
      isDone: () => false,
      clock: fakeClock(),
      timeoutMs: 500,
      ...steady,
    }).catch((e: unknown) => e);
    expect((error as PollTimeoutError).lastState).toStrictEqual({ status: "running" });
  });

  test("failed wins over done; the error carries the run and its status", async () => {
    const error = await poll(async () => ({ status: "error", id: "r1" }), {
      isDone: () => true,
      isFailed: (s) => s.status == "error",
      clock: fakeClock(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFailedError);
    expect((error as RunFailedError).run).toStrictEqual({ status: "error", id: "r1" });
    expect((error as RunFailedError).status).toBe("error");
    expect((error as RunFailedError).message).toBe("Run failed");
  });

  test("a failed state without a status field still rejects, with status undefined", async () => {
    const error = await poll(async () => "broken", {
      isDone: () => false,
      isFailed: (s) => s == "broken",
      clock: fakeClock(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFailedError);
    expect((error as RunFailedError).run).toBe("broken");
    expect((error as RunFailedError).status).toBeUndefined();
  });

  test("a check that answers null or undefined is a state like any other, not a crash", async () => {
    const answers = [null, undefined, { status: "done" }];
    let n = 0;
    const seen: unknown[] = [];
    const result = await poll(async () => answers[n++], {
      isDone: (s) => s?.status == "done",
      clock: fakeClock(),
      ...steady,
      onProgress: (s) => seen.push(s),
    });
    expect(result).toStrictEqual({ status: "done" });
    expect(seen).toEqual([null, undefined, { status: "done" }]);
    const failed = await poll(async () => null, {
      isDone: () => false,
      isFailed: (s) => s === null,
      clock: fakeClock(),
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(RunFailedError);
    expect((failed as RunFailedError).status).toBeUndefined();
  });

  test("notReady() marks its answer without hint or state", () => {
    const hint = notReady();
    expect(hint.retryAfterMs).toBeUndefined();
    expect(hint.state).toBeUndefined();
    expect(Object.getOwnPropertySymbols(hint).map(String)).toEqual(["Symbol(docrun.notReady)"]);
  });
});

describe("sleep and the system clock", () => {
  test("sleep resolves after its time and leaves no listener behind", async () => {
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, "removeEventListener");
    const started = Date.now();
    await sleep(20, controller.signal);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
    expect(remove).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith("abort", expect.any(Function));
  });

  test("sleep without a signal just waits; abortError without one has no cause", async () => {
    const started = Date.now();
    await expect(sleep(10)).resolves.toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(5);
    const error = abortError();
    expect(error).toBeInstanceOf(AbortError);
    expect(error.cause).toBeUndefined();
  });

  test("abort during a sleep rejects at once with the reason as cause", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort("changed my mind"), 10);
    const error = await sleep(60_000, controller.signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).message).toBe("The operation was aborted");
    expect((error as AbortError).cause).toBe("changed my mind");
  });

  test("the system clock reads Date.now()", () => {
    const before = Date.now();
    const now = systemClock.now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});

describe("createThenPoll", () => {
  test("a create that overran the budget leaves the wait exactly 1 ms", async () => {
    const clock = fakeClock();
    let waitMs: number | undefined;
    await createThenPoll(
      async () => void (clock.t += 5_000),
      async (_c, ms) => void (waitMs = ms),
      { timeoutMs: 1_000, clock },
    );
    expect(waitMs).toBe(1);
  });

  test("the create is given the caller's signal and the whole budget, nothing else", async () => {
    const signal = new AbortController().signal;
    let given: unknown;
    await createThenPoll(
      async (o) => void (given = o),
      async () => undefined,
      { timeoutMs: 1_000, signal, clock: fakeClock() },
    );
    expect(given).toStrictEqual({ signal, deadlineMs: 1_000 });
  });
});
