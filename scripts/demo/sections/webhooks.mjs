import { WebhookVerificationError } from "@docrun/core";

/**
 * Every run the demo finished made its emulator POST a signed webhook to a local receiver; each
 * delivery is checked with the provider package's `webhooks.verify`, and a tampered copy is
 * rejected.
 */
export async function verifyWebhooks(out, entries, { receiver, emulators, secrets }) {
  out.heading("Webhooks: emulator → local receiver → webhooks.verify");
  await Promise.all(entries.map(({ provider }) => emulators.get(provider.key).state.webhooksIdle()));
  for (const { provider, client } of entries) {
    const deliveries = receiver.deliveries.filter((d) => d.path === `/${provider.key}`);
    if (deliveries.length === 0) {
      out.line(`${provider.label}: no delivery arrived`);
      process.exitCode = 1;
      continue;
    }
    const secret = secrets[provider.key];
    const events = [];
    for (const delivery of deliveries)
      events.push(await client.webhooks.verify(delivery.body, delivery.headers, secret));
    out.line(
      `${provider.label}: ${deliveries.length} deliveries verified, e.g. ${provider.describeEvent(events[0])}`,
    );
    const tampered = deliveries[0].body.replace(/"(\w+)"/, '"x$1"');
    try {
      await client.webhooks.verify(tampered, deliveries[0].headers, secret);
      out.line(`${provider.label}: a tampered body was accepted`);
      process.exitCode = 1;
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      out.line(`${provider.label}: tampered body rejected: ${error.name} (${error.reason})`);
    }
  }
}
