import { createHmac } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { startLoopbackServer, type LoopbackServer } from "./loopback-server.js";

/** One delivery exactly as the receiver read it off the socket. */
export interface ReceivedDelivery {
  path: string;
  body: Buffer;
  headers: IncomingHttpHeaders;
}

/** What a receiver's verifier decided, as `verdict(...)` spells it. */
export type Verdict = string;

/**
 * A webhook receiver on 127.0.0.1: every POST's raw body and headers go to `judge`, whose result
 * is the answer (JSON). Keeps every delivery so a test can replay one as an attacker would.
 */
export interface WebhookReceiver extends LoopbackServer {
  deliveries: ReceivedDelivery[];
  answers: unknown[];
}

export async function startWebhookReceiver(
  judge: (delivery: ReceivedDelivery) => Promise<unknown>,
): Promise<WebhookReceiver> {
  const deliveries: ReceivedDelivery[] = [];
  const answers: unknown[] = [];
  const server = await startLoopbackServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const delivery = { path: request.url ?? "/", body: Buffer.concat(chunks), headers: request.headers };
      deliveries.push(delivery);
      judge(delivery).then(
        (answer) => {
          answers.push(answer);
          response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
        },
        (error: unknown) => response.writeHead(500).end(String(error)),
      );
    });
  });
  return Object.assign(server, { deliveries, answers });
}

/**
 * `"accepted"` when `promise` resolves, else `"<error name>:<reason>"` (`reason` only for errors
 * that carry one), so a raw `SyntaxError` or `TypeError` shows up as itself.
 */
export async function verdict(promise: Promise<unknown>): Promise<Verdict> {
  try {
    await promise;
    return "accepted";
  } catch (error) {
    const { name, reason } = error as { name?: string; reason?: unknown };
    return reason === undefined ? `${name}` : `${name}:${String(reason)}`;
  }
}

/** POSTs a delivery to the receiver like a provider (or an attacker) would; resolves its answer. */
export async function deliver(
  url: string,
  body: string | Uint8Array<ArrayBuffer>,
  headers: Record<string, string>,
): Promise<Verdict> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  if (!response.ok) throw new Error(`receiver failed: ${await response.text()}`);
  return (await response.json()) as Verdict;
}

/**
 * Hex HMAC-SHA256 of `prefix` followed by the raw `body` bytes, with Node's own crypto: an
 * independent signer, so a test does not check docrun's verifier against docrun's signer.
 */
export function hmacHex(secret: string, prefix: string, body: string | Uint8Array): string {
  return createHmac("sha256", secret).update(prefix).update(body).digest("hex");
}
