// Forged, altered, stale and replayed webhook deliveries must each be rejected with an error that
// names the failure, and an honest delivery must pass. Signatures are made with the emulator's
// signers (the schemes the emulator delivers with), then verified the way a receiver would.
import {
  WebhookReplayError,
  WebhookSignatureError,
  WebhookTimestampError,
  WebhookVerificationError,
  createMemoryReplayStore,
  signWebhookPayload,
  verifyWebhook,
  type VerifyWebhookInput,
} from "@docrun/core";
import { createAnyformatClient } from "@docrun/anyformat";
import { startEmulator, type ProviderName } from "@docrun/emulator";
import { createExtendClient } from "@docrun/extend";
import { createRetabClient } from "@docrun/retab";
import { describe, expect, it } from "vitest";
import { startLoopbackServer } from "./helpers/loopback-server.js";
import { failOnUnhandledRejections } from "./helpers/unhandled-rejections.js";
import {
  anyformatScheme,
  extendScheme,
  retabScheme,
  webhookSchemes,
  type WebhookScheme,
} from "./helpers/webhook-schemes.js";

failOnUnhandledRejections();

const SECRET = "whsec_attack_tests_0123456789abcdef";
// Carries the event id under both names providers use (`eventId`: Extend, `id`: Retab).
const BODY = JSON.stringify({
  id: "evt_attack_1",
  eventId: "evt_attack_1",
  eventType: "workflow_run.completed",
  payload: { id: "run_1" },
});

/** What a verification attempt ended in: "accepted", or the error class and reason. */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "accepted";
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    return `${error.name}:${error.reason}`;
  }
}

describe.each(webhookSchemes.map((scheme) => ({ name: scheme.name, scheme })))(
  "$name webhooks",
  ({ scheme }) => {
    const now = Math.floor(Date.now() / 1000);
    const delivery = (at = now, secret = SECRET, body = BODY) => scheme.sign(secret, body, at);
    const verify = (body: string, headers: Headers, options: Parameters<WebhookScheme["verify"]>[3] = {}) =>
      outcome(scheme.verify(body, headers, SECRET, options));

    it("accepts an honest delivery", async () => {
      expect(await verify(BODY, await delivery())).toBe("accepted");
    });

    it("rejects a tampered body", async () => {
      const tampered = BODY.replace("run_1", "run_2");
      expect(await verify(tampered, await delivery())).toBe("WebhookSignatureError:signature_mismatch");
    });

    it("rejects a body signed with the wrong secret", async () => {
      expect(await verify(BODY, await delivery(now, `${SECRET}x`))).toBe(
        "WebhookSignatureError:signature_mismatch",
      );
    });

    it("rejects a missing signature header", async () => {
      const headers = await delivery();
      headers.delete(scheme.signatureHeader);
      expect(await verify(BODY, headers)).toBe("WebhookSignatureError:missing_signature");
    });

    it("rejects a malformed signature header", async () => {
      for (const garbage of ["v1=", "sha256=zz", "not a signature", "t=,v1=", "=".repeat(80)]) {
        const headers = await delivery();
        headers.set(scheme.signatureHeader, garbage);
        expect(await verify(BODY, headers), garbage).toMatch(/^Webhook(Signature|Timestamp)Error:/);
      }
    });

    if (scheme.signsTimestamp) {
      it("rejects an old timestamp (validly signed)", async () => {
        expect(await verify(BODY, await delivery(now - 3600))).toBe(
          "WebhookTimestampError:timestamp_too_old",
        );
      });

      it("rejects a far-future timestamp (validly signed)", async () => {
        expect(await verify(BODY, await delivery(now + 3600))).toBe(
          "WebhookTimestampError:timestamp_in_future",
        );
      });

      it("rejects a missing or malformed timestamp", async () => {
        const missing = await scheme.withTimestamp(await delivery(), null);
        // Core says missing_timestamp; Retab's auto mode then reads the header as its legacy form,
        // whose signature cannot match. Either way: rejected, never accepted.
        expect(await verify(BODY, missing)).toMatch(/^Webhook(Timestamp|Signature)Error:/);
        const malformed = await scheme.withTimestamp(await delivery(), "yesterday");
        expect(await verify(BODY, malformed)).toMatch(/^Webhook(Timestamp|Signature)Error:/);
      });

      it("honours a custom tolerance", async () => {
        const tenMinutesOld = await delivery(now - 600);
        expect(await verify(BODY, tenMinutesOld)).toBe("WebhookTimestampError:timestamp_too_old");
        expect(await verify(BODY, tenMinutesOld, { toleranceSeconds: 900 })).toBe("accepted");
      });
    }

    if (scheme.rejectsReplays)
      it("rejects a replayed event id when given a replay store", async () => {
        const replayStore = createMemoryReplayStore();
        const headers = await delivery();
        expect(await verify(BODY, headers, { replayStore })).toBe("accepted");
        expect(await verify(BODY, headers, { replayStore })).toBe("WebhookReplayError:replayed");
      });

    it("gives each failure its own class and reason", async () => {
      const reasons = new Set([
        await verify(BODY.replace("run_1", "run_9"), await delivery()),
        await verify(BODY, await scheme.withoutSignature(await delivery())),
      ]);
      expect(reasons.size).toBe(2);
    });
  },
);

