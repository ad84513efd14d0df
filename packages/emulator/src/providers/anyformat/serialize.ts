import { isoTime } from "../../framework/iso-time.js";
import { statusAt } from "./lifecycle.js";
import type { StoredCollection, StoredWebhook, StoredWorkflow } from "./model.js";

/**
 * ISO 8601 with milliseconds, as AnyFormat's examples show (a fast `toISOString`).
 *
 * @example
 * ```ts
 * iso(0); // "1970-01-01T00:00:00.000Z"
 * ```
 */
export function iso(timeMs: number): string {
  return isoTime(timeMs);
}

/**
 * A workflow as `GET /v2/workflows/{id}/` returns it.
 *
 * @example
 * ```ts
 * workflowJson(workflow).fields[0].data_type; // "string"
 * ```
 */
export function workflowJson(workflow: StoredWorkflow) {
  return {
    id: workflow.id,
    name: workflow.template.name,
    description: workflow.template.description,
    fields: workflow.template.fields.map((field) => ({
      name: field.name,
      description: field.description,
      data_type: field.kind,
    })),
    created_at: iso(workflow.createdAt),
    updated_at: iso(workflow.updatedAt),
  };
}

/**
 * A run as `GET .../runs/` lists it.
 *
 * @example
 * ```ts
 * runJson(collection, Date.now()).status; // "in_progress"
 * ```
 */
export function runJson(collection: StoredCollection, now: number) {
  const { status, updatedAt } = statusAt(collection, now);
  return { id: collection.id, status, created_at: iso(collection.createdAt), updated_at: iso(updatedAt) };
}

/**
 * A file collection as `GET .../files/` lists it.
 *
 * @example
 * ```ts
 * fileCollectionJson(collection, Date.now()).name; // "invoice-000042.pdf"
 * ```
 */
export function fileCollectionJson(collection: StoredCollection, now: number) {
  const { status, updatedAt } = statusAt(collection, now);
  return {
    id: collection.id,
    status,
    name: collection.name,
    created_at: iso(collection.createdAt),
    updated_at: iso(updatedAt),
  };
}

/**
 * A webhook subscription as listed (never with its secret).
 *
 * @example
 * ```ts
 * webhookJson(webhook); // { id, url, events, is_active, created_at }
 * ```
 */
export function webhookJson(webhook: StoredWebhook) {
  return {
    id: webhook.id,
    url: webhook.url,
    events: [...webhook.events],
    is_active: webhook.isActive,
    created_at: iso(webhook.createdAt),
  };
}
