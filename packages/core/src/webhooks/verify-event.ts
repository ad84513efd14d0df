import { parseWebhookJson } from "./raw-body.js";
import { verifyWebhook, type VerifyWebhookInput } from "./verify.js";

/**
 * What `verifyWebhookEvent` checks: `verifyWebhook`'s input, with the event id read from the
 * parsed body.
 *
 * @example
 * ```ts
 * const input: VerifyWebhookEventInput = { body, secret, signature, signedContent: (_t, b) => b, eventIdOf: (e) => (e as { id?: string }).id };
 * ```
 */
export interface VerifyWebhookEventInput extends Omit<VerifyWebhookInput, "eventId"> {
  /** The event's id in the parsed body (the replay key with `replayKey: "event-id"`). */
  eventIdOf?: ((event: unknown) => string | undefined) | undefined;
}

/**
 * Verifies a delivery like `verifyWebhook` and returns its body parsed as JSON. A forged body is
 * rejected by its signature before anything else; a signed body that is not JSON is a
 * `WebhookVerificationError` (`reason: "invalid_payload"`) and never reaches the replay store.
 *
 * @example
 * ```ts
 * const event = await verifyWebhookEvent({
 *   body: await request.arrayBuffer(), secret,
 *   signature: request.headers.get("x-signature"),
 *   timestamp: request.headers.get("x-timestamp"),
 *   signedContent: (t, body) => `${t}.${body}`,
 *   eventIdOf: (event) => (event as { id?: string }).id,
 *   replayStore,
 * });
 * ```
 */
export async function verifyWebhookEvent({ eventIdOf, ...input }: VerifyWebhookEventInput): Promise<unknown> {
  let event: unknown;
  let notJson: unknown;
  try {
    event = parseWebhookJson(input.body);
  } catch (error) {
    notJson = error;
  }
  // The signature is checked first whatever the body; a body that is not JSON skips the store.
  await verifyWebhook(
    notJson ? { ...input, replayStore: undefined } : { ...input, eventId: eventIdOf?.(event) },
  );
  if (notJson) throw notJson;
  return event;
}