describe("core verifyWebhook: every reason is distinct and typed", () => {
  const now = 1_800_000_000;
  const signedContent = (t: string | undefined, body: string) => `v0:${t}:${body}`;
  const base = async (at: number, secret = SECRET): Promise<VerifyWebhookInput> => ({
    body: BODY,
    secret,
    timestamp: String(at),
    signature: await signWebhookPayload(secret, `v0:${at}:${BODY}`),
    signedContent,
    now: () => now * 1000,
  });
  const attempt = async (input: VerifyWebhookInput) => outcome(verifyWebhook(input));

  it("maps each attack to its class and reason", async () => {
    const results = {
      honest: await attempt(await base(now)),
      tampered: await attempt({ ...(await base(now)), body: `${BODY} ` }),
      wrongSecret: await attempt({ ...(await base(now, "other")), secret: SECRET }),
      missingSignature: await attempt({ ...(await base(now)), signature: null }),
      missingTimestamp: await attempt({ ...(await base(now)), timestamp: null }),
      malformedTimestamp: await attempt({ ...(await base(now)), timestamp: "soon" }),
      old: await attempt(await base(now - 301)),
      future: await attempt(await base(now + 61)),
      bytesBody: await attempt({ ...(await base(now)), body: new TextEncoder().encode(BODY) }),
    };
    expect(results).toEqual({
      honest: "accepted",
      tampered: "WebhookSignatureError:signature_mismatch",
      wrongSecret: "WebhookSignatureError:signature_mismatch",
      missingSignature: "WebhookSignatureError:missing_signature",
      missingTimestamp: "WebhookTimestampError:missing_timestamp",
      malformedTimestamp: "WebhookTimestampError:malformed_timestamp",
      old: "WebhookTimestampError:timestamp_too_old",
      future: "WebhookTimestampError:timestamp_in_future",
      bytesBody: "accepted",
    });
  });

  it("a replay store without an event id is refused, a repeated id is a WebhookReplayError", async () => {
    const replayStore = createMemoryReplayStore();
    expect(await attempt({ ...(await base(now)), replayStore })).toBe("WebhookReplayError:missing_event_id");
    expect(await attempt({ ...(await base(now)), replayStore, eventId: "evt_1" })).toBe("accepted");
    const replay = await verifyWebhook({ ...(await base(now)), replayStore, eventId: "evt_1" }).catch(
      (e: unknown) => e,
    );
    expect(replay).toBeInstanceOf(WebhookReplayError);
  });

  it("a forged delivery never reaches the replay store (an attacker cannot burn real event ids)", async () => {
    const remembered: string[] = [];
    const replayStore = { seen: (id: string) => (remembered.push(id), false) };
    await attempt({ ...(await base(now)), body: "forged", replayStore, eventId: "evt_real" });
    expect(remembered).toEqual([]);
  });

  it("classes group the reasons", async () => {
    const mismatch = await verifyWebhook({ ...(await base(now)), body: "x" }).catch((e: unknown) => e);
    const stale = await verifyWebhook(await base(now - 10_000)).catch((e: unknown) => e);
    expect(mismatch).toBeInstanceOf(WebhookSignatureError);
    expect(stale).toBeInstanceOf(WebhookTimestampError);
    expect(mismatch).not.toBeInstanceOf(WebhookTimestampError);
  });
});

