import { describe, expect, test } from "vitest";
import { ConfigurationError } from "../errors/errors.js";
import { createDurationModel } from "./duration-model.js";

describe("createDurationModel", () => {
  test("keeps the newest maxSamples durations per key, oldest first", () => {
    const model = createDurationModel({ maxSamples: 3 });
    for (const ms of [100, 200, 300, 400]) model.record("wf@1", ms);
    expect(model.durations("wf@1")).toEqual([200, 300, 400]);
    expect(model.durations("other")).toEqual([]);
  });

  test("keeps at most maxKeys keys, dropping the least recently recorded", () => {
    const model = createDurationModel({ maxKeys: 2 });
    model.record("a", 1);
    model.record("b", 1);
    model.record("a", 2); // a is now the most recent
    model.record("c", 1);
    expect(Object.keys(model.toJSON().durations).sort()).toEqual(["a", "c"]);
    expect(model.durations("b")).toEqual([]);
  });

  test("ignores durations that are not a positive finite number under a week, and empty keys", () => {
    const model = createDurationModel();
    for (const ms of [0, -5, NaN, Infinity, 8 * 24 * 3_600_000]) model.record("wf", ms);
    model.record("", 100);
    expect(model.toJSON()).toEqual({ version: 1, durations: {} });
  });

  test("a JSON round trip starts another model warm", () => {
    const first = createDurationModel();
    first.record("wf@1", 12_000);
    first.record("wf@1", 13_500);
    first.record("wf", 9_000);
    const second = createDurationModel();
    second.load(JSON.parse(JSON.stringify(first)));
    expect(second.durations("wf@1")).toEqual([12_000, 13_500]);
    expect(second.durations("wf")).toEqual([9_000]);
    second.clear();
    expect(second.durations("wf@1")).toEqual([]);
  });

  test("a snapshot still respects the bounds", () => {
    const model = createDurationModel({ maxSamples: 2, maxKeys: 1 });
    model.load({ version: 1, durations: { a: [1, 2, 3], b: [4] } });
    expect(model.toJSON()).toEqual({ version: 1, durations: { b: [4] } });
  });

  test.each([
    [null],
    ["text"],
    [{ version: 2, durations: {} }],
    [{ version: 1 }],
    [{ version: 1, durations: { wf: "12" } }],
    [{ version: 1, durations: { wf: [100, -1] } }],
  ])("a malformed snapshot %j is a ConfigurationError and changes nothing", (snapshot) => {
    const model = createDurationModel();
    model.record("kept", 5);
    expect(() => model.load(snapshot)).toThrow(ConfigurationError);
    expect(model.toJSON()).toEqual({ version: 1, durations: { kept: [5] } });
  });

  test("bad bounds are a ConfigurationError", () => {
    expect(() => createDurationModel({ maxKeys: 0 })).toThrow(ConfigurationError);
    expect(() => createDurationModel({ maxSamples: 1.5 })).toThrow(/maxSamples/);
  });
});
