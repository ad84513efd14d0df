import { createMemoryCheckpointStore } from "@docrun/core";
import { startEmulator } from "@docrun/emulator";
import { duration } from "../output.mjs";

const DOCUMENTS = 36;

/**
 * Bulk: a few dozen documents through `runMany` against a rate-limited, flaky emulator, with a
 * live progress line; stopped halfway and resumed from its checkpoint without creating a run twice.
 */
export async function showBulk(out, provider) {
  out.heading(
    `Bulk: ${DOCUMENTS} documents through ${provider.label} runMany, 20 requests/s, 1 read in 10 failing`,
  );
  const emulator = await startEmulator({
    provider: "extend",
    processingMs: 800,
    rateLimit: { limit: 20, windowMs: 1_000 },
    faults: { errorRate: 0.1, onlyMethods: ["GET"] },
    random: 5,
  });
  try {
    const client = provider.create({ apiKey: "demo-key", baseUrl: emulator.url });
    const workflowId = (await provider.firstWorkflow(client)).id;
    const names = Array.from(
      { length: DOCUMENTS },
      (_, i) => `invoice-${String(i + 1).padStart(2, "0")}${i === 20 ? "-fail" : ""}.pdf`,
    );
    const inputs = names.map((name) => ({ workflow: { id: workflowId }, file: { text: name } }));
    const key = (_, i) => names[i];
    const checkpoint = createMemoryCheckpointStore();
    const stop = new AbortController();
    const pass = async (label, signal) => {
      const progress = out.progress(label);
      const job = client.workflowRuns.runMany(inputs, { key, checkpoint, signal, concurrency: { max: 16 } });
      let shown = 0;
      const show = (final) => {
        const s = job.stats();
        if (!final && performance.now() - shown < 250) return;
        shown = performance.now();
        progress.update(
          `${s.succeeded + s.failed + s.skipped}/${DOCUMENTS} done · ${s.failed} failed · ${s.inFlight} in flight · limit ${s.limit}`,
        );
      };
      const started = performance.now();
      for await (const result of job) {
        show(false);
        if (!result.ok && result.error.name === "RunFailedError")
          out.line(`${result.key}: ${result.error.name} (${result.runId})`);
        if (job.stats().succeeded >= DOCUMENTS / 2) stop.abort();
      }
      show(true);
      const s = job.stats();
      progress.done(
        `${s.succeeded} succeeded, ${s.failed} failed, ${s.stopped} stopped in flight, ${s.skipped} already done, ${s.created} runs created, ${s.resumed} resumed, in ${duration(performance.now() - started)}`,
      );
    };
    await pass("first pass (stopped halfway)", stop.signal);
    await pass("resumed from the checkpoint", undefined);
    out.line(
      `the emulator holds ${emulator.state.provider.runs.size} runs for ${DOCUMENTS} documents: none created twice; ${emulator.state.counters.rateLimited} requests were rate-limited and waited out`,
    );
  } finally {
    await emulator.close();
  }
}
