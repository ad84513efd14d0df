import { signWebhookPayload } from "@docrun/core";
import type { ProviderContext } from "../../framework/types.js";
import { makeId } from "./ids.js";
import { eventTypeFor, statusAt } from "./lifecycle.js";
import { runFull } from "./serialize.js";
import type { RunRecord } from "./model.js";
import type { ExtendState } from "./state.js";

/**
 * Signs a webhook body as Extend does: `x-extend-request-timestamp` (unix seconds) and
 * `x-extend-request-signature`, the lowercase hex HMAC-SHA256 of `v0:{timestamp}:{body}` keyed
 * with the endpoint's signing secret.
 *
 * @example
 * ```ts
 * const headers = await signExtendWebhook("wss_secret", '{"eventId":"evt_1"}', 1767225600);
 * ```
 */
export async function signExtendWebhook(
  secret: string,
  body: string,
  timestampSeconds: number,
): Promise<Record<string, string>> {
  const timestamp = String(Math.floor(timestampSeconds));
  return {
    "x-extend-request-timestamp": timestamp,
    "x-extend-request-signature": await signWebhookPayload(secret, `v0:${timestamp}:${body}`),
  };
}

/**
 * Emits the `workflow_run.*` event for the run's current terminal status (nothing when the run
 * was deleted or is not terminal). Envelope: `{ eventId, eventType, payload: WorkflowRun }`.
 *
 * @example
 * ```ts
 * ctx.schedule(run.endAtMs, () => emitRunEvent(state, ctx, run));
 * ```
 */
export function emitRunEvent(state: ExtendState, ctx: ProviderContext, run: RunRecord): void {
  if (run.deleted) return;
  const now = ctx.now();
  const eventType = eventTypeFor(statusAt(run, now));
  if (eventType === null) return;
  const eventId = makeId("evt", state.random);
  ctx.emitWebhook({
    id: eventId,
    type: eventType,
    payload: { eventId, eventType, payload: runFull(run, now) },
  });
}
