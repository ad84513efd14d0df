import { verifyWebhookEvent, WebhookSignatureError, type ReplayStore, type WebhookBody } from "@docrun/core";
import type { WorkflowRun } from "./types.js";

/**
 * An environment-scoped Retab event. `workflow.run.completed` is documented; other run event types
 * (`workflow.run.failed`, …) follow the same naming but Retab has not published the list.
 * @example `const event: RetabWebhookEvent = await retab.webhooks.verify(rawBody, request.headers, secret);`
 */
export interface RetabWebhookEvent {
  id: string;
  type: string;
  environment: "test" | "production" | (string & {});
  created_at: string;
  data: WorkflowRun;
}

/**
 * Which `X-Retab-Signature` form to accept.
 * @example `await retab.webhooks.verify(rawBody, headers, secret, { scheme: "legacy" });`
 */
export type RetabSignatureScheme = "auto" | "environment" | "legacy";

/**
 * Options of `webhooks.verify()`.
 * @example `await retab.webhooks.verify(rawBody, headers, secret, { toleranceSeconds: 120, replayStore: createMemoryReplayStore() });`
 */
export interface VerifyOptions {
  /**
   * `environment` (default): only the timestamped `t=…,v1=…` form, which is checked for age and
   * replay. `legacy`: only the bare hex form of older automation webhooks (no timestamp, so no age
   * or replay check). `auto` picks by the header's shape; use it only while migrating, since it
   * lets a sender downgrade to the unprotected legacy form.
   */
  scheme?: RetabSignatureScheme;
  /**
   * Oldest accepted `t=` in whole seconds (default 300; environment-scoped only). Must be positive;
   * `Infinity` turns the age check off.
   */
  toleranceSeconds?: number;
  /** Rejects an event id seen before (environment-scoped events carry `id`). */
  replayStore?: ReplayStore;
  /**
   * The signed string of the environment-scoped form. Retab documents the header, not this string;
   * the default `"{t}.{body}"` is docrun's (Stripe-style) assumption — override it if Retab differs.
   * It is a template: put `body` in exactly once, unchanged (the raw body bytes are HMAC'ed there).
   */
  signedContent?: (timestamp: string, body: string) => string;
  /** Clock in ms (tests). */
  now?: () => number;
}

/**
 * Header values as Node (`IncomingHttpHeaders`), fetch (`Headers`) or a plain object give them.
 * @example `const headers: HeaderSource = request.headers; // fetch Headers or Node IncomingHttpHeaders`
 */
export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/**
 * `retab.webhooks`: delivery verification (Retab has no webhook management API; use its dashboard).
 *
 * @example
 * ```ts
 * const event = await retab.webhooks.verify(rawBody, request.headers, secret);
 * ```
 */
export interface Webhooks {
  /** See {@link verifyRetabWebhook}. */
  verify<Event = RetabWebhookEvent>(
    rawBody: WebhookBody,
    headers: HeaderSource,
    secret: string,
    options?: VerifyOptions,
  ): Promise<Event>;
}

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return Array.isArray(value) ? value.join(",") : value;
  }
  return undefined;
}

const ENVIRONMENT_FORM = /(?:^|,)\s*t=(\d+)\s*(?:,|$)/;

/**
 * Verifies a Retab webhook and returns its parsed body. Both documented `X-Retab-Signature` forms:
 * environment-scoped `t=<unix>,v1=<hex HMAC-SHA256>` (timestamp checked against a 5-minute
 * window, replays of an event `id` rejected with a `replayStore`) and legacy `<hex HMAC-SHA256 of
 * the raw body>`. Pass the raw body exactly as received: bytes are HMAC'ed as they are. Throws a
 * `WebhookVerificationError` subclass (`invalid_payload` for a signed body that is not JSON).
 *
 * @example
 * ```ts
 * const event = await retab.webhooks.verify(rawBody, request.headers, process.env.RETAB_WEBHOOK_SECRET!);
 * if (event.type === "workflow.run.completed") console.log(event.data.id);
 * ```
 */
export async function verifyRetabWebhook<Event = RetabWebhookEvent>(
  rawBody: WebhookBody,
  headers: HeaderSource,
  secret: string,
  options: VerifyOptions = {},
): Promise<Event> {
  const signature = header(headers, "x-retab-signature");
  const timestamp = signature === undefined ? undefined : ENVIRONMENT_FORM.exec(signature)?.[1];
  const scheme = options.scheme ?? "environment";
  const environment = scheme === "environment" || (scheme === "auto" && timestamp !== undefined);
  if (!environment) {
    const event = await verifyWebhookEvent({
      body: rawBody,
      secret,
      signature,
      signedContent: (_t, raw) => raw,
      now: options.now,
    });
    return event as Event;
  }
  if (signature !== undefined && timestamp === undefined) {
    throw new WebhookSignatureError("X-Retab-Signature has no t= timestamp", {
      reason: "malformed_signature",
    });
  }
  const v1 = signature
    ?.split(",")
    .filter((part) => /^\s*v1=/.test(part))
    .join(",");
  const signedContent = options.signedContent ?? ((t: string, raw: string) => `${t}.${raw}`);
  const event = await verifyWebhookEvent({
    body: rawBody,
    secret,
    signature: v1 === "" ? undefined : v1,
    timestamp: timestamp ?? null,
    signedContent: (t, raw) => signedContent(t ?? "", raw),
    toleranceSeconds: options.toleranceSeconds,
    eventIdOf: (parsed) => {
      const id = (parsed as { id?: unknown } | null)?.id;
      return typeof id === "string" ? id : undefined;
    },
    replayStore: options.replayStore,
    now: options.now,
  });
  return event as Event;
}

/**
 * Builds `retab.webhooks`.
 *
 * @example
 * ```ts
 * const webhooks = createWebhooks();
 * ```
 */
export function createWebhooks(): Webhooks {
  return { verify: verifyRetabWebhook };
}