describe("the signature comparison does not stop at the first differing character", () => {
  /**
   * Counts how many characters of `candidate` the verifier reads while rejecting it. A comparison
   * that returns at the first mismatch reads 1 character of a signature that differs in its first
   * byte and all of one that differs in its last; a constant-time one reads the same number.
   * (No timing is measured: only which characters are looked at.)
   */
  async function charactersRead(
    candidate: string,
    expected: Omit<VerifyWebhookInput, "signature">,
  ): Promise<number> {
    const original = String.prototype.charCodeAt;
    let reads = 0;
    String.prototype.charCodeAt = function (this: string, index: number) {
      if (`${this}` === candidate) reads += 1;
      return original.call(this, index);
    };
    try {
      await verifyWebhook({ ...expected, signature: candidate }).catch(() => undefined);
    } finally {
      String.prototype.charCodeAt = original;
    }
    return reads;
  }

  it("reads every character whether the mismatch is at the first or the last byte", async () => {
    const at = Math.floor(Date.now() / 1000);
    const input = {
      body: BODY,
      secret: SECRET,
      timestamp: String(at),
      signedContent: (t?: string, b?: string) => `${t}.${b}`,
    };
    const good = await signWebhookPayload(SECRET, `${at}.${BODY}`);
    const flip = (c: string) => (c === "a" ? "b" : "a");
    const firstDiffers = flip(good[0]!) + good.slice(1);
    const lastDiffers = good.slice(0, -1) + flip(good.at(-1)!);
    await expect(verifyWebhook({ ...input, signature: firstDiffers })).rejects.toBeInstanceOf(
      WebhookSignatureError,
    );
    await expect(verifyWebhook({ ...input, signature: lastDiffers })).rejects.toBeInstanceOf(
      WebhookSignatureError,
    );
    const first = await charactersRead(firstDiffers, input);
    const last = await charactersRead(lastDiffers, input);
    expect(first).toBe(last);
    expect(first).toBeGreaterThanOrEqual(good.length);
  });
});

describe("real deliveries from the emulator, verified by each provider package", () => {
  /** A receiver that keeps each delivery's raw body and headers, exactly as they arrived. */
  async function startReceiver() {
    const deliveries: { body: string; headers: Headers }[] = [];
    const receiver = await startLoopbackServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers))
          if (typeof value === "string") headers.set(name, value);
        deliveries.push({ body: Buffer.concat(chunks).toString("utf8"), headers });
        res.writeHead(204).end();
      });
    });
    return { receiver, deliveries };
  }

  const cases: { scheme: WebhookScheme; provider: ProviderName; finishRun(url: string): Promise<unknown> }[] =
    [
      {
        scheme: anyformatScheme,
        provider: "anyformat",
        async finishRun(url) {
          const af = createAnyformatClient({ apiKey: "sk_test_hooks_0123456789", baseUrl: url });
          const [workflow] = await af.workflows.list().toArray({ limit: 1 });
          return af.workflows.runAndWait(
            workflow!.id,
            { text: "hook me" },
            { interval: { initialMs: 20, maxMs: 50 } },
          );
        },
      },
      {
        scheme: extendScheme,
        provider: "extend",
        async finishRun(url) {
          const extend = createExtendClient({ apiKey: "sk_test_hooks_0123456789", baseUrl: url });
          const [workflow] = await extend.workflows.list().toArray({ limit: 1 });
          return extend.workflowRuns.createAndPoll(
            { workflow: { id: workflow!.id }, file: { text: "hook me", name: "hook.txt" } },
            { interval: { initialMs: 20, maxMs: 50 } },
          );
        },
      },
      {
        scheme: retabScheme,
        provider: "retab",
        async finishRun(url) {
          const retab = createRetabClient({ apiKey: "sk_test_hooks_0123456789", baseUrl: url });
          const [workflow] = await retab.workflows.list().toArray({ limit: 1 });
          return retab.workflowRuns.createAndPoll(
            { workflow_id: workflow!.id },
            { interval: { initialMs: 20, maxMs: 50 } },
          );
        },
      },
    ];

  it.each(cases.map((c) => ({ ...c, name: c.provider })))(
    "$name: a delivered event verifies once, its replay is refused, a forged copy is refused",
    async ({ scheme, provider, finishRun }) => {
      const { receiver, deliveries } = await startReceiver();
      const emulator = await startEmulator({
        provider,
        processingMs: 50,
        webhooks: [{ url: `${receiver.url}/hooks`, secret: SECRET }],
      });
      try {
        await finishRun(emulator.url);
        for (let i = 0; i < 100 && deliveries.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
        await emulator.state.webhooksIdle();
        expect(deliveries.length).toBeGreaterThan(0);
        const { body, headers } = deliveries[0]!;
        const replayStore = createMemoryReplayStore();
        expect(await outcome(scheme.verify(body, headers, SECRET, { replayStore }))).toBe("accepted");
        expect(await outcome(scheme.verify(body, headers, SECRET, { replayStore }))).toBe(
          "WebhookReplayError:replayed",
        );
        const forged = body.replace(/"(processed|completed|PROCESSED)"/, '"error"');
        expect(forged).not.toBe(body);
        expect(await outcome(scheme.verify(forged, headers, SECRET, {}))).toBe(
          "WebhookSignatureError:signature_mismatch",
        );
      } finally {
        await emulator.close();
        await receiver.close();
      }
    },
    15_000,
  );
});
