// Forged webhooks that slip past a verifier which looks right (issue 14, items 6–8): a captured
// delivery replayed with its signature header respelled, bodies whose bytes are not what was
// signed, and Extend's verifier against Extend's own (`extend-ai`). Every delivery travels over
// real HTTP to a receiver on 127.0.0.1 that verifies the raw bytes and headers it read.
import { readFileSync } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import { verifyAnyformatWebhook } from "@docrun/anyformat";
import { createMemoryReplayStore, type ReplayStore } from "@docrun/core";
import { providers, startEmulator, type ProviderName } from "@docrun/emulator";
import { verifyExtendWebhook } from "@docrun/extend";
import { verifyRetabWebhook } from "@docrun/retab";
import { Webhooks as OfficialExtendWebhooks } from "extend-ai";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { providerDrivers } from "./helpers/provider-drivers.js";
import { failOnUnhandledRejections } from "./helpers/unhandled-rejections.js";
import { deliver, hmacHex, startWebhookReceiver, verdict, type Verdict } from "./helpers/webhook-receiver.js";

failOnUnhandledRejections();

const SECRET = "whsec_forgery_tests_0123456789abcdef";

interface ProviderUnderTest {
  name: ProviderName;
  signatureHeader: string;
  /** The provider's package verifier, given the raw body and headers as the receiver read them. */
  verify(
    body: Uint8Array | ArrayBuffer,
    headers: IncomingHttpHeaders,
    replayStore?: ReplayStore,
  ): Promise<unknown>;
  /** An honest delivery's headers for `body` at `t`, signed over the raw bytes by Node's crypto. */
  sign(body: Uint8Array, t: number): Record<string, string>;
  /** The same delivery with the signature header spelled differently; the signed bytes unchanged. */
  respellings(signature: string): string[];
}

const options = (replayStore?: ReplayStore) => (replayStore ? { replayStore } : {});
const hex = (signature: string) => /[0-9a-f]{64}/i.exec(signature)![0];

const anyformat: ProviderUnderTest = {
  name: "anyformat",
  signatureHeader: "x-anyformat-signature",
  verify: (body, headers, store) => verifyAnyformatWebhook(body, headers, SECRET, options(store)),
  sign: (body, t) => ({
    "x-anyformat-timestamp": String(t),
    "x-anyformat-signature": `v1=${hmacHex(SECRET, `${t}.`, body)}`,
  }),
  respellings: (signature) => {
    const h = hex(signature);
    return [
      `v1=${h.toUpperCase()}`,
      `V1=${h}`,
      `sha256=${h}`,
      ` v1=${h}`,
      `v1=${h},v1=00`,
      `v1=00,v1=${h}`,
      h,
      `v1=${h} v1=${h}`,
    ];
  },
};

const extend: ProviderUnderTest = {
  name: "extend",
  signatureHeader: "x-extend-request-signature",
  verify: (body, headers, store) => verifyExtendWebhook(body, headers, SECRET, options(store)),
  sign: (body, t) => ({
    "x-extend-request-timestamp": String(t),
    "x-extend-request-signature": hmacHex(SECRET, `v0:${t}:`, body),
  }),
  respellings: (h) => [h.toUpperCase(), `v0=${h}`, `sha256=${h}`, ` ${h}`, `${h},v1=00`, `${h}zz`],
};

const retab: ProviderUnderTest = {
  name: "retab",
  signatureHeader: "x-retab-signature",
  verify: (body, headers, store) => verifyRetabWebhook(body, headers, SECRET, options(store)),
  sign: (body, t) => ({ "x-retab-signature": `t=${t},v1=${hmacHex(SECRET, `${t}.`, body)}` }),
  respellings: (signature) => {
    const t = /t=(\d+)/.exec(signature)![1];
    const h = hex(signature);
    return [
      `t=${t},v1=${h.toUpperCase()}`,
      `t=${t},V1=${h}`,
      `t=${t}, v1=${h}`,
      `v1=${h},t=${t}`,
      `t=${t},v1=${h},v1=00`,
      `t=${t},v1=00,v1=${h}`,
    ];
  },
};

