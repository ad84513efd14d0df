import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { RunFailedError } from "./errors.js";
import { redactSecrets, registerSecret, scrubSecrets } from "./secrets.js";

const owner = {};
registerSecret("sk_unit_secret_0123456789", owner);
registerSecret("Qz81", owner);

describe("scrubSecrets", () => {
  test("a value without a key is returned as is (nothing copied)", () => {
    const run = { id: "run_1", nested: [{ a: 1 }], at: new Date(0) };
    expect(scrubSecrets(run)).toBe(run);
  });

  test("copies only the path to a key, in values and in object keys, and keeps shared clean parts", () => {
    const clean = { untouched: true };
    const run = {
      id: "run_1",
      clean,
      deep: [{ note: "key sk_unit_secret_0123456789 seen" }],
      ["x_sk_unit_secret_0123456789"]: 1,
    };
    const scrubbed = scrubSecrets(run);
    expect(scrubbed).not.toBe(run);
    expect(scrubbed.clean).toBe(clean);
    expect(JSON.stringify(scrubbed)).not.toContain("sk_unit_secret");
    expect(scrubbed.deep[0]!.note).toBe("key [redacted] seen");
    expect(run.deep[0]!.note).toContain("sk_unit_secret"); // the original is left alone
  });

  test("cycles, 100,000 levels of nesting and __proto__ keys", () => {
    const cyclic: Record<string, unknown> = { text: "sk_unit_secret_0123456789" };
    cyclic.self = cyclic;
    const copy = scrubSecrets(cyclic);
    expect(copy.self).toBe(copy);
    let deep: unknown = "sk_unit_secret_0123456789";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => scrubSecrets(deep)).not.toThrow();
    const polluted = JSON.parse('{"__proto__": {"x": "sk_unit_secret_0123456789"}}');
    const cleaned = scrubSecrets(polluted);
    expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype);
    expect(JSON.stringify(cleaned)).toBe('{"__proto__":{"x":"[redacted]"}}');
  });

  test("an error in a cause chain is copied with its message and stack redacted", () => {
    const cause = new TypeError("bad url http://h/sk_unit_secret_0123456789");
    const error = new RunFailedError("failed", { cause, run: {} });
    expect(inspect(error, { showHidden: true, depth: Infinity })).not.toContain("sk_unit_secret");
    expect((error.cause as Error).message).toBe("bad url http://h/[redacted]");
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});

describe("redactSecrets", () => {
  test("a short key only as a whole token", () => {
    expect(redactSecrets("invalid key Qz81, and Qz81x or aQz81 stay")).toBe(
      "invalid key [redacted], and Qz81x or aQz81 stay",
    );
  });
  test("the URL-encoded form too", () => {
    registerSecret("sk unit/with space 0123", owner);
    expect(redactSecrets("GET http://h/sk%20unit%2Fwith%20space%200123/x")).toBe("GET http://h/[redacted]/x");
  });
});
