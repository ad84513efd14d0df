// Question 2: listing at scale. Items per second and heap growth for each provider's pagination
// style over 100,000 runs, and how close read-ahead gets to its latency limit.
import { spawnEmulator } from "../lib/emulator-process.mjs";
import { fmt, median, times } from "../lib/stats.mjs";
import { hasMethod } from "../lib/sdks.mjs";

const KEY = "bench-key";
const MB = 2 ** 20;

/** Each provider's listing of one workflow's runs, as a user writes it. */
const STRATEGIES = [
  {
    provider: "anyformat",
    style: "page numbers (read-ahead 4)",
    method: "workflows.listRuns",
    workflowOf: async (url) => (await getJson(`${url}/v2/workflows/`)).results[0].id,
    list: (client, workflowId, extra = {}) =>
      client.workflows.listRuns(workflowId, { pageSize: 100, concurrency: 4, ...extra }),
  },
  {
    provider: "extend",
    style: "opaque tokens",
    method: "workflowRuns.list",
    workflowOf: async () => undefined,
    list: (client) => client.workflowRuns.list({ maxPageSize: 100 }),
  },
  {
    provider: "retab",
    style: "id cursors",
    method: "workflowRuns.list",
    workflowOf: async () => undefined,
    list: (client) => client.workflowRuns.list({ limit: 100 }),
  },
];

