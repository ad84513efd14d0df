// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "webhookSubscriptions.list", method: "GET", path: "/webhook_subscriptions", pathParams: [], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "webhookSubscriptions.create", method: "POST", path: "/webhook_subscriptions", pathParams: [], shape: {"id":"string"} },
  get: { name: "webhookSubscriptions.get", method: "GET", path: "/webhook_subscriptions/{id}", pathParams: ["id"], shape: {"id":"string"} },
  update: { name: "webhookSubscriptions.update", method: "POST", path: "/webhook_subscriptions/{id}", pathParams: ["id"], shape: {"id":"string"} },
  delete: { name: "webhookSubscriptions.delete", method: "DELETE", path: "/webhook_subscriptions/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.webhookSubscriptions`: 5 operations of the Extend API (Webhook Subscriptions).
 *
 * @example
 * ```ts
 * const webhookSubscriptions = extend.webhookSubscriptions;
 * ```
 */
export interface WebhookSubscriptions {
  /**
   * List webhook subscriptions.
   *
   * List webhook subscriptions. You can filter by `webhookEndpointId` to see all subscriptions for a given endpoint, or by `resourceId` to see all subscriptions for a given resource.
   *
   * `GET /webhook_subscriptions`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.webhookSubscriptions.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/webhook_subscriptions"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["WebhookSubscription"], string>;
  /**
   * Create a resource-scoped webhook subscription on an existing webhook endpoint.
   *
   * Create a resource-scoped webhook subscription on an existing webhook endpoint.
   *
   * `POST /webhook_subscriptions`
   *
   * @example
   * ```ts
   * const result = await extend.webhookSubscriptions.create(body);
   * ```
   */
  create(body: components["schemas"]["WebhookSubscriptionsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["WebhookSubscription"]>;
  /**
   * Retrieve a webhook subscription by ID.
   *
   * Retrieve a webhook subscription by ID.
   *
   * `GET /webhook_subscriptions/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.webhookSubscriptions.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["WebhookSubscription"]>;
  /**
   * Update the enabled events on a webhook subscription.
   *
   * Update the enabled events on a webhook subscription.
   *
   * `POST /webhook_subscriptions/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.webhookSubscriptions.update("<id>", body);
   * ```
   */
  update(id: string, body: components["schemas"]["WebhookSubscriptionsUpdateRequest"], options?: RequestOptions): Promise<components["schemas"]["WebhookSubscription"]>;
  /**
   * Delete a webhook subscription.
   *
   * Delete a webhook subscription. This operation is permanent and cannot be undone.
   *
   * `DELETE /webhook_subscriptions/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.webhookSubscriptions.delete("<id>");
   * ```
   */
  delete(id: string, options?: RequestOptions): Promise<components["schemas"]["WebhookSubscriptionsDeleteResponse"]>;
}

/**
 * Builds `webhookSubscriptions` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const webhookSubscriptions = createWebhookSubscriptions(ctx);
 * ```
 */
export function createWebhookSubscriptions(ctx: WaitContext): WebhookSubscriptions {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
    update: (id, body, options) => callOperation(ctx, OPERATIONS.update, [id], { body }, options),
    delete: (id, options) => callOperation(ctx, OPERATIONS.delete, [id], {}, options),
  };
}
