// Question 7: bulk. Documents per minute through one workflow at the emulator's rate limit:
// docrun's runMany (adaptive concurrency, waits out Retry-After, never drops an input) against the
// loop people write by hand, Promise.allSettled over chunks of createAndPoll.
import { startEmulator } from "@docrun/emulator";
import { fmt } from "../lib/stats.mjs";
import { hasMethod } from "../lib/sdks.mjs";

const KEY = "bench-bulk";
const NAIVE_CHUNK = 50;

async function measure(sdk, { documents, limit, processingMs }, drive, clientOptions = {}) {
  const emulator = await startEmulator({
    provider: "extend",
    processingMs,
    rateLimit: { limit, windowMs: 1_000 },
    requestLogLimit: 100,
  });
  try {
    const client = sdk.create({ apiKey: KEY, baseUrl: emulator.url, ...clientOptions });
    const workflowId = (await client.workflows.list().toArray({ limit: 1 }))[0].id;
    emulator.state.reset();
    const bodies = Array.from({ length: documents }, (_, i) => ({
      workflow: { id: workflowId },
      file: { text: `invoice ${i}` },
    }));
    const started = performance.now();
    const { succeeded, failed } = await drive(client, bodies);
    const seconds = (performance.now() - started) / 1000;
    const counters = emulator.state.counters;
    const served = counters.requests - counters.rateLimited;
    return {
      succeeded,
      failed,
      seconds,
      perMinute: (succeeded / seconds) * 60,
      requestsPerDocument: served / Math.max(1, succeeded + failed),
      utilisation: served / seconds / limit,
      rateLimited: counters.rateLimited,
      // Runs the emulator holds (it was started without seed data): one per document means none twice.
      created: emulator.state.provider.runs.size,
    };
  } finally {
    await emulator.close();
  }
}

async function runManyDrive(client, bodies) {
  let succeeded = 0;
  let failed = 0;
  for await (const result of client.workflowRuns.runMany(bodies, { concurrency: { max: 64 } }))
    result.ok ? succeeded++ : failed++;
  return { succeeded, failed };
}

async function naiveDrive(client, bodies) {
  let succeeded = 0;
  let failed = 0;
  for (let i = 0; i < bodies.length; i += NAIVE_CHUNK) {
    const settled = await Promise.allSettled(
      bodies.slice(i, i + NAIVE_CHUNK).map((body) => client.workflowRuns.createAndPoll(body)),
    );
    for (const outcome of settled) outcome.status === "fulfilled" ? succeeded++ : failed++;
  }
  return { succeeded, failed };
}

/** @param {{ quick: boolean, docrun: any }} context */
export async function bulk({ quick, docrun }) {
  const sdk = docrun.extend;
  const probe = sdk.create?.({ apiKey: KEY, baseUrl: "http://127.0.0.1:1" });
  const available = probe && hasMethod(probe, "workflowRuns.runMany");
  const setup = quick
    ? { documents: 30, limit: 20, processingMs: 300 }
    : { documents: 600, limit: 30, processingMs: 1_000 };
  const title = "7. Bulk runs at a rate limit";
  const goal =
    "runMany uses ≥ 0.9 of the rate limit with zero failed inputs, where a naive chunked loop drops some";
  if (!available)
    return {
      id: "bulk",
      title,
      goal,
      met: null,
      verdict: `docrun not measured (${sdk.missing ?? "runMany missing"})`,
      method: "–",
    };
  const docrunRow = await measure(sdk, setup, runManyDrive);
  const naiveRow = await measure(sdk, setup, naiveDrive);
  // The same two without the client's rate-limit pacing: what AIMD and Retry-After do alone.
  const unpaced = { pacing: false };
  const docrunUnpacedRow = await measure(sdk, setup, runManyDrive, unpaced);
  const naiveUnpacedRow = await measure(sdk, setup, naiveDrive, unpaced);
  const row = (name, r) => [
    name,
    fmt(r.perMinute),
    fmt(r.utilisation, 2),
    fmt(r.requestsPerDocument, 1),
    String(r.succeeded),
    String(r.failed),
    String(r.created),
    String(r.rateLimited),
    fmt(r.seconds, 1),
  ];
  const met = docrunRow.utilisation >= 0.9 && docrunRow.failed === 0;
  return {
    id: "bulk",
    title,
    goal,
    met,
    verdict:
      `runMany: ${fmt(docrunRow.perMinute)} documents/min, ${fmt(docrunRow.utilisation * 100)} % of the limit, ` +
      `${docrunRow.failed} failed; naive loop: ${fmt(naiveRow.perMinute)} documents/min, ${fmt(naiveRow.utilisation * 100)} % of the limit, ${naiveRow.failed} failed` +
      `; without pacing: runMany ${fmt(docrunUnpacedRow.utilisation * 100)} %, ${docrunUnpacedRow.failed} failed, naive ${fmt(naiveUnpacedRow.utilisation * 100)} %, ${naiveUnpacedRow.failed} failed`,
    method:
      `${setup.documents} documents through one Extend workflow (runs take ${setup.processingMs} ms) against an emulator limited to ` +
      `${setup.limit} requests per 1 s window (fixed windows per key; 429s with Retry-After, which do not count against the window). ` +
      `"share of the limit" is answered (non-429) requests per second ÷ the limit: every request a document needs (create and polls) counts, ` +
      `so documents/min = share × limit × 60 ÷ requests per document. runMany: \`extend.workflowRuns.runMany(bodies, { concurrency: { max: 64 } })\` ` +
      `at the client's defaults (2 transport retries, core's poll schedule). Naive: \`Promise.allSettled\` over chunks of ${NAIVE_CHUNK} \`createAndPoll\` calls, ` +
      `same client defaults; a rejected call is a dropped input. The client's defaults include rate-limit pacing (x-ratelimit-* headers); ` +
      `the last two rows turn it off (\`pacing: false\`) to show what AIMD and Retry-After do alone. Each contender on a fresh emulator, one after the other, one round.`,
    table: {
      headers: [
        "client",
        "documents/min",
        "share of limit",
        "requests/doc",
        "succeeded",
        "failed",
        "runs created",
        "429s",
        "seconds",
      ],
      rows: [
        row("docrun runMany", docrunRow),
        row(`naive chunks of ${NAIVE_CHUNK}`, naiveRow),
        row("docrun runMany, pacing: false", docrunUnpacedRow),
        row(`naive chunks of ${NAIVE_CHUNK}, pacing: false`, naiveUnpacedRow),
      ],
    },
    chart: [{ label: "runMany share of the rate limit", value: docrunRow.utilisation, goal: 0.9, unit: "" }],
  };
}
