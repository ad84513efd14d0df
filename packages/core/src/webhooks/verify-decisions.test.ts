// verifyWebhook's decisions that a forger would probe: signatures that are almost right, lists of
// candidates, timestamps in other units, and when the replay store is consulted.
import { describe, expect, test, vi } from "vitest";
import { WebhookReplayError, WebhookSignatureError, WebhookTimestampError } from "../errors/errors.js";
import { signWebhookPayload, verifyWebhook, type VerifyWebhookInput } from "./verify.js";

const secret = "whsec_decisions_0123";
const body = '{"id":"evt_9","type":"run.completed"}';
const NOW = 1_767_225_600_000;
const signedContent = (t: string | undefined, b: string) => `${t}.${b}`;

async function delivery(overrides: Partial<VerifyWebhookInput> = {}) {
  const timestamp = String(NOW / 1000);
  const signature = await signWebhookPayload(secret, signedContent(timestamp, body));
  const input: VerifyWebhookInput = {
    body,
    secret,
    timestamp,
    signature,
    signedContent,
    now: () => NOW,
    ...overrides,
  };
  return { ...input, signature };
}

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { name: string; reason: string }) => `${e.name}:${e.reason}`,
  );

describe("signatures that are almost right", () => {
  test("a truncated or extended signature is a mismatch", async () => {
    const ok = await delivery();
    for (const signature of [
      ok.signature.slice(0, 63),
      ok.signature.slice(0, 32),
      `${ok.signature}0`,
      `${ok.signature}00`,
    ])
      expect(await outcome(verifyWebhook({ ...ok, signature }))).toBe(
        "WebhookSignatureError:signature_mismatch",
      );
  });

  test("one wrong character anywhere is a mismatch", async () => {
    const ok = await delivery();
    for (const at of [0, 31, 63]) {
      const c = ok.signature[at] == "0" ? "1" : "0";
      const signature = ok.signature.slice(0, at) + c + ok.signature.slice(at + 1);
      expect(await outcome(verifyWebhook({ ...ok, signature }))).toBe(
        "WebhookSignatureError:signature_mismatch",
      );
    }
  });

  test("the right signature among wrong ones, separated by commas or spaces, is enough", async () => {
    const ok = await delivery();
    const wrong = "f".repeat(64);
    for (const signature of [
      `${wrong},${ok.signature}`,
      `${wrong} ${ok.signature}`,
      `v1=${wrong}, v1=${ok.signature}`,
    ])
      expect(await outcome(verifyWebhook({ ...ok, signature }))).toBe("ok");
  });

  test("only wrong candidates, or separators alone, are a mismatch", async () => {
    const ok = await delivery();
    for (const signature of [`${"f".repeat(64)},${"e".repeat(64)}`, ",", " , "])
      expect(await outcome(verifyWebhook({ ...ok, signature }))).toBe(
        "WebhookSignatureError:signature_mismatch",
      );
  });

  test("the rejection says what failed, in words", async () => {
    const error = await verifyWebhook({ ...(await delivery()), signature: "0".repeat(64) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WebhookSignatureError);
    expect((error as WebhookSignatureError).message).toBe("Webhook rejected: signature mismatch");
    expect((error as WebhookSignatureError).reason).toBe("signature_mismatch");
  });

  test("the signed content is built from the timestamp header (the body goes in as its raw bytes)", async () => {
    // signedContent is a template: core calls it with the timestamp and a stand-in for the body,
    // then HMACs the body's own bytes in the stand-in's place.
    const seen: (string | undefined)[] = [];
    const ok = await delivery();
    await verifyWebhook({ ...ok, signedContent: (t, b) => (seen.push(t), signedContent(t, b)) });
    expect(seen).toEqual([ok.timestamp]);
  });
});

describe("timestamps", () => {
  test("a timestamp in milliseconds is refused as in the future (timestamps are unix seconds, as extend-ai reads them)", async () => {
    const timestamp = String(NOW - 10_000);
    const signature = await signWebhookPayload(secret, signedContent(timestamp, body));
    expect(await outcome(verifyWebhook({ ...(await delivery()), timestamp, signature }))).toBe(
      "WebhookTimestampError:timestamp_in_future",
    );
  });

  test("a timestamp that is not a number or a date is malformed, whatever the signature says", async () => {
    for (const timestamp of ["soon", "12abc"]) {
      const signature = await signWebhookPayload(secret, signedContent(timestamp, body));
      const error = await verifyWebhook({ ...(await delivery()), timestamp, signature }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WebhookTimestampError);
      expect((error as WebhookTimestampError).reason).toBe("malformed_timestamp");
    }
  });

  test("the epoch itself is a timestamp, just far too old (not a malformed one)", async () => {
    const timestamp = "0";
    const signature = await signWebhookPayload(secret, signedContent(timestamp, body));
    expect(await outcome(verifyWebhook({ ...(await delivery()), timestamp, signature }))).toBe(
      "WebhookTimestampError:timestamp_too_old",
    );
  });

  test("an empty secret is a configuration mistake, named as such", async () => {
    await expect(verifyWebhook({ ...(await delivery()), secret: "" })).rejects.toThrow(
      "verifyWebhook: empty secret",
    );
  });

  test("an hour old is too old and an hour ahead is in the future, by default", async () => {
    for (const [offset, reason] of [
      [-3_600, "timestamp_too_old"],
      [3_600, "timestamp_in_future"],
    ] as const) {
      const timestamp = String(NOW / 1000 + offset);
      const signature = await signWebhookPayload(secret, signedContent(timestamp, body));
      expect(await outcome(verifyWebhook({ ...(await delivery()), timestamp, signature }))).toBe(
        `WebhookTimestampError:${reason}`,
      );
    }
  });

  test("futureSkewSeconds widens what counts as the future", async () => {
    const timestamp = String(NOW / 1000 + 120);
    const signature = await signWebhookPayload(secret, signedContent(timestamp, body));
    const ahead = { ...(await delivery()), timestamp, signature };
    expect(await outcome(verifyWebhook(ahead))).toBe("WebhookTimestampError:timestamp_in_future");
    expect(await outcome(verifyWebhook({ ...ahead, futureSkewSeconds: 180 }))).toBe("ok");
  });
});

describe("the replay store", () => {
  test("is asked once per verified delivery, with the event id, and may answer asynchronously", async () => {
    const seen = vi.fn(async (id: string) => id == "evt_old");
    const ok = await delivery({ replayStore: { seen } });
    expect(await outcome(verifyWebhook({ ...ok, eventId: "evt_new" }))).toBe("ok");
    expect(await outcome(verifyWebhook({ ...ok, eventId: "evt_old" }))).toBe("WebhookReplayError:replayed");
    expect(seen.mock.calls).toEqual([["evt_new"], ["evt_old"]]);
  });

  test("is not asked when the signature or the timestamp fails", async () => {
    const seen = vi.fn(() => false);
    const ok = await delivery({ replayStore: { seen }, eventId: "evt_1" });
    await verifyWebhook({ ...ok, signature: "0".repeat(64) }).catch(() => "rejected");
    const stale = String(NOW / 1000 - 3_600);
    await verifyWebhook({
      ...ok,
      timestamp: stale,
      signature: await signWebhookPayload(secret, signedContent(stale, body)),
    }).catch(() => "rejected");
    expect(seen).not.toHaveBeenCalled();
  });

  test("an empty event id is a missing one", async () => {
    const error = await verifyWebhook(
      await delivery({ replayStore: { seen: () => false }, eventId: "" }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookReplayError);
    expect((error as WebhookReplayError).reason).toBe("missing_event_id");
  });
});
