import type { EmulatorResponse } from "../../../framework/types.js";
import { webhookId, webhookSecret } from "../ids.js";
import {
  emptyResponse,
  errorEnvelope,
  jsonResponse,
  validationFailed,
  type ValidationIssue,
} from "../errors.js";
import type { RouteInput } from "../path-matcher.js";
import { webhookJson } from "../serialize.js";

const EVENTS = ["extraction.completed", "extraction.failed"] as const;
const MAX_ACTIVE = 50;
const MAX_URL_LENGTH = 2083;

/**
 * `POST /v2/webhooks/`: JSON `{url, events?}`. `url` must be an absolute HTTPS URL of at most
 * 2083 characters; `events` defaults to all. Answers 201 with the `whsec_…` secret, which is never
 * shown again. Malformed JSON is 400 `INVALID_JSON`; field errors are 422 like FastAPI's.
 *
 * @example
 * ```ts
 * createWebhook({ request, state, ctx, params: {} });
 * ```
 */
export function createWebhook({ request, state, ctx }: RouteInput): EmulatorResponse {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(request.body));
  } catch {
    return errorEnvelope(400, "INVALID_JSON", "Request body is not valid JSON.", request.requestId);
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return validationFailed([
      {
        type: "model_attributes_type",
        loc: ["body"],
        msg: "Input should be a valid dictionary or object to extract fields from",
        input: body,
      },
    ]);
  }
  const fields = body as Record<string, unknown>;
  const issues = [...checkUrl(fields["url"], fields), ...checkEvents(fields["events"])];
  if (issues.length > 0) return validationFailed(issues);
  const active = [...state.webhooks.values()].filter((webhook) => webhook.isActive).length;
  if (active >= MAX_ACTIVE) {
    return errorEnvelope(
      400,
      "VALIDATION_ERROR",
      `An organization can have at most ${MAX_ACTIVE} active webhooks.`,
      request.requestId,
    );
  }
  const random = () => ctx.random();
  const webhook = {
    id: webhookId(random),
    url: fields["url"] as string,
    events:
      fields["events"] === undefined || fields["events"] === null
        ? [...EVENTS]
        : [...new Set(fields["events"] as string[])],
    secret: webhookSecret(random),
    isActive: true,
    createdAt: ctx.now(),
  };
  state.webhooks.set(webhook.id, webhook);
  return jsonResponse(201, { ...webhookJson(webhook), secret: webhook.secret });
}

/**
 * `GET /v2/webhooks/`: every subscription, oldest first, without secrets.
 *
 * @example
 * ```ts
 * listWebhooks({ request, state, ctx, params: {} });
 * ```
 */
export function listWebhooks({ state }: RouteInput): EmulatorResponse {
  return jsonResponse(200, [...state.webhooks.values()].map(webhookJson));
}

/**
 * `DELETE /v2/webhooks/{webhook_id}/`: 204, or 404 for an unknown id.
 *
 * @example
 * ```ts
 * deleteWebhook({ request, state, ctx, params: { webhook_id } });
 * ```
 */
export function deleteWebhook({ request, state, params }: RouteInput): EmulatorResponse {
  if (!state.webhooks.delete(params["webhook_id"] ?? "")) {
    return errorEnvelope(404, "NOT_FOUND", "Webhook not found.", request.requestId);
  }
  return emptyResponse(204);
}

function checkUrl(url: unknown, body: Record<string, unknown>): ValidationIssue[] {
  const loc = ["body", "url"];
  if (url === undefined) return [{ type: "missing", loc, msg: "Field required", input: body }];
  if (typeof url !== "string")
    return [{ type: "url_type", loc, msg: "URL input should be a string or URL", input: url }];
  if (url.length > MAX_URL_LENGTH) {
    return [
      {
        type: "url_too_long",
        loc,
        msg: `URL should have at most ${MAX_URL_LENGTH} characters`,
        input: url,
        ctx: { max_length: MAX_URL_LENGTH },
      },
    ];
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [
      {
        type: "url_parsing",
        loc,
        msg: "Input should be a valid URL, relative URL without a base",
        input: url,
        ctx: { error: "relative URL without a base" },
      },
    ];
  }
  if (parsed.protocol !== "https:")
    return [
      {
        type: "value_error",
        loc,
        msg: "Value error, Webhook URL must use HTTPS",
        input: url,
        ctx: { error: {} },
      },
    ];
  return [];
}

function checkEvents(events: unknown): ValidationIssue[] {
  if (events === undefined || events === null) return [];
  if (!Array.isArray(events))
    return [
      { type: "list_type", loc: ["body", "events"], msg: "Input should be a valid list", input: events },
    ];
  const issues: ValidationIssue[] = [];
  events.forEach((event, index) => {
    if (!EVENTS.includes(event as (typeof EVENTS)[number])) {
      issues.push({
        type: "enum",
        loc: ["body", "events", index],
        msg: "Input should be 'extraction.completed' or 'extraction.failed'",
        input: event,
        ctx: { expected: "'extraction.completed' or 'extraction.failed'" },
      });
    }
  });
  return issues;
}
