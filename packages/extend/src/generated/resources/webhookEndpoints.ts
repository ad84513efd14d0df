// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "webhookEndpoints.list", method: "GET", path: "/webhook_endpoints", pathParams: [], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "webhookEndpoints.create", method: "POST", path: "/webhook_endpoints", pathParams: [], shape: {"id":"string"} },
  get: { name: "webhookEndpoints.get", method: "GET", path: "/webhook_endpoints/{id}", pathParams: ["id"], shape: {"id":"string"} },
  update: { name: "webhookEndpoints.update", method: "POST", path: "/webhook_endpoints/{id}", pathParams: ["id"], shape: {"id":"string"} },
  delete: { name: "webhookEndpoints.delete", method: "DELETE", path: "/webhook_endpoints/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.webhookEndpoints`: 5 operations of the Extend API (Webhook Endpoints).
 *
 * @example
 * ```ts
 * const webhookEndpoints = extend.webhookEndpoints;
 * ```
 */
export interface WebhookEndpoints {
  /**
   * List all webhook endpoints.
   *
   * List all webhook endpoints.
   *
   * `GET /webhook_endpoints`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.webhookEndpoints.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/webhook_endpoints"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["WebhookEndpoint"], string>;
  /**
   * Create a new webhook endpoint.
   *
   * Create a new webhook endpoint. The response includes a `signingSecret` that is only returned once — store it securely for verifying webhook signatures.
   *
   * `POST /webhook_endpoints`
   *
   * @example
   * ```ts
   * const result = await extend.webhookEndpoints.create(body);
   * ```
   */
  create(body: components["schemas"]["WebhookEndpointsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["WebhookEndpointCreate"]>;
  /**
   * Retrieve a webhook endpoint by ID.
   *
   * Retrieve a webhook endpoint by ID.
   *
   * `GET /webhook_endpoints/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.webhookEndpoints.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["WebhookEndpoint"]>;
  /**
   * Update a webhook endpoint.
   *
   * Update a webhook endpoint. Only the fields you include in the request body will be updated; omitted fields remain unchanged.
   *
   * `POST /webhook_endpoints/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.webhookEndpoints.update("<id>", body);
   * ```
   */
  update(id: string, body?: components["schemas"]["WebhookEndpointsUpdateRequest"], options?: RequestOptions): Promise<components["schemas"]["WebhookEndpoint"]>;
  /**
   * Delete a webhook endpoint and all of its subscriptions.
   *
   * Delete a webhook endpoint and all of its subscriptions. This operation is permanent and cannot be undone.
   *
   * `DELETE /webhook_endpoints/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.webhookEndpoints.delete("<id>");
   * ```
   */
  delete(id: string, options?: RequestOptions): Promise<components["schemas"]["WebhookEndpointsDeleteResponse"]>;
}

/**
 * Builds `webhookEndpoints` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const webhookEndpoints = createWebhookEndpoints(ctx);
 * ```
 */
export function createWebhookEndpoints(ctx: WaitContext): WebhookEndpoints {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
    update: (id, body, options) => callOperation(ctx, OPERATIONS.update, [id], { body }, options),
    delete: (id, options) => callOperation(ctx, OPERATIONS.delete, [id], {}, options),
  };
}
