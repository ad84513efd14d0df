import { request as httpRequest, type ClientRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { WebhookReceiverOptions } from "./options.js";
import type { WebhookEvent, WebhookTarget } from "./types.js";

/**
 * One attempt to deliver one event to one receiver.
 *
 * @example
 * ```ts
 * const failed = emulator.state.webhookDeliveries.filter((delivery: WebhookDelivery) => delivery.error !== null);
 * ```
 */
export interface WebhookDelivery {
  readonly eventId: string;
  readonly type: string;
  readonly url: string;
  /** The receiver's HTTP status, or null when no response came (refused, timeout, closed). */
  readonly status: number | null;
  /** Why the delivery failed (non-2xx, network error, signer error), or null. */
  readonly error: string | null;
  /** Emulator clock time when the delivery started (ms). */
  readonly time: number;
}

type Signer = (secret: string, body: string, timestampSeconds: number) => Promise<Record<string, string>>;

interface DeliveryDeps {
  readonly receivers: readonly WebhookReceiverOptions[];
  readonly sign: Signer;
  readonly now: () => number;
  readonly timeoutMs: number;
  readonly record: (delivery: WebhookDelivery) => void;
}

/**
 * Delivers provider events to every receiver: JSON body, headers from the signer, one attempt
 * each. It never throws into the request that caused the event; outcomes land in `record`.
 * Requests use `agent: false` so no pooled socket outlives `close()`.
 *
 * @example
 * ```ts
 * const webhooks = createWebhookDelivery({ receivers, sign: provider.signWebhook, now: Date.now, timeoutMs: 5000, record });
 * webhooks.emit({ id: "evt_1", type: "run.completed", payload: { id: "run_1" } });
 * await webhooks.idle();
 * ```
 */
export function createWebhookDelivery(deps: DeliveryDeps) {
  const inFlight = new Set<Promise<void>>();
  const requests = new Set<ClientRequest>();
  let closed = false;

  async function deliver(
    event: WebhookEvent,
    target: WebhookTarget,
    signer: Signer,
    body: string,
  ): Promise<void> {
    const time = deps.now();
    const base = { eventId: event.id, type: event.type, url: target.url, time };
    let signed: Record<string, string>;
    try {
      signed = await signer(target.secret, body, Math.floor(time / 1000));
    } catch (error) {
      deps.record({ ...base, status: null, error: `signing failed: ${describe(error)}` });
      return;
    }
    if (closed) return;
    const status = await post(target.url, body, signed).catch((error: unknown) => {
      deps.record({ ...base, status: null, error: describe(error) });
      return undefined;
    });
    if (status === undefined) return;
    const ok = status >= 200 && status < 300;
    deps.record({ ...base, status, error: ok ? null : `receiver answered ${status}` });
  }

  function post(url: string, body: string, signed: Record<string, string>): Promise<number> {
    return new Promise((resolve, reject) => {
      const target = new URL(url);
      const send = target.protocol === "https:" ? httpsRequest : httpRequest;
      const request = send(target, {
        method: "POST",
        agent: false,
        timeout: deps.timeoutMs,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "user-agent": "docrun-emulator",
          ...signed,
        },
      });
      requests.add(request);
      request.on("response", (response) => {
        // The status is the outcome; the receiver's body is drained and ignored.
        resolve(response.statusCode ?? 0);
        response.resume();
        response.on("error", () => undefined);
      });
      request.on("timeout", () => request.destroy(new Error(`timed out after ${deps.timeoutMs} ms`)));
      request.on("error", reject);
      request.on("close", () => {
        requests.delete(request);
        reject(new Error("connection closed before a response"));
      });
      request.end(body);
    });
  }

  return {
    emit(event: WebhookEvent): void {
      if (closed) return;
      const targets: { target: WebhookTarget; signer: Signer }[] = deps.receivers.map((receiver) => ({
        target: receiver,
        signer: receiver.sign ?? deps.sign,
      }));
      for (const extra of event.receivers ?? []) targets.push({ target: extra, signer: deps.sign });
      if (targets.length === 0) return;
      const body = JSON.stringify(event.payload);
      for (const { target, signer } of targets) {
        const delivery = deliver(event, target, signer, body).catch(() => undefined);
        inFlight.add(delivery);
        void delivery.finally(() => inFlight.delete(delivery));
      }
    },
    /** Resolves when every delivery started so far has finished. */
    async idle(): Promise<void> {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    close(): void {
      closed = true;
      for (const request of requests) request.destroy();
      requests.clear();
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
