import { verifyAnyformatWebhook } from "@docrun/anyformat";
import { signWebhookPayload, verifyWebhook, type ReplayStore } from "@docrun/core";
import { providers, type ProviderName } from "@docrun/emulator";
import { verifyExtendWebhook } from "@docrun/extend";
import { verifyRetabWebhook } from "@docrun/retab";

/** Options a receiver passes to a verifier. */
export interface VerifyOptions {
  replayStore?: ReplayStore;
  toleranceSeconds?: number;
}

/** One signing scheme: how a sender signs a delivery and how a receiver verifies it. */
export interface WebhookScheme {
  name: string;
  /** The header carrying the signature. */
  signatureHeader: string;
  /** Whether a timestamp is signed (and so stale or future deliveries can be refused). */
  signsTimestamp: boolean;
  /** Whether a replay store can recognise a repeated delivery. */
  rejectsReplays: boolean;
  /** The headers of an honest delivery of `body` sent at `at` (unix seconds). */
  sign(secret: string, body: string, at: number): Promise<Headers>;
  /** Verifies like a receiver; rejects with a `WebhookVerificationError`. */
  verify(body: string, headers: Headers, secret: string, options: VerifyOptions): Promise<unknown>;
  /** The same delivery with its timestamp replaced (`null`: removed). */
  withTimestamp(headers: Headers, value: string | null): Promise<Headers>;
  /** The same delivery without any signature. */
  withoutSignature(headers: Headers): Promise<Headers>;
}

const eventIdOf = (body: string): string | undefined => {
  try {
    const event = JSON.parse(body) as { eventId?: string; id?: string };
    return event.eventId ?? event.id;
  } catch {
    return undefined;
  }
};

/** Replaces or removes one header on a copy. */
export const withHeader = (headers: Headers, name: string, value: string | null): Headers => {
  const copy = new Headers(headers);
  if (value === null) copy.delete(name);
  else copy.set(name, value);
  return copy;
};

/** Core's `verifyWebhook` with a two-header `v0:{t}:{body}` scheme: the mechanism every provider plugs into. */
export const coreScheme: WebhookScheme = {
  name: "core verifyWebhook",
  signatureHeader: "x-signature",
  signsTimestamp: true,
  rejectsReplays: true,
  async sign(secret, body, at) {
    const signature = await signWebhookPayload(secret, `v0:${at}:${body}`);
    return new Headers({ "x-signature": signature, "x-timestamp": String(at) });
  },
  verify: (body, headers, secret, options) =>
    verifyWebhook({
      body,
      secret,
      signature: headers.get("x-signature"),
      timestamp: headers.get("x-timestamp"),
      signedContent: (t, raw) => `v0:${t}:${raw}`,
      eventId: eventIdOf(body),
      ...options,
    }),
  withTimestamp: async (headers, value) => withHeader(headers, "x-timestamp", value),
  withoutSignature: async (headers) => withHeader(headers, "x-signature", null),
};

/** Signs with the emulator's signer for `provider`: exactly what the emulator delivers. */
const emulatorSigner =
  (provider: ProviderName) =>
  async (secret: string, body: string, at: number): Promise<Headers> =>
    new Headers(await providers[provider].signWebhook(secret, body, at));

export const anyformatScheme: WebhookScheme = {
  name: "@docrun/anyformat verifyAnyformatWebhook",
  signatureHeader: "x-anyformat-signature",
  signsTimestamp: true,
  rejectsReplays: true,
  sign: emulatorSigner("anyformat"),
  verify: (body, headers, secret, options) => verifyAnyformatWebhook(body, headers, secret, options),
  withTimestamp: async (headers, value) => withHeader(headers, "x-anyformat-timestamp", value),
  withoutSignature: async (headers) => withHeader(headers, "x-anyformat-signature", null),
};

export const extendScheme: WebhookScheme = {
  name: "@docrun/extend verifyExtendWebhook",
  signatureHeader: "x-extend-request-signature",
  signsTimestamp: true,
  rejectsReplays: true,
  sign: emulatorSigner("extend"),
  verify: (body, headers, secret, options) => verifyExtendWebhook(body, headers, secret, options),
  withTimestamp: async (headers, value) => withHeader(headers, "x-extend-request-timestamp", value),
  withoutSignature: async (headers) => withHeader(headers, "x-extend-request-signature", null),
};

/** Retab's environment-scoped form: the timestamp travels inside the signature header (`t=…,v1=…`). */
export const retabScheme: WebhookScheme = {
  name: "@docrun/retab verifyRetabWebhook (t=,v1=)",
  signatureHeader: "x-retab-signature",
  signsTimestamp: true,
  rejectsReplays: true,
  sign: emulatorSigner("retab"),
  // The default ("auto") options: what a user gets without choosing a form.
  verify: (body, headers, secret, options) => verifyRetabWebhook(body, headers, secret, options),
  async withTimestamp(headers, value) {
    const signature = headers.get("x-retab-signature") ?? "";
    const rest = signature.split(",").filter((part) => !part.startsWith("t="));
    return withHeader(
      headers,
      "x-retab-signature",
      [...(value === null ? [] : [`t=${value}`]), ...rest].join(","),
    );
  },
  withoutSignature: async (headers) => withHeader(headers, "x-retab-signature", null),
};

/** Retab's legacy form: bare hex HMAC of the raw body, no timestamp and no event id to replay-check. */
export const retabLegacyScheme: WebhookScheme = {
  name: "@docrun/retab verifyRetabWebhook (legacy)",
  signatureHeader: "x-retab-signature",
  signsTimestamp: false,
  rejectsReplays: false,
  sign: async (secret, body) => new Headers({ "x-retab-signature": await signWebhookPayload(secret, body) }),
  verify: (body, headers, secret, options) =>
    verifyRetabWebhook(body, headers, secret, { ...options, scheme: "legacy" }),
  withTimestamp: async (headers) => headers,
  withoutSignature: async (headers) => withHeader(headers, "x-retab-signature", null),
};

/** Every scheme the attack tests run against. */
export const webhookSchemes: WebhookScheme[] = [
  coreScheme,
  anyformatScheme,
  extendScheme,
  retabScheme,
  retabLegacyScheme,
];
