import { DocrunError, verifyWebhook, type ReplayStore } from "@docrun/core";
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
  /** Oldest accepted `x-extend-request-timestamp`, in seconds (default 300, as Extend's SDK). */
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
 * Verifies an Extend webhook delivery and returns the parsed event: the lowercase hex
 * HMAC-SHA256 in `x-extend-request-signature` must match `v0:{timestamp}:{rawBody}` keyed with
 * the endpoint's signing secret, and `x-extend-request-timestamp` must be recent. Throws core's
 * `WebhookVerificationError` subclasses (`reason` says why). Pass the raw body exactly as
 * received, never re-serialized JSON.
 *
 * @example
 * ```ts
 * const event = await verifyExtendWebhook(await request.text(), request.headers, process.env.EXTEND_WEBHOOK_SECRET!);
 * ```
 */
export async function verifyExtendWebhook(
  rawBody: string | Uint8Array,
  headers: HeaderSource,
  secret: string,
  options: VerifyOptions = {},
): Promise<ExtendWebhookEvent> {
  const body = typeof rawBody === "string" ? rawBody : new TextDecoder().decode(rawBody);
  let event: unknown;
  try {
    event = JSON.parse(body);
  } catch {
    event = undefined;
  }
  const eventId = (event as { eventId?: unknown } | undefined)?.eventId;
  await verifyWebhook({
    body,
    secret,
    signature: header(headers, "x-extend-request-signature") ?? null,
    timestamp: header(headers, "x-extend-request-timestamp") ?? null,
    signedContent: (timestamp, content) => `v0:${timestamp}:${content}`,
    toleranceSeconds: options.toleranceSeconds,
    futureSkewSeconds: options.futureSkewSeconds,
    eventId: typeof eventId === "string" ? eventId : undefined,
    replayStore: options.replayStore,
    now: options.now,
  });
  const shaped = event as Partial<OtherExtendEvent> | undefined;
  if (
    typeof shaped !== "object" ||
    shaped === null ||
    typeof shaped.eventType !== "string" ||
    typeof shaped.eventId !== "string"
  ) {
    throw new DocrunError(
      "Extend webhook body is signed but is not an event ({ eventId, eventType, payload })",
    );
  }
  return shaped as ExtendWebhookEvent;
}
