import { describe, expect, test } from "vitest";
import { ConfigurationError, WebhookVerificationError } from "../errors/errors.js";
import { parseWebhookJson } from "./raw-body.js";
import { verifyWebhookEvent } from "./verify-event.js";
import { signWebhookPayload, verifyWebhook } from "./verify.js";

// Options and inputs of webhook verification that the attack suites do not reach: templates that
// put text after the body, a zero future skew, events verified without an id reader, and the
// messages a developer sees when a body or an option is wrong.
const secret = "wss_options_secret";
const T = 1_800_000_000;
const now = () => T * 1000;
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: WebhookVerificationError) => (error.reason ? `${error.name}:${error.reason}` : error.name),
  );

describe("signedContent templates", () => {
  test("a template with text after the body verifies (the suffix is signed too)", async () => {
    const signedContent = (t: string | undefined, b: string) => `${b}|${t}|end`;
    const body = '{"id":"evt_suffix"}';
    const signature = await signWebhookPayload(secret, `${body}|${T}|end`);
    const input = { body, secret, signature, timestamp: String(T), signedContent, now };
    expect(await outcome(verifyWebhook(input))).toBe("ok");
    expect(await outcome(verifyWebhook({ ...input, body: new TextEncoder().encode(body) }))).toBe("ok");
    const otherSuffix = await signWebhookPayload(secret, `${body}|${T}|END`);
    expect(await outcome(verifyWebhook({ ...input, signature: otherSuffix }))).toBe(
      "WebhookSignatureError:signature_mismatch",
    );
  });

  test("a template that drops or repeats the body is a ConfigurationError naming signedContent", async () => {
    const base = { body: "{}", secret, signature: "00", timestamp: String(T), now };
    for (const signedContent of [(t: string | undefined) => `v0:${t}`, (_t: unknown, b: string) => b + b])
      await expect(verifyWebhook({ ...base, signedContent })).rejects.toThrow(
        expect.objectContaining({
          name: "ConfigurationError",
          message: expect.stringContaining("signedContent must use the body once"),
        }),
      );
  });
});

describe("clock options", () => {
  const signedContent = (t: string | undefined, b: string) => `${t}.${b}`;
  const at = async (t: number, options: object) => {
    const body = "{}";
    const signature = await signWebhookPayload(secret, `${t}.${body}`);
    return outcome(
      verifyWebhook({ body, secret, signature, timestamp: String(t), signedContent, now, ...options }),
    );
  };

  test("futureSkewSeconds: 0 is allowed and rejects any event from the future", async () => {
    expect(await at(T, { futureSkewSeconds: 0 })).toBe("ok");
    expect(await at(T + 1, { futureSkewSeconds: 0 })).toBe("WebhookTimestampError:timestamp_in_future");
    expect(await at(T + 1, {})).toBe("ok");
  });

  test("an invalid tolerance or skew is a ConfigurationError quoting the values given", async () => {
    for (const [options, quoted] of [
      [{ toleranceSeconds: 0 }, "got 0, 60"],
      [{ futureSkewSeconds: -1 }, "got 300, -1"],
      [{ toleranceSeconds: Number.NaN }, "got NaN, 60"],
    ] as const) {
      const error = await verifyWebhook({
        body: "{}",
        secret,
        signature: "00",
        signedContent,
        now,
        ...options,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toContain("toleranceSeconds must be > 0");
      expect((error as Error).message).toContain(quoted);
    }
  });
});

describe("verifyWebhookEvent without an id reader", () => {
  test("returns the parsed event when no eventIdOf is given (no replay store)", async () => {
    const body = '{"type":"run.processed"}';
    const signedContent = (_t: string | undefined, b: string) => b;
    const signature = await signWebhookPayload(secret, body);
    expect(await verifyWebhookEvent({ body, secret, signature, signedContent })).toEqual({
      type: "run.processed",
    });
  });
});

describe("parseWebhookJson", () => {
  test("a string body is parsed exactly as given (no UTF-8 round trip)", () => {
    // A lone surrogate survives in a JS string but not through UTF-8 bytes (it would become U+FFFD).
    expect(parseWebhookJson('{"name":"\uD800"}')).toEqual({ name: "\uD800" });
  });

  test("a body that is not JSON says so", () => {
    expect(() => parseWebhookJson("id=evt_1")).toThrow(
      expect.objectContaining({ reason: "invalid_payload", message: expect.stringContaining("not JSON") }),
    );
  });
});