const providersUnderTest = [anyformat, extend, retab];
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe("item 6: a captured delivery replayed with its signature header respelled is refused", () => {
  it.each(providersUnderTest.map((provider) => ({ provider, name: provider.name })))(
    "$name: the emulator's delivery is accepted once; every respelling of it is refused; a new event still passes",
    async ({ provider }) => {
      const replayStore = createMemoryReplayStore();
      const receiver = await startWebhookReceiver(({ body, headers }) =>
        verdict(provider.verify(body, headers, replayStore)),
      );
      const emulator = await startEmulator({
        provider: provider.name,
        processingMs: 50,
        webhooks: [{ url: `${receiver.url}/hooks`, secret: SECRET }],
      });
      try {
        const driver = providerDrivers.find((candidate) => candidate.provider === provider.name)!;
        const session = driver.connect(emulator.url, { apiKey: "sk_test_forgery_0123456789" });
        await session.wait(await session.create(0), 10_000);
        for (let i = 0; i < 100 && receiver.answers.length === 0; i++)
          await new Promise((resolve) => setTimeout(resolve, 20));
        await emulator.state.webhooksIdle();
        expect(receiver.answers[0]).toBe("accepted");

        const captured = receiver.deliveries[0]!;
        const signature = captured.headers[provider.signatureHeader] as string;
        const signedHeaders = Object.fromEntries(
          Object.entries(captured.headers).filter(([name]) => name.startsWith(`x-${provider.name}`)),
        ) as Record<string, string>;
        const replays: Record<string, Verdict> = {};
        for (const respelled of [signature, ...provider.respellings(signature)]) {
          replays[respelled] = await deliver(`${receiver.url}/hooks`, new Uint8Array(captured.body), {
            ...signedHeaders,
            [provider.signatureHeader]: respelled,
          });
        }
        for (const [respelled, result] of Object.entries(replays))
          expect(result, `replayed with ${provider.signatureHeader}: ${respelled}`).not.toBe("accepted");

        // The store keys the event, not every delivery: a different event, honestly signed, passes.
        const event = JSON.parse(captured.body.toString("utf8")) as Record<string, unknown>;
        const next = JSON.stringify({ ...event, id: "evt_second_one", eventId: "evt_second_one" });
        const headers = await providers[provider.name].signWebhook(SECRET, next, nowSeconds());
        expect(await deliver(`${receiver.url}/hooks`, next, headers)).toBe("accepted");
      } finally {
        await emulator.close();
        await receiver.close();
      }
    },
    20_000,
  );
});

// `{"eventId":…,"payload":{"name":"caf\xff"}}`: a Latin-1 byte that is not UTF-8, as a sender with
// a wrong encoding (or an attacker) may put in a body.
const eventBytes = (nameBytes: number[], id = "evt_bytes_1") =>
  Buffer.concat([
    Buffer.from(
      `{"id":"${id}","eventId":"${id}","eventType":"workflow_run.completed","event":"extraction.completed","payload":{"name":"caf`,
    ),
    Buffer.from(nameBytes),
    Buffer.from(`"}}`),
  ]);

describe("item 7: the HMAC covers the raw bytes, and a signed non-JSON body is a WebhookVerificationError", () => {
  /** Verifies each delivery three times: as the Buffer, a plain Uint8Array copy and an ArrayBuffer. */
  const judgeEveryForm =
    (provider: ProviderUnderTest) =>
    async ({ body, headers }: { body: Buffer; headers: IncomingHttpHeaders }) => {
      const copy = new Uint8Array(body);
      const forms = [body, copy, copy.buffer.slice(copy.byteOffset, copy.byteOffset + copy.byteLength)];
      const results = new Set<Verdict>();
      for (const form of forms) results.add(await verdict(provider.verify(form, headers)));
      return [...results].join(" / "); // one verdict, unless the forms disagree
    };

  it.each(providersUnderTest.map((provider) => ({ provider, name: provider.name })))(
    "$name: a genuine non-UTF-8 body verifies; a different invalid byte, an added BOM or a non-JSON body do not",
    async ({ provider }) => {
      const receiver = await startWebhookReceiver(judgeEveryForm(provider));
      try {
        const t = nowSeconds();
        const url = `${receiver.url}/hooks`;
        const genuine = eventBytes([0xff]);
        const results = {
          genuineNonUtf8: await deliver(url, genuine, provider.sign(genuine, t)),
          otherInvalidByte: await deliver(url, eventBytes([0xfe]), provider.sign(genuine, t)),
          invalidByteForValidOne: await deliver(
            url,
            eventBytes([0xc3, 0xa9]),
            provider.sign(eventBytes([0xe9]), t),
          ),
          addedBom: await deliver(
            url,
            Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), eventBytes([0x65])]),
            provider.sign(eventBytes([0x65]), t),
          ),
          signedNotJson: await deliver(
            url,
            Buffer.from("event=done"),
            provider.sign(Buffer.from("event=done"), t),
          ),
        };
        expect(results).toEqual({
          genuineNonUtf8: "accepted",
          otherInvalidByte: "WebhookSignatureError:signature_mismatch",
          invalidByteForValidOne: "WebhookSignatureError:signature_mismatch",
          addedBom: "WebhookSignatureError:signature_mismatch",
          signedNotJson: "WebhookVerificationError:invalid_payload",
        });
      } finally {
        await receiver.close();
      }
    },
  );
});

