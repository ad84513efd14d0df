import { Paginator, requestOptions, type RequestOptions } from "@docrun/core";
import { requireId, type ClientContext } from "./context.js";
import type { CreatedWebhook, Webhook, WebhookCreate } from "./types.js";
import { verifyAnyformatWebhook } from "./verify-webhook.js";

/**
 * The `webhooks` resource: subscriptions (create, list, delete) and delivery verification.
 *
 * @example
 * ```ts
 * const webhooks = createWebhooks(context);
 * ```
 */
export function createWebhooks({ api, unwrap, send }: ClientContext) {
  return {
    /**
     * Subscribes an HTTPS endpoint to `extraction.completed` / `extraction.failed` (all events when
     * `events` is omitted). The answer holds the signing `secret`, which AnyFormat shows only once.
     *
     * @example
     * ```ts
     * const hook = await af.webhooks.create({ url: "https://example.com/hooks/anyformat", events: ["extraction.completed"] });
     * await saveSecret(hook.secret);
     * ```
     */
    async create(body: WebhookCreate, options: RequestOptions = {}): Promise<CreatedWebhook> {
      requireId("url", body?.url);
      return unwrap(api.POST("/v2/webhooks/", { body, ...requestOptions(options) }));
    },

    /**
     * Every subscription (without secrets). AnyFormat returns them in one unpaginated array; this
     * is a one-page `Paginator` so it reads like every other `list`.
     *
     * @example
     * ```ts
     * const hooks = await af.webhooks.list().toArray();
     * ```
     */
    list(options: RequestOptions = {}): Paginator<Webhook, never> {
      return new Paginator<Webhook, never>(async function* () {
        const { data, response } = await send(api.GET("/v2/webhooks/", { ...requestOptions(options) }));
        yield { items: data, next: null, response };
      });
    },

    /**
     * Deletes a subscription.
     *
     * @example
     * ```ts
     * await af.webhooks.delete(hook.id);
     * ```
     */
    async delete(webhookId: string, options: RequestOptions = {}): Promise<void> {
      requireId("webhookId", webhookId);
      await unwrap(
        api.DELETE("/v2/webhooks/{webhook_id}/", {
          params: { path: { webhook_id: webhookId } },
          ...requestOptions(options),
        }),
      );
    },

    /**
     * Verifies a delivery's signature and timestamp and returns the typed event. AnyFormat has not
     * published its signing scheme; this checks docrun's (see {@link verifyAnyformatWebhook}).
     *
     * @example
     * ```ts
     * const event = await af.webhooks.verify(rawBody, request.headers, secret);
     * ```
     */
    verify: verifyAnyformatWebhook,
  };
}
