import {
  verifyWebhookEvent,
  WebhookVerificationError,
  type ReplayStore,
  type WebhookBody,
} from "@docrun/core";
import type { WorkflowRun } from "./types.js";

/**
 * Events about a workflow run; their `payload` is the full run.
 * @example `const type: WorkflowRunEventType = "workflow_run.completed";`
 */
export type WorkflowRunEventType =
  | "workflow_run.completed"
  | "workflow_run.failed"
  | "workflow_run.needs_review"
  | "workflow_run.rejected"
  | "workflow_run.cancelled";

/**
 * A `workflow_run.*` event whose payload is the run itself.
 * @example `if (isWorkflowRunEvent(event)) console.log(event.payload.id, event.payload.status);`
 */
export interface WorkflowRunEvent {
  eventId: string;
  eventType: WorkflowRunEventType;
  payload: WorkflowRun;
}

/**
 * Any other verified event (other event types, or a run too large to inline, sent as
 * `{ object: "signed_data_url", data: <url> }`). Narrow with {@link isWorkflowRunEvent}.
 * @example `if (!isWorkflowRunEvent(event)) console.log("other event", event.eventType);`
 */
export interface OtherExtendEvent {
  eventId: string;
  eventType: string;
  payload: unknown;
}

/**
 * What `webhooks.verify` returns.
 * @example `const event: ExtendWebhookEvent = await extend.webhooks.verify(rawBody, request.headers, secret);`
 */
export type ExtendWebhookEvent = WorkflowRunEvent | OtherExtendEvent;

/**
 * Options of `webhooks.verify`.
 * @example `await extend.webhooks.verify(rawBody, headers, secret, { toleranceSeconds: 120, replayStore: createMemoryReplayStore() });`
 */
export interface VerifyOptions {
  /**
   * Oldest accepted `x-extend-request-timestamp`, in whole seconds (default 300, as Extend's SDK;
   * an event exactly this old passes). Must be positive: `Infinity` turns the age check off, what
   * extend-ai's `maxAgeSeconds: 0` does; `0` is a `ConfigurationError`, never "off".
   */
  toleranceSeconds?: number | undefined;
  /** How far ahead a timestamp may be, in seconds (default 60). */
  futureSkewSeconds?: number | undefined;
  /** Rejects an `eventId` seen before (e.g. core's `createMemoryReplayStore()`). */
  replayStore?: ReplayStore | undefined;
  /** Clock in ms (tests). */
  now?: (() => number) | undefined;
}

/**
 * Request headers as a `Headers` object or a plain (Node-style) record.
 * @example `const headers: HeaderSource = request.headers; // fetch Headers or Node IncomingHttpHeaders`
 */
export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

const RUN_EVENTS: ReadonlySet<string> = new Set<WorkflowRunEventType>([
  "workflow_run.completed",
  "workflow_run.failed",
  "workflow_run.needs_review",
  "workflow_run.rejected",
  "workflow_run.cancelled",
]);

/**
 * Whether a verified event carries a workflow run inline.
 *
 * @example
 * ```ts
 * if (isWorkflowRunEvent(event)) console.log(event.payload.status);
 * ```
 */
export function isWorkflowRunEvent(event: ExtendWebhookEvent): event is WorkflowRunEvent {
  const payload = event.payload as { object?: unknown } | null;
  return RUN_EVENTS.has(event.eventType) && payload?.object === "workflow_run";
}

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value =
    headers[name] ?? headers[Object.keys(headers).find((key) => key.toLowerCase() === name) ?? ""];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Verifies an Extend webhook delivery and returns the parsed event, as Extend's own SDK
 * (`extend-ai`'s `webhooks.verifyAndParse`) does: `x-extend-request-signature` must be exactly the
 * hex HMAC-SHA256 (either case) of `v0:{timestamp}:{rawBody}` keyed with the endpoint's signing
 * secret, and `x-extend-request-timestamp` (unix seconds) at most `toleranceSeconds` old and 60 s
 * ahead, counted in whole seconds. Where docrun is stricter, the README's "Differences from
 * extend-ai" table says why. Bytes are HMAC'ed as received, never decoded first. Throws core's
 * `WebhookVerificationError` subclasses (`reason` says why; `invalid_payload` for a signed body
 * that is not an `{ eventId, eventType }` event).
 *
 * @example
 * ```ts
 * const event = await verifyExtendWebhook(await request.arrayBuffer(), request.headers, process.env.EXTEND_WEBHOOK_SECRET!);
 * ```
 */
export async function verifyExtendWebhook(
  rawBody: WebhookBody,
  headers: HeaderSource,
  secret: string,
  options: VerifyOptions = {},
): Promise<ExtendWebhookEvent> {
  const event = await verifyWebhookEvent({
    body: rawBody,
    secret,
    signature: header(headers, "x-extend-request-signature") ?? null,
    signatureFormat: "hex",
    timestamp: header(headers, "x-extend-request-timestamp") ?? null,
    signedContent: (timestamp, content) => `v0:${timestamp}:${content}`,
    toleranceSeconds: options.toleranceSeconds,
    futureSkewSeconds: options.futureSkewSeconds,
    eventIdOf: (parsed) => {
      const eventId = (parsed as { eventId?: unknown } | null)?.eventId;
      return typeof eventId === "string" ? eventId : undefined;
    },
    replayStore: options.replayStore,
    now: options.now,
  });
  const shaped = event as Partial<OtherExtendEvent> | null;
  if (
    typeof shaped !== "object" ||
    shaped === null ||
    typeof shaped.eventType !== "string" ||
    typeof shaped.eventId !== "string"
  ) {
    throw new WebhookVerificationError(
      "Extend webhook body is signed but is not an event ({ eventId, eventType, payload })",
      { reason: "invalid_payload" },
    );
  }
  return shaped as ExtendWebhookEvent;
}
