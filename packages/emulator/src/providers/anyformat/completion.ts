import type { ProviderContext } from "../../framework/types.js";
import { eventId } from "./ids.js";
import { iso } from "./serialize.js";
import type { AnyformatState, StoredCollection } from "./state.js";

/**
 * Schedules the webhook for a live run: when it reaches `processed` an `extraction.completed`
 * event, when it reaches `error` an `extraction.failed` one (AnyFormat documents no event for
 * cancellation). Sent to the subscriptions made through `/v2/webhooks/` that are active and
 * subscribed to the event, and to the receivers `startEmulator` was given. Nothing is sent if the
 * collection was deleted first.
 *
 * @example
 * ```ts
 * scheduleCompletionWebhook(state, ctx, collection);
 * ```
 */
export function scheduleCompletionWebhook(
  state: AnyformatState,
  ctx: ProviderContext,
  collection: StoredCollection,
): void {
  if (collection.lifecycle !== "live") return;
  const { status: outcome, durationMs } = collection;
  if (outcome === "cancelled") return;
  const finishedAt = collection.createdAt + durationMs;
  ctx.schedule(finishedAt, () => {
    if (state.collectionsById.get(collection.id) !== collection) return;
    const type = outcome === "processed" ? "extraction.completed" : "extraction.failed";
    const receivers = [...state.webhooks.values()]
      .filter((webhook) => webhook.isActive && webhook.events.includes(type))
      .map((webhook) => ({ url: webhook.url, secret: webhook.secret }));
    ctx.emitWebhook({
      id: eventId(() => ctx.random()),
      type,
      receivers,
      payload: {
        event: type,
        timestamp: iso(ctx.now()),
        data: {
          extraction_id: collection.id,
          status: outcome,
          workflow_id: collection.workflowId,
          processed_at: iso(finishedAt),
        },
      },
    });
  });
}
