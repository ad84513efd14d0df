import { describe, expect, test } from "vitest";
import {
  ConfigurationError,
  WebhookReplayError,
  WebhookSignatureError,
  WebhookTimestampError,
} from "../errors/errors.js";
import { createMemoryReplayStore } from "./replay-store.js";
import { signWebhookPayload, verifyWebhook } from "./verify.js";

const secret = "wss_test_secret";
const body = '{"eventId":"evt_1","eventType":"workflow_run.completed"}';
const NOW = 1_800_000_000_000;
const ts = String(NOW / 1000);
const signedContent = (t: string | undefined, b: string) => `v0:${t}:${b}`;

async function input(overrides: Record<string, unknown> = {}) {
  return {
    body,
    secret,
    signature: await signWebhookPayload(secret, signedContent(ts, body)),
    timestamp: ts,
    signedContent,
    now: () => NOW,
    ...overrides,
  };
}
const reason = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => `${e.name}:${e.reason}`,
  );

describe("signWebhookPayload", () => {
  test("RFC 4231 test case 2 (HMAC-SHA256)", async () => {
    expect(await signWebhookPayload("Jefe", "what do ya want for nothing?")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });
});

describe("verifyWebhook", () => {
  test("accepts a valid delivery (string or bytes body, prefixed or listed signatures)", async () => {
    const ok = await input();
    await expect(verifyWebhook(ok)).resolves.toBeUndefined();
    await expect(verifyWebhook({ ...ok, body: new TextEncoder().encode(body) })).resolves.toBeUndefined();
    await expect(verifyWebhook({ ...ok, signature: `sha256=${ok.signature}` })).resolves.toBeUndefined();
    await expect(
      verifyWebhook({ ...ok, signature: `t=${ts},v1=${"0".repeat(64)},v1=${ok.signature}` }),
    ).resolves.toBeUndefined();
    await expect(verifyWebhook({ ...ok, signature: ok.signature.toUpperCase() })).resolves.toBeUndefined();
  });

  test("tampered body", async () =>
    expect(
      await reason(verifyWebhook({ ...(await input()), body: body.replace("completed", "failed") })),
    ).toBe("WebhookSignatureError:signature_mismatch"));
  test("wrong secret", async () =>
    expect(await reason(verifyWebhook({ ...(await input()), secret: "wss_other" }))).toBe(
      "WebhookSignatureError:signature_mismatch",
    ));
  test("tampered timestamp (signed content changes)", async () =>
    expect(await reason(verifyWebhook({ ...(await input()), timestamp: String(NOW / 1000 - 1) }))).toBe(
      "WebhookSignatureError:signature_mismatch",
    ));
  test("missing signature header", async () =>
    expect(await reason(verifyWebhook(await input({ signature: null })))).toBe(
      "WebhookSignatureError:missing_signature",
    ));
  test("malformed signature", async () =>
    expect(await reason(verifyWebhook(await input({ signature: "zzz" })))).toBe(
      "WebhookSignatureError:signature_mismatch",
    ));
  test("missing timestamp header", async () =>
    expect(await reason(verifyWebhook(await input({ timestamp: null })))).toBe(
      "WebhookTimestampError:missing_timestamp",
    ));
  test("malformed timestamp", async () =>
    expect(await reason(verifyWebhook(await input({ timestamp: "yesterday" })))).toBe(
      "WebhookTimestampError:malformed_timestamp",
    ));

  async function at(offsetSeconds: number, extra: Record<string, unknown> = {}) {
    const t = String(NOW / 1000 + offsetSeconds);
    return verifyWebhook({
      ...(await input()),
      timestamp: t,
      signature: await signWebhookPayload(secret, signedContent(t, body)),
      ...extra,
    });
  }
  test("old timestamp (default tolerance 5 min)", async () => {
    expect(await reason(at(-299))).toBe("ok");
    expect(await reason(at(-301))).toBe("WebhookTimestampError:timestamp_too_old");
    expect(await reason(at(-600, { toleranceSeconds: 900 }))).toBe("ok");
  });
  test("far-future timestamp (default skew 60 s)", async () => {
    expect(await reason(at(59))).toBe("ok");
    expect(await reason(at(61))).toBe("WebhookTimestampError:timestamp_in_future");
  });
  test("timestamps are unix seconds: a millisecond one is in the future, an ISO date is malformed", async () => {
    const outcomes = [];
    for (const t of [String(NOW), new Date(NOW).toISOString(), `${NOW / 1000}abc`, ` ${NOW / 1000}`]) {
      const sig = await signWebhookPayload(secret, signedContent(t, body));
      outcomes.push(await reason(verifyWebhook({ ...(await input()), timestamp: t, signature: sig })));
    }
    expect(outcomes).toEqual([
      "WebhookTimestampError:timestamp_in_future",
      "WebhookTimestampError:malformed_timestamp",
      "WebhookTimestampError:malformed_timestamp",
      "WebhookTimestampError:malformed_timestamp",
    ]);
  });
  test("no timestamp at all for providers that sign only the body", async () => {
    const sig = await signWebhookPayload(secret, body);
    await expect(
      verifyWebhook({ body, secret, signature: sig, signedContent: (_t, b) => b }),
    ).resolves.toBeUndefined();
  });

  test("replay store: first delivery passes, the replay fails, a missing id fails", async () => {
    const replayStore = createMemoryReplayStore({ now: () => NOW });
    const ok = await input({ replayStore, eventId: "evt_1" });
    expect(await reason(verifyWebhook(ok))).toBe("ok");
    expect(await reason(verifyWebhook(ok))).toBe("WebhookReplayError:replayed");
    expect(await reason(verifyWebhook({ ...ok, eventId: undefined }))).toBe(
      "WebhookReplayError:missing_event_id",
    );
  });
  test("a replay is only recorded after the signature verified", async () => {
    const replayStore = createMemoryReplayStore();
    await verifyWebhook({ ...(await input({ replayStore, eventId: "evt_2" })), secret: "bad" }).catch(
      () => {},
    );
    expect(await reason(verifyWebhook(await input({ replayStore, eventId: "evt_2" })))).toBe("ok");
  });
  test("error classes", async () => {
    await expect(verifyWebhook(await input({ signature: "" }))).rejects.toBeInstanceOf(WebhookSignatureError);
    await expect(verifyWebhook(await input({ timestamp: "" }))).rejects.toBeInstanceOf(WebhookTimestampError);
    await expect(verifyWebhook(await input({ secret: "" }))).rejects.toBeInstanceOf(ConfigurationError);
    const store = createMemoryReplayStore();
    await verifyWebhook(await input({ replayStore: store, eventId: "e" }));
    await expect(verifyWebhook(await input({ replayStore: store, eventId: "e" }))).rejects.toBeInstanceOf(
      WebhookReplayError,
    );
  });
});

describe("createMemoryReplayStore", () => {
  test("forgets after ttl and bounds its size", () => {
    let t = 0;
    const store = createMemoryReplayStore({ ttlSeconds: 10, maxEntries: 3, now: () => t });
    expect(store.seen("a")).toBe(false);
    expect(store.seen("a")).toBe(true);
    t = 11_000;
    expect(store.seen("a")).toBe(false);
    for (const id of ["b", "c", "d", "e"]) store.seen(id);
    expect(store.seen("a")).toBe(false); // evicted as the oldest
  });
});
