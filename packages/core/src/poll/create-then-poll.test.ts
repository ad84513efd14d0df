import { describe, expect, test } from "vitest";
import { PollTimeoutError, TimeoutError } from "../errors/errors.js";
import type { RequestOptions } from "../client/create-api-client.js";
import type { Clock } from "./clock.js";
import { createThenPoll } from "./create-then-poll.js";
import { poll } from "./poll.js";

/** A clock that only moves when told to (`sleep` advances it instantly); it starts at a real epoch, not 0. */
function fakeClock(): Clock & { t: number } {
  const clock = {
    t: 1_767_225_600_000,
    now: () => clock.t,
    sleep: async (ms: number) => void (clock.t += ms),
  };
  return clock;
}

describe("createThenPoll", () => {
  test("the create gets the whole budget and the signal; the wait gets what is left", async () => {
    const clock = fakeClock();
    const signal = new AbortController().signal;
    const seen: { create?: RequestOptions; waitMs?: number | undefined } = {};
    const result = await createThenPoll(
      async (o) => {
        seen.create = o;
        clock.t += 300; // the create took 300 ms
        return { id: "run_1" };
      },
      async (created, timeoutMs) => {
        seen.waitMs = timeoutMs;
        return `${created.id} done`;
      },
      { timeoutMs: 1_000, signal, clock },
    );
    expect(result).toBe("run_1 done");
    expect(seen.create).toEqual({ signal, deadlineMs: 1_000 });
    expect(seen.waitMs).toBe(700);
  });

  test("no budget: no deadline on the create, and the wait uses poll's default", async () => {
    const seen: { create?: RequestOptions; waitMs?: number | undefined } = { waitMs: -1 };
    await createThenPoll(
      async (o) => void (seen.create = o),
      async (_created, timeoutMs) => void (seen.waitMs = timeoutMs),
    );
    expect(seen.create?.deadlineMs).toBeUndefined();
    expect(seen.waitMs).toBeUndefined();
  });

  test("a create that used up the budget still leaves one check, then PollTimeoutError", async () => {
    const clock = fakeClock();
    let checks = 0;
    const error = await createThenPoll(
      async () => void (clock.t += 5_000),
      (_created, timeoutMs) =>
        poll(async () => (checks++, { status: "running" }), { isDone: () => false, timeoutMs, clock }),
      { timeoutMs: 1_000, clock },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PollTimeoutError);
    expect(checks).toBeGreaterThanOrEqual(1);
  });

  test("a create that times out is the create's TimeoutError (nothing was polled)", async () => {
    let waited = false;
    const error = await createThenPoll(
      async () => Promise.reject(new TimeoutError("POST /runs timed out")),
      async () => void (waited = true),
      { timeoutMs: 50 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(waited).toBe(false);
  });
});