describe("item 8: docrun's Extend verifier against extend-ai 1.17.0's, delivery by delivery", () => {
  // Half a second into a second: whole-second flooring (extend-ai's) and fractional ages differ here.
  const T = 1_800_000_000;
  const NOW_MS = T * 1000 + 500;
  const EVENT = JSON.stringify({
    eventId: "evt_table",
    eventType: "workflow_run.completed",
    payload: { object: "workflow_run", id: "workflow_run_1", status: "PROCESSED" },
  });
  const sign = (t: string | number, body: string | Uint8Array = EVENT, secret = SECRET) =>
    hmacHex(secret, `v0:${t}:`, body);
  const honest = (t: string | number, body: string | Uint8Array = EVENT) => ({
    "x-extend-request-timestamp": String(t),
    "x-extend-request-signature": sign(t, body),
  });

  type Outcome = "accepted" | "rejected" | "ConfigurationError";
  interface Row {
    name: string;
    body?: string | Uint8Array<ArrayBuffer>;
    headers: Record<string, string>;
    secret?: string;
    /** extend-ai's `maxAgeSeconds` and docrun's `toleranceSeconds` for this row (defaults: 300 both). */
    maxAgeSeconds?: number;
    toleranceSeconds?: number;
    official: Outcome;
    ours: Outcome;
    /** Where `ours` differs: the row of the Extend README's differences table that explains it. */
    difference?: string;
  }
  const invalidByteBody = eventBytes([0xff], "evt_table");
  const rows: Row[] = [
    { name: "honest delivery", headers: honest(T), official: "accepted", ours: "accepted" },
    {
      name: "upper-case hex signature",
      headers: { ...honest(T), "x-extend-request-signature": sign(T).toUpperCase() },
      official: "accepted",
      ours: "accepted",
    },
    {
      name: "exactly at the 300 s tolerance",
      headers: honest(T - 300),
      official: "accepted",
      ours: "accepted",
    },
    {
      name: "one second past the tolerance",
      headers: honest(T - 301),
      official: "rejected",
      ours: "rejected",
    },
    {
      name: "60 s ahead (the clock-skew limit)",
      headers: honest(T + 60),
      official: "accepted",
      ours: "accepted",
    },
    { name: "61 s ahead", headers: honest(T + 61), official: "rejected", ours: "rejected" },
    { name: "millisecond timestamp", headers: honest(NOW_MS), official: "rejected", ours: "rejected" },
    {
      name: "v0=-prefixed signature",
      headers: { ...honest(T), "x-extend-request-signature": `v0=${sign(T)}` },
      official: "rejected",
      ours: "rejected",
    },
    {
      name: "sha256=-prefixed signature",
      headers: { ...honest(T), "x-extend-request-signature": `sha256=${sign(T)}` },
      official: "rejected",
      ours: "rejected",
    },
    {
      name: "a wrong signature, then the right one (comma-separated)",
      headers: { ...honest(T), "x-extend-request-signature": `${"0".repeat(64)},${sign(T)}` },
      official: "rejected",
      ours: "rejected",
    },
    {
      name: "the right signature, then another (comma-separated)",
      headers: { ...honest(T), "x-extend-request-signature": `${sign(T)},${"0".repeat(64)}` },
      official: "accepted",
      ours: "rejected",
      difference: "E1",
    },
    {
      name: "the right signature with trailing garbage",
      headers: { ...honest(T), "x-extend-request-signature": `${sign(T)}zz` },
      official: "accepted",
      ours: "rejected",
      difference: "E1",
    },
    {
      name: "the right signature plus one hex digit",
      headers: { ...honest(T), "x-extend-request-signature": `${sign(T)}0` },
      official: "accepted",
      ours: "rejected",
      difference: "E1",
    },
    {
      name: "tampered body",
      body: EVENT.replace("PROCESSED", "FAILED"),
      headers: honest(T),
      official: "rejected",
      ours: "rejected",
    },
    {
      name: "signed with another secret",
      headers: { ...honest(T), "x-extend-request-signature": sign(T, EVENT, `${SECRET}x`) },
      official: "rejected",
      ours: "rejected",
    },
    {
      name: "no signature header",
      headers: { "x-extend-request-timestamp": String(T) },
      official: "rejected",
      ours: "rejected",
    },
    {
      name: "no timestamp header",
      headers: { "x-extend-request-signature": sign(T) },
      official: "rejected",
      ours: "rejected",
    },
    {
      name: "a signed timestamp with trailing letters",
      headers: honest(`${T}abc`),
      official: "accepted",
      ours: "rejected",
      difference: "E2",
    },
    {
      name: "an hour old, age check turned off (maxAgeSeconds: 0 / toleranceSeconds: Infinity)",
      headers: honest(T - 3600),
      maxAgeSeconds: 0,
      toleranceSeconds: Infinity,
      official: "accepted",
      ours: "accepted",
    },
    {
      name: "an hour old, maxAgeSeconds: 0 / toleranceSeconds: 0",
      headers: honest(T - 3600),
      maxAgeSeconds: 0,
      toleranceSeconds: 0,
      official: "accepted",
      ours: "ConfigurationError",
      difference: "E3",
    },
    {
      name: "age check off, timestamp an hour ahead",
      headers: honest(T + 3600),
      maxAgeSeconds: 0,
      toleranceSeconds: Infinity,
      official: "accepted",
      ours: "rejected",
      difference: "E4",
    },
    {
      name: "age check off, a signed timestamp that is not a number",
      headers: honest("soon"),
      maxAgeSeconds: 0,
      toleranceSeconds: Infinity,
      official: "accepted",
      ours: "rejected",
      difference: "E4",
    },
    {
      name: "a body with a byte that is not UTF-8, signed over its bytes",
      body: invalidByteBody,
      headers: honest(T, invalidByteBody),
      official: "rejected",
      ours: "accepted",
      difference: "E5",
    },
    {
      // Signed over the decoded text (U+FFFD for the bad byte): what extend-ai's string HMAC checks.
      name: "a body whose invalid byte differs, under the signature of the decoded text",
      body: eventBytes([0xfe], "evt_table"),
      headers: honest(T, invalidByteBody.toString("utf8")),
      official: "accepted",
      ours: "rejected",
      difference: "E5",
    },
    {
      name: "a BOM added in front of a signed body",
      body: `\uFEFF${EVENT}`,
      headers: honest(T),
      official: "rejected",
      ours: "rejected",
    },
    {
      name: "a signed body that is not JSON",
      body: "done",
      headers: honest(T, "done"),
      official: "rejected",
      ours: "rejected",
    },
    {
      name: "signed JSON that is not an event",
      body: "{}",
      headers: honest(T, "{}"),
      official: "accepted",
      ours: "rejected",
      difference: "E6",
    },
    {
      name: "an empty signing secret",
      headers: honest(T),
      secret: "",
      official: "rejected",
      ours: "ConfigurationError",
      difference: "E7",
    },
  ];

  const official = new OfficialExtendWebhooks();
  const asOutcome = (result: Verdict): Outcome =>
    result === "accepted"
      ? "accepted"
      : result.startsWith("ConfigurationError")
        ? "ConfigurationError"
        : "rejected";

  beforeAll(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(NOW_MS);
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it("both verifiers judge every delivery alike, except where the README documents why docrun is stricter", async () => {
    const receiver = await startWebhookReceiver(async ({ path, body, headers }) => {
      const row = rows[Number(path.split("/").at(-1))]!;
      const secret = row.secret ?? SECRET;
      return {
        official: asOutcome(
          await verdict(
            (async () =>
              official.verifyAndParse(body.toString(), headers, secret, {
                allowSignedUrl: true,
                ...(row.maxAgeSeconds !== undefined && { maxAgeSeconds: row.maxAgeSeconds }),
              }))(),
          ),
        ),
        ours: asOutcome(
          await verdict(
            verifyExtendWebhook(body, headers, secret, {
              ...(row.toleranceSeconds !== undefined && { toleranceSeconds: row.toleranceSeconds }),
            }),
          ),
        ),
      };
    });
    const readme = readFileSync(new URL("../../packages/extend/README.md", import.meta.url), "utf8");
    try {
      const seen: Record<string, unknown> = {};
      const expected: Record<string, unknown> = {};
      for (const [index, row] of rows.entries()) {
        const answer = await fetch(`${receiver.url}/row/${index}`, {
          method: "POST",
          headers: row.headers,
          body: row.body ?? EVENT,
        });
        seen[row.name] = await answer.json();
        expected[row.name] = { official: row.official, ours: row.ours };
      }
      expect(seen).toEqual(expected);
      // A difference must be deliberate: named in its row and explained in the README's table.
      for (const row of rows) {
        const documented =
          row.difference !== undefined && new RegExp(`^\\| ${row.difference} +\\|`, "m").test(readme);
        expect(documented, `${row.name}: difference ${row.difference} in the README`).toBe(
          row.official !== row.ours,
        );
      }
    } finally {
      await receiver.close();
    }
  });
});
