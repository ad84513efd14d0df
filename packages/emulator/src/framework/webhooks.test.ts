import { afterEach, describe, expect, it } from "vitest";
import {
  call,
  fakeProvider,
  fakeSignature,
  startReceiver,
  type FakeState,
} from "./fake-provider.test-helpers.js";
import { startEmulator, type Emulator } from "./start-emulator.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function start(
  webhooks: Parameters<typeof startEmulator>[0]["webhooks"],
): Promise<Emulator<FakeState>> {
  const emulator = await startEmulator({
    provider: fakeProvider,
    processingMs: 10,
    webhooks: webhooks ?? [],
  });
  cleanups.push(() => emulator.close());
  return emulator;
}

async function receiver(status?: number) {
  const started = await startReceiver(status);
  cleanups.push(started.close);
  return started;
}

const createItem = async (url: string) => {
  const response = await call(`${url}/items`, { method: "POST", body: JSON.stringify({ name: "w" }) });
  await response.arrayBuffer();
};

describe("webhook delivery", () => {
  it("POSTs the event to every receiver, signed with the provider's scheme", async () => {
    const first = await receiver();
    const second = await receiver();
    const { url, state } = await start([
      { url: first.url, secret: "secret-one" },
      { url: second.url, secret: "secret-two" },
    ]);
    await createItem(url);
    await expect.poll(() => state.webhookDeliveries.length, { timeout: 3000, interval: 10 }).toBe(2);
    await state.webhooksIdle();
    for (const [target, secret] of [
      [first, "secret-one"],
      [second, "secret-two"],
    ] as const) {
      const delivery = target.received[0]!;
      expect(JSON.parse(delivery.body)).toEqual({
        event: "item.done",
        data: { id: "item_0", name: "w", status: "done" },
      });
      expect(delivery.headers["content-type"]).toBe("application/json");
      const timestamp = Number(delivery.headers["x-fake-timestamp"]);
      expect(delivery.headers["x-fake-signature"]).toBe(fakeSignature(secret, delivery.body, timestamp));
    }
    expect(state.webhookDeliveries).toEqual([
      expect.objectContaining({ eventId: "evt_item_0", type: "item.done", status: 200, error: null }),
      expect.objectContaining({ eventId: "evt_item_0", type: "item.done", status: 200, error: null }),
    ]);
    expect(state.counters.webhooksDelivered).toBe(2);
  });

  it("uses a receiver's own signer when given", async () => {
    const target = await receiver();
    const { url, state } = await start([
      { url: target.url, secret: "s", sign: async () => ({ "x-custom": "signed" }) },
    ]);
    await createItem(url);
    await expect.poll(() => state.webhookDeliveries.length, { timeout: 3000, interval: 10 }).toBe(1);
    expect(target.received[0]?.headers["x-custom"]).toBe("signed");
    expect(target.received[0]?.headers["x-fake-signature"]).toBeUndefined();
  });

  it("records failed deliveries without affecting the API", async () => {
    const failing = await receiver(503);
    const closed = await startReceiver();
    await closed.close();
    const { url, state } = await start([
      { url: failing.url, secret: "s" },
      { url: closed.url, secret: "s" },
    ]);
    await createItem(url);
    await expect.poll(() => state.webhookDeliveries.length, { timeout: 3000, interval: 10 }).toBe(2);
    const byUrl = Object.fromEntries(state.webhookDeliveries.map((delivery) => [delivery.url, delivery]));
    expect(byUrl[failing.url]).toMatchObject({ status: 503, error: "receiver answered 503" });
    expect(byUrl[closed.url]).toMatchObject({ status: null });
    expect(byUrl[closed.url]?.error).toEqual(expect.any(String));
    expect(state.counters.webhooksFailed).toBe(2);
    const list = await call(`${url}/items`);
    await list.arrayBuffer();
    expect(list.status).toBe(200);
  });
});
