import { startEmulator } from "@docrun/emulator";
import { count, duration } from "../output.mjs";

/**
 * A flaky, rate-limited API: an emulator allowing 3 requests a second per key and failing one
 * request in five with a 500. The client retries on its own; `onRetry` shows each retry.
 */
export async function showRetries(out, provider, { runs }) {
  out.heading(`Retries: ${provider.label} limited to 3 requests/s, 1 in 5 requests failing`);
  const emulator = await startEmulator({
    provider: provider.key,
    seed: { runs, seed: 7, workflows: 1 },
    rateLimit: { limit: 3, windowMs: 1_000 },
    faults: { errorRate: 0.2, retryAfterSeconds: 1 },
    random: 11,
  });
  try {
    const retried = { 429: 0, other: 0 };
    const client = provider.create({
      apiKey: "demo-key",
      baseUrl: emulator.url,
      maxRetries: 5,
      backoff: { initialMs: 200 },
      onRetry: (info) => {
        const why = info.status ?? info.error?.name ?? "error";
        if (info.status === 429) retried[429]++;
        else retried.other++;
        const path = new URL(info.url).pathname;
        out.line(
          `retry: ${info.method} ${path} got ${why}, waiting ${duration(info.delayMs)} (attempt ${info.attempt + 1})`,
        );
      },
    });
    const started = performance.now();
    const workflow = await provider.firstWorkflow(client);
    let listed = 0;
    for await (const run of provider.listRuns(client, workflow.id)) if (run) listed++;
    const requests = emulator.state.counters.requests;
    out.line(
      `listed ${count(listed)} runs in ${duration(performance.now() - started)}: ${requests} requests, ${retried[429]} rate-limited (429, Retry-After honoured) and ${retried.other} failed (500), all retried; no error reached the caller`,
    );
  } finally {
    await emulator.close();
  }
}
