import type { ProviderContext } from "../../framework/types.js";
import { eventId } from "./ids.js";
import { iso } from "./serialize.js";
import type { StoredCollection } from "./model.js";
import type { AnyformatState } from "./state.js";

/** Header carrying the Unix-seconds timestamp of a delivery (docrun's scheme). */
export const TIMESTAMP_HEADER = "x-anyformat-timestamp";
/** Header carrying `v1=<hex HMAC-SHA256>` (docrun's scheme). */
export const SIGNATURE_HEADER = "x-anyformat-signature";

const encoder = new TextEncoder();

/**
 * Signs a webhook delivery. AnyFormat issues a per-subscription secret but has not published how
 * deliveries are signed, so docrun uses: `x-anyformat-timestamp: <unix seconds>` and
 * `x-anyformat-signature: v1=<lowercase hex HMAC-SHA256 of "{timestamp}.{body}">`, keyed with the
 * whole secret string. `@docrun/anyformat`'s `webhooks.verify` checks exactly this; both sides can
 * be swapped (`startEmulator({ webhooks: [{ sign }] })`).
 *
 * @example
 * ```ts
 * await signAnyformatWebhook("whsec_…", '{"event":"extraction.completed"}', 1774353750);
 * // { "x-anyformat-timestamp": "1774353750", "x-anyformat-signature": "v1=5257a8…" }
 * ```
 */
export async function signAnyformatWebhook(
  secret: string,
  body: string,
  timestampSeconds: number,
): Promise<Record<string, string>> {
  const timestamp = String(timestampSeconds);
  const key = await globalThis.crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(
    await globalThis.crypto.subtle.sign("HMAC", key, encoder.encode(`${timestamp}.${body}`)),
  );
  let hex = "";
  for (const byte of mac) hex += byte.toString(16).padStart(2, "0");
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: `v1=${hex}` };
}

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
