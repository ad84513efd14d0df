import { describe, expect, test } from "vitest";
import { ConfigurationError, WebhookVerificationError } from "../errors/errors.js";
import { parseWebhookJson } from "./raw-body.js";
import { createMemoryReplayStore, type ReplayStore } from "./replay-store.js";
import { verifyWebhookEvent } from "./verify-event.js";
import { signWebhookPayload, verifyWebhook, type VerifyWebhookInput } from "./verify.js";

const secret = "wss_edges_secret";
const T = 1_800_000_000;
const prefix = (t: string | undefined) => `v0:${t}:`;
const signedContent = (t: string | undefined, b: string) => `${prefix(t)}${b}`;
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A delivery of `body` signed at `t` over its raw bytes, checked at `T` + half a second. */
async function delivery(body: string | Uint8Array, t = T): Promise<VerifyWebhookInput> {
  const bytes = typeof body === "string" ? utf8(body) : body;
  return {
    body,
    secret,
    signature: await signWebhookPayload(secret, concat(utf8(prefix(String(t))), bytes)),
    timestamp: String(t),
    signedContent,
    now: () => T * 1000 + 500,
  };
}
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: WebhookVerificationError) => (error.reason ? `${error.name}:${error.reason}` : error.name),
  );

describe("verifyWebhook over raw bytes", () => {
  const latin1 = Uint8Array.from([...utf8('{"name":"caf'), 0xff, ...utf8('"}')]);

  test("bytes are HMAC'ed as received, in every byte container", async () => {
    const input = await delivery(latin1);
    const copy = new Uint8Array(latin1);
    for (const body of [latin1, Buffer.from(latin1), copy.buffer, new DataView(copy.buffer)])
      expect(await outcome(verifyWebhook({ ...input, body: body as Uint8Array }))).toBe("ok");
  });

  test("another invalid byte, or a BOM, breaks the signature", async () => {
    const input = await delivery(latin1);
    const otherByte = latin1.map((b) => (b === 0xff ? 0xfe : b));
    const withBom = concat(Uint8Array.from([0xef, 0xbb, 0xbf]), latin1);
    expect(await outcome(verifyWebhook({ ...input, body: otherByte }))).toBe(
      "WebhookSignatureError:signature_mismatch",
    );
    expect(await outcome(verifyWebhook({ ...input, body: withBom }))).toBe(
      "WebhookSignatureError:signature_mismatch",
    );
  });

  test("a parsed object instead of the raw body is a ConfigurationError naming the body", async () => {
    const input = await delivery("{}");
    const error = await verifyWebhook({ ...input, body: {} as unknown as string }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/raw request body/);
  });

  test("signedContent must put the body in once, unchanged", async () => {
    const input = await delivery("{}");
    for (const broken of [(t?: string) => `${t}`, (t?: string, b?: string) => `${t}.${b}.${b}`]) {
      await expect(verifyWebhook({ ...input, signedContent: broken })).rejects.toBeInstanceOf(
        ConfigurationError,
      );
    }
  });
});

describe("verifyWebhook clock rules (whole seconds, as extend-ai counts)", () => {
  test("exactly the tolerance old passes, one second more does not; 60 s ahead passes, 61 does not", async () => {
    const at = async (t: number) => outcome(verifyWebhook(await delivery("{}", t)));
    expect([await at(T - 300), await at(T - 301), await at(T + 60), await at(T + 61)]).toEqual([
      "ok",
      "WebhookTimestampError:timestamp_too_old",
      "ok",
      "WebhookTimestampError:timestamp_in_future",
    ]);
  });

  test("a zero, negative or NaN tolerance is a ConfigurationError; Infinity turns the age check off", async () => {
    const old = await delivery("{}", T - 86_400);
    for (const toleranceSeconds of [0, -1, Number.NaN])
      expect(await outcome(verifyWebhook({ ...old, toleranceSeconds }))).toBe("ConfigurationError");
    expect(await outcome(verifyWebhook({ ...old, futureSkewSeconds: -1 }))).toBe("ConfigurationError");
    expect(await outcome(verifyWebhook({ ...old, toleranceSeconds: Infinity }))).toBe("ok");
    const future = await delivery("{}", T + 3600);
    expect(await outcome(verifyWebhook({ ...future, toleranceSeconds: Infinity }))).toBe(
      "WebhookTimestampError:timestamp_in_future",
    );
  });
});

describe("signatureFormat", () => {
  test('"hex" takes exactly one hex HMAC in either case, nothing around it', async () => {
    const input = await delivery("{}");
    const sig = input.signature!;
    const hex = (signature: string) =>
      outcome(verifyWebhook({ ...input, signature, signatureFormat: "hex" }));
    expect(await hex(sig)).toBe("ok");
    expect(await hex(sig.toUpperCase())).toBe("ok");
    for (const respelled of [`v0=${sig}`, `${sig},${sig}`, `${"0".repeat(64)},${sig}`, `${sig}0`, ` ${sig}`])
      expect(await hex(respelled), respelled).toBe("WebhookSignatureError:signature_mismatch");
  });
});

describe('replayKey: "signed-content"', () => {
  test("a respelled header is the same delivery; a new timestamp is a new one", async () => {
    const replayStore = createMemoryReplayStore({ now: () => T * 1000 });
    const input = { ...(await delivery("{}")), replayStore, replayKey: "signed-content" as const };
    const sig = input.signature!;
    expect(await outcome(verifyWebhook(input))).toBe("ok");
    for (const respelled of [sig.toUpperCase(), `v1=${sig}`, `sha256=${sig}`, `v1=00,v1=${sig}`])
      expect(await outcome(verifyWebhook({ ...input, signature: respelled })), respelled).toBe(
        "WebhookReplayError:replayed",
      );
    const later = await delivery("{}", T + 1);
    expect(await outcome(verifyWebhook({ ...input, ...later }))).toBe("ok");
  });
});

describe("verifyWebhookEvent", () => {
  test("returns the parsed body; a signed non-JSON body is invalid_payload and never reaches the store", async () => {
    const seen: string[] = [];
    const replayStore: ReplayStore = { seen: (id) => (seen.push(id), false) };
    const eventIdOf = (event: unknown) => (event as { id?: string }).id;
    const good = await delivery('{"id":"evt_1"}');
    expect(await verifyWebhookEvent({ ...good, replayStore, eventIdOf })).toEqual({ id: "evt_1" });
    const notJson = await delivery("id=evt_2");
    expect(await outcome(verifyWebhookEvent({ ...notJson, replayStore, eventIdOf }))).toBe(
      "WebhookVerificationError:invalid_payload",
    );
    const forgedNotJson = { ...notJson, body: "id=evt_3" };
    expect(await outcome(verifyWebhookEvent({ ...forgedNotJson, replayStore, eventIdOf }))).toBe(
      "WebhookSignatureError:signature_mismatch",
    );
    expect(seen).toEqual(["evt_1"]);
  });

  test("parseWebhookJson keeps a BOM (not JSON) and reads invalid bytes as U+FFFD", () => {
    expect(() => parseWebhookJson(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("{}")]))).toThrow(
      WebhookVerificationError,
    );
    expect(parseWebhookJson(Uint8Array.from([...utf8('"caf'), 0xff, ...utf8('"')]))).toBe("caf\uFFFD");
  });
});