async function getJson(url) {
  const response = await fetch(url, { headers: { authorization: `Bearer ${KEY}` } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** Iterates every item; with `sampleEvery`, forces gc and samples the heap every n items. */
async function drain(paginator, sampleEvery = 0) {
  let count = 0;
  let peak = 0;
  for await (const item of paginator) {
    if (item == null) throw new Error("empty item");
    count++;
    if (sampleEvery && count % sampleEvery === 0) {
      globalThis.gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  return { count, peak };
}

async function heapGrowth(makePaginator, sampleEvery) {
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const paginator = makePaginator();
  const { count, peak } = await drain(paginator, sampleEvery);
  globalThis.gc();
  // `paginator` is still referenced here: anything it kept would show in `after`.
  const after = process.memoryUsage().heapUsed;
  return {
    count,
    peakMb: (Math.max(peak, after) - before) / MB,
    retainedMb: (after - before) / MB,
    keep: paginator,
  };
}

/** @param {{ quick: boolean, docrun: any }} context */
export async function pagination({ quick, docrun }) {
  const runs = quick ? 2_000 : 100_000;
  const rounds = quick ? 1 : 3;
  const ready = [];
  const rows = [];
  const notes = [];
  for (const strategy of STRATEGIES) {
    const sdk = docrun[strategy.provider];
    if (!sdk.create) {
      rows.push([strategy.provider, strategy.style, "–", "–", "–", "–", `not measured: ${sdk.missing}`]);
      continue;
    }
    const emulator = await spawnEmulator({ provider: strategy.provider, runs, workflows: 1 });
    const client = sdk.create({ apiKey: KEY, baseUrl: emulator.url });
    if (!hasMethod(client, strategy.method)) {
      rows.push([
        strategy.provider,
        strategy.style,
        "–",
        "–",
        "–",
        "–",
        `not measured: ${strategy.method} missing`,
      ]);
      await emulator.close();
      continue;
    }
    const workflowId = await strategy.workflowOf(emulator.url);
    ready.push({
      ...strategy,
      emulator,
      make: () => strategy.list(client, workflowId),
      seconds: [],
      count: 0,
    });
  }
  try {
    // Throughput: the strategies take turns, round after round.
    for (let round = 0; round < rounds; round++)
      for (const entry of round % 2 ? [...ready].reverse() : ready) {
        const start = performance.now();
        const { count } = await drain(entry.make());
        entry.seconds.push((performance.now() - start) / 1000);
        entry.count = count;
      }
    let worstPeak = 0;
    for (const entry of ready) {
      const memory = await heapGrowth(entry.make, quick ? 500 : 5_000);
      entry.peakMb = memory.peakMb;
      worstPeak = Math.max(worstPeak, memory.peakMb);
      const seconds = median(entry.seconds);
      rows.push([
        entry.provider,
        entry.style,
        fmt(entry.count),
        fmt(seconds, 2),
        fmt(entry.count / seconds),
        fmt(Math.max(0, memory.peakMb), 1),
        `retained after the loop: ${fmt(Math.max(0, memory.retainedMb), 1)} MB`,
      ]);
      if (entry.count !== runs) notes.push(`${entry.provider} listed ${entry.count} of ${runs} runs.`);
    }
    const readAhead = await readAheadLimit({ quick, docrun });
    const heapMet = ready.length === STRATEGIES.length && worstPeak < 20 && notes.length === 0;
    const met = heapMet && readAhead.ratio4 !== undefined && readAhead.ratio4 <= 1.2;
    return {
      id: "pagination",
      title: "2. Pagination at scale",
      goal: `memory flat in N (heap growth under 20 MB at ${fmt(100_000)} runs); read-ahead within 1.2× of pages × latency ÷ concurrency at concurrency 4`,
      met: ready.length ? met : null,
      verdict: `largest heap growth ${fmt(worstPeak, 1)} MB over ${fmt(runs)} runs; read-ahead at concurrency 4 took ${times(readAhead.ratio4)} its limit`,
      method: `${fmt(runs)} seeded runs in one workflow per provider, each emulator in a child process (so this heap holds only the client), 100 items per page; items/s is the median of ${rounds} round(s) with the providers taking turns. Heap: \`--expose-gc\`, gc forced before the loop and every ${fmt(quick ? 500 : 5_000)} items; growth = highest heap after gc minus the heap before.`,
      notes: [...notes, ...readAhead.notes],
      table: {
        headers: ["provider", "pagination style", "runs", "seconds", "items/s", "heap growth MB", "note"],
        rows: STRATEGIES.map((s) => rows.find((row) => row[0] === s.provider)),
      },
      extraTables: [readAhead.table],
      chart: [
        ...ready.map((e) => ({
          label: `${e.provider} heap growth at ${fmt(runs)} runs`,
          value: e.peakMb,
          goal: 20,
          unit: " MB",
        })),
        ...(readAhead.ratio4 !== undefined
          ? [
              {
                label: "read-ahead wall time ÷ limit (concurrency 4)",
                value: readAhead.ratio4,
                goal: 1.2,
                unit: "×",
              },
            ]
          : []),
      ].filter((bar) => Number.isFinite(bar.value)),
    };
  } finally {
    await Promise.all(ready.map((entry) => entry.emulator.close()));
  }
}

/** Read-ahead against 50 ms of added latency: wall time against pages × latency ÷ concurrency. */
async function readAheadLimit({ quick, docrun }) {
  const latencyMs = 50;
  const pages = quick ? 8 : 100;
  const table = {
    title: `Read-ahead (AnyFormat listRuns, ${pages} pages of 100, ${latencyMs} ms added latency per request)`,
    headers: [
      "concurrency",
      "wall ms",
      "limit ms (pages × latency ÷ concurrency)",
      "× limit",
      "floor ms (page 1 alone, then n at a time)",
      "× floor",
    ],
    rows: [],
  };
  const sdk = docrun.anyformat;
  if (!sdk.create) return { table, notes: [`Read-ahead not measured: ${sdk.missing}`] };
  const emulator = await spawnEmulator({ provider: "anyformat", runs: pages * 100, workflows: 1, latencyMs });
  try {
    const client = sdk.create({ apiKey: KEY, baseUrl: emulator.url });
    const workflowId = (await getJson(`${emulator.url}/v2/workflows/`)).results[0].id;
    const result = {};
    const levels = [1, 2, 4, 8];
    const samples = new Map(levels.map((c) => [c, []]));
    for (let round = 0; round < (quick ? 1 : 3); round++)
      for (const concurrency of levels) {
        const start = performance.now();
        const { count } = await drain(client.workflows.listRuns(workflowId, { pageSize: 100, concurrency }));
        if (count !== pages * 100) throw new Error(`read-ahead listed ${count} runs`);
        samples.get(concurrency).push(performance.now() - start);
      }
    for (const concurrency of levels) {
      const wall = median(samples.get(concurrency));
      const limit = (pages * latencyMs) / concurrency;
      if (concurrency === 4) result.ratio4 = wall / limit;
      // The count arrives with page 1, so read-ahead can only start after it.
      const floor = latencyMs * (1 + Math.ceil((pages - 1) / concurrency));
      table.rows.push([
        String(concurrency),
        fmt(wall),
        fmt(limit),
        times(wall / limit),
        fmt(floor),
        times(wall / floor),
      ]);
    }
    return { table, notes: [], ...result };
  } finally {
    await emulator.close();
  }
}
