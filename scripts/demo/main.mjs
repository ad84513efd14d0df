// The demo itself (see scripts/demo.mjs): emulators, clients and the sections in order.
import { startEmulator } from "@docrun/emulator";
import { count, duration } from "./output.mjs";
import { loadProviders } from "./providers.mjs";
import { listEveryRun } from "./sections/pagination.mjs";
import { sendAndWait } from "./sections/waiting.mjs";
import { showRetries } from "./sections/retries.mjs";
import { showBulk } from "./sections/bulk.mjs";
import { typedErrors } from "./sections/errors.mjs";
import { verifyWebhooks } from "./sections/webhooks.mjs";
import { startWebhookReceiver } from "./webhook-receiver.mjs";

const SEEDED_RUNS = 3_000;
const PROCESSING_MS = 1_500;

async function emulatedEntries(out, cleanup, providers) {
  const receiver = await startWebhookReceiver();
  cleanup.push(() => receiver.close());
  const secrets = { anyformat: "whsec_demo_anyformat", extend: "wss_demo_extend", retab: "whsec_demo_retab" };
  const emulators = new Map();
  out.heading("Emulators (embedded, loopback only, no keys, no network)");
  await Promise.all(
    providers.map(async (provider) => {
      const t = performance.now();
      const emulator = await startEmulator({
        provider: provider.key,
        seed: { runs: SEEDED_RUNS, seed: 42 },
        processingMs: PROCESSING_MS,
        webhooks: [{ url: `${receiver.url}/${provider.key}`, secret: secrets[provider.key] }],
      });
      cleanup.push(() => emulator.close());
      emulators.set(provider.key, emulator);
      provider.startedIn = performance.now() - t;
    }),
  );
  const entries = [];
  for (const provider of providers) {
    const emulator = emulators.get(provider.key);
    out.line(
      `${provider.label.padEnd(9)} ${emulator.url}  ${count(SEEDED_RUNS)} runs seeded in ${duration(provider.startedIn)}`,
    );
    if (provider.unavailable)
      out.line(`${provider.label.padEnd(9)} client missing: ${provider.unavailable}; its lines are skipped`);
    else entries.push({ provider, client: provider.create({ apiKey: "demo-key", baseUrl: emulator.url }) });
  }
  return { entries, receiver, emulators, secrets };
}

function liveEntries(out, providers) {
  out.heading("Live mode: real APIs for providers with a key");
  const entries = [];
  for (const provider of providers) {
    if (!process.env[provider.apiKeyEnv])
      out.line(`${provider.label}: skipped (no ${provider.apiKeyEnv} set)`);
    else if (provider.unavailable) out.line(`${provider.label}: skipped (${provider.unavailable})`);
    else {
      const client = provider.create();
      out.line(`${provider.label}: ${client.baseUrl ?? "default base URL"}`);
      entries.push({ provider, client });
    }
  }
  return { entries };
}

async function main(out, cleanup, live) {
  const providers = await loadProviders();
  const setup = live ? liveEntries(out, providers) : await emulatedEntries(out, cleanup, providers);
  const { entries } = setup;
  if (entries.length === 0) {
    out.heading("Nothing to show");
    out.line(
      live ? "set a provider's API key to use --live" : "no provider package is built: run `pnpm build`",
    );
    return;
  }
  const workflows = new Map();
  for (const { provider, client } of entries)
    workflows.set(provider.key, (await provider.firstWorkflow(client))?.id);

  await listEveryRun(out, entries, { live });
  if (live) {
    out.heading("Send a document and wait for the result");
    out.line("skipped in --live: it would create billable runs in your account");
  } else await sendAndWait(out, entries, workflows);

  if (live) {
    out.heading("Retries");
    out.line("skipped in --live: shown against an emulator that injects 429s and 500s");
  } else {
    const retrying = entries.find(({ provider }) => provider.key === "extend") ?? entries[0];
    await showRetries(out, retrying.provider, { runs: 600 });
  }

  const extend = entries.find(({ provider }) => provider.key === "extend");
  if (live) {
    out.heading("Bulk");
    out.line("skipped in --live: it would create billable runs in your account");
  } else if (extend) await showBulk(out, extend.provider);

  await typedErrors(out, entries, workflows, { live });

  if (live) {
    out.heading("Webhooks");
    out.line("skipped in --live: deliveries need a public endpoint; shown with the emulators");
  } else await verifyWebhooks(out, entries, setup);
}

/**
 * Runs every section, then closes whatever it started (also on failure).
 *
 * @example
 * ```js
 * await runDemo(createOutput(), { live: false });
 * ```
 */
export async function runDemo(out, { live }) {
  const started = performance.now();
  const cleanup = [];
  try {
    await main(out, cleanup, live);
  } catch (error) {
    out.heading("Demo failed");
    out.line(String(error?.stack ?? error));
    process.exitCode = 1;
  } finally {
    for (const close of cleanup.reverse()) await close();
    out.heading(`Finished in ${duration(performance.now() - started)}${live ? "" : "; emulators stopped"}`);
  }
}
