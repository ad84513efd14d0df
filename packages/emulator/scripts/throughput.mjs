#!/usr/bin/env node
// Measures how fast each provider's emulator serves list pages when seeded with 100,000 runs,
// how long seeding takes, and whether the heap grows per request. A script, not a test: numbers
// on a shared machine are reported, never asserted.
//
// The emulator runs in this process; the load comes from a child process (this same file with
// `--client`), so the client's own cost does not hide the server's.
//
//   node --expose-gc scripts/throughput.mjs [--runs 100000] [--seconds 3] [--connections 16]
//        [--provider retab] [--scenario retab-before] [--rounds 1]
//        [--compare <other dist/index.js>]   # interleaved A/B against another build, with ratios
import { fork } from "node:child_process";
import http from "node:http";
import { PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "100000" },
    seconds: { type: "string", default: "3" },
    connections: { type: "string", default: "16" },
    provider: { type: "string", multiple: true },
    scenario: { type: "string", multiple: true },
    rounds: { type: "string", default: "1" },
    compare: { type: "string" },
    client: { type: "boolean", default: false },
  },
});

// ---------------------------------------------------------------------------------------------
// Scenarios: how a client walks one kind of list. `first` is the URL of a walk's first page;
// `next(body)` reads the URL of the following page from a response (or null to start over).
// Walks are capped at `maxPages` so a cursor walk keeps covering deep positions.

const AUTH = { authorization: "Bearer bench-key" };
const EXTEND_HEADERS = { ...AUTH, "x-extend-api-version": "2026-02-09" };

function scenarios(probe) {
  const anyRuns = `/v2/workflows/${probe.anyformatWorkflow}/runs/`;
  return {
    anyformat: [
      { name: "anyformat-page1", headers: AUTH, first: `${anyRuns}?page=1&page_size=20` },
      {
        name: "anyformat-deep",
        headers: AUTH,
        // Pages spread over the whole list (a page-number list can jump anywhere).
        pages: { path: anyRuns, pageSize: 20, count: probe.anyformatPages },
      },
      {
        name: "anyformat-files",
        headers: AUTH,
        first: `/v2/workflows/${probe.anyformatWorkflow}/files/?page=1&page_size=20`,
      },
    ],
    extend: [
      { name: "extend-page1", headers: EXTEND_HEADERS, first: "/workflow_runs?maxPageSize=20" },
      {
        name: "extend-token-walk",
        headers: EXTEND_HEADERS,
        first: "/workflow_runs?maxPageSize=20",
        next: "extend",
        maxPages: 50,
      },
    ],
    retab: [
      { name: "retab-page1", headers: AUTH, first: "/v1/workflows/runs?limit=20" },
      {
        name: "retab-after-walk",
        headers: AUTH,
        first: "/v1/workflows/runs?limit=20",
        next: "retab-after",
        maxPages: 50,
      },
      {
        name: "retab-before-walk",
        headers: AUTH,
        first: `/v1/workflows/runs?limit=20&before=${probe.retabMiddleRun}`,
        next: "retab-before",
        maxPages: 50,
      },
      {
        name: "retab-sort-completed",
        headers: AUTH,
        first: "/v1/workflows/runs?limit=20&sort_by=timing.completed_at",
        next: "retab-after",
        maxPages: 10,
      },
      {
        name: "retab-steps",
        headers: AUTH,
        first: "/v1/workflows/steps?limit=20",
        next: "retab-after",
        maxPages: 10,
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Client (child process): keep-alive node:http, `connections` concurrent walkers.

function runClient() {
  process.once("message", async ({ url, scenario, connections, durationMs }) => {
    const base = new URL(url);
    const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
    let ok = 0;
    let failed = 0;
    let draw = 1;
    const get = (path) =>
      new Promise((resolve, reject) => {
        const request = http.get(
          { host: base.hostname, port: base.port, path, headers: scenario.headers, agent },
          (response) => {
            const chunks = [];
            response.on("data", (chunk) => chunks.push(chunk));
            response.on("end", () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
            response.on("error", reject);
          },
        );
        request.on("error", reject);
      });
    const firstPath = () => {
      if (scenario.pages === undefined) return scenario.first;
      draw = (draw * 48271) % 2147483647;
      const page = 1 + (draw % Math.max(1, scenario.pages.count));
      return `${scenario.pages.path}?page=${page}&page_size=${scenario.pages.pageSize}`;
    };
    const nextPath = (body, path) => {
      if (scenario.next === undefined) return null;
      const json = JSON.parse(body.toString("utf8"));
      const separator = path.includes("?") ? "&" : "?";
      const bare = path.replace(/[?&](after|before|nextPageToken)=[^&]*/g, "");
      if (scenario.next === "extend") {
        const token = json.nextPageToken;
        return token ? `${bare}${bare.includes("?") ? "&" : separator}nextPageToken=${token}` : null;
      }
      const cursor = scenario.next === "retab-after" ? json.list_metadata?.after : json.list_metadata?.before;
      const name = scenario.next === "retab-after" ? "after" : "before";
      return cursor ? `${bare}${bare.includes("?") ? "&" : separator}${name}=${cursor}` : null;
    };
    const deadline = performance.now() + durationMs;
    const walker = async () => {
      let path = firstPath();
      let pages = 0;
      while (performance.now() < deadline) {
        let response;
        try {
          response = await get(path);
        } catch {
          // A socket the server closed while idle: count it, start the walk again on a new one.
          failed += 1;
          path = firstPath();
          pages = 0;
          continue;
        }
        if (response.status === 200) ok += 1;
        else failed += 1;
        pages += 1;
        const following =
          response.status === 200 && pages < (scenario.maxPages ?? 1) ? nextPath(response.body, path) : null;
        if (following === null) {
          path = firstPath();
          pages = 0;
        } else path = following;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: connections }, walker));
    const elapsedMs = performance.now() - started;
    agent.destroy();
    process.send({ ok, failed, elapsedMs }, () => process.exit(0));
  });
}

function load(url, scenario, durationMs) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ["--client"], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.once("message", resolve);
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`load client exited with ${code}`));
    });
    child.send({ url, scenario, connections: Number(values.connections), durationMs });
  });
}

// ---------------------------------------------------------------------------------------------
// Server side (this process).

let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ["gc"] });

function collect() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

// Heap plus typed-array memory (a store kept column-wise lives outside the JS heap).
function collectAll() {
  collect();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

async function getJson(url, path, headers) {
  const response = await fetch(`${url}${path}`, { headers });
  return response.json();
}

// Ids the scenarios need, read over HTTP so the same probe works against any build.
async function probeIds(provider, url) {
  if (provider === "anyformat") {
    const workflows = await getJson(url, "/v2/workflows/?page=1&page_size=1", AUTH);
    const anyformatWorkflow = workflows.results[0].id;
    const runs = await getJson(url, `/v2/workflows/${anyformatWorkflow}/runs/?page=1&page_size=1`, AUTH);
    return { anyformatWorkflow, anyformatPages: Math.ceil(runs.count / 20) };
  }
  if (provider === "retab") {
    // A run half way between the oldest and the newest: the start of a deep `before` walk.
    const oldest = await getJson(url, "/v1/workflows/runs?limit=1&order=asc", AUTH);
    const newest = await getJson(url, "/v1/workflows/runs?limit=1&order=desc", AUTH);
    const middleMs =
      (Date.parse(oldest.data[0].timing.created_at) + Date.parse(newest.data[0].timing.created_at)) / 2;
    const middleDay = new Date(middleMs).toISOString().slice(0, 10);
    const middle = await getJson(url, `/v1/workflows/runs?limit=1&order=asc&from_date=${middleDay}`, AUTH);
    return { retabMiddleRun: middle.data[0].id };
  }
  return {};
}

async function measureBuild(label, build, provider, names, runs, durationMs) {
  collect();
  await new Promise((resolve) => setTimeout(resolve, 20)); // let earlier GC entries arrive first
  const gcBefore = gcMs;
  const started = performance.now();
  let emulator = await build.startEmulator({ provider, seed: { runs, seed: 7 }, requestLogLimit: 1000 });
  const seedMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 20)); // GC entries are reported asynchronously
  const seedGcMs = gcMs - gcBefore;
  const heapSeeded = collectAll();
  const probe = await probeIds(provider, emulator.url);
  const results = [];
  for (const scenario of scenarios(probe)[provider].filter(
    (s) => names === undefined || names.includes(s.name),
  )) {
    await load(emulator.url, scenario, 400); // warm-up (JIT, caches, indexes)
    // Two timed halves: the first also fills bounded buffers (the request log keeps its last
    // `requestLogLimit` entries), so growth per request is read from the second, in steady state.
    collect();
    let cpu = process.cpuUsage();
    const first = await load(emulator.url, scenario, durationMs / 2);
    let cpuMicros = cpuSince(cpu);
    const heapMiddle = collect();
    cpu = process.cpuUsage();
    const second = await load(emulator.url, scenario, durationMs / 2);
    cpuMicros += cpuSince(cpu);
    const heapAfter = collect();
    const ok = first.ok + second.ok;
    const failed = first.failed + second.failed;
    results.push({
      label,
      scenario: scenario.name,
      rps: ok / ((first.elapsedMs + second.elapsedMs) / 1000),
      failed,
      requests: ok + failed,
      heapBytesPerRequest: (heapAfter - heapMiddle) / Math.max(1, second.ok + second.failed),
      // Server CPU per request (this process only): less sensitive to machine load than req/s,
      // and 1e6 / it is what one core could serve if the client cost nothing.
      cpuMicrosPerRequest: cpuMicros / Math.max(1, ok + failed),
    });
  }
  await emulator.close();
  emulator = undefined; // drop the last reference to its state before measuring
  await new Promise((resolve) => setTimeout(resolve, 50)); // let closed sockets go
  // What the emulator held: heap while it ran minus heap once it is gone.
  const stateMB = (heapSeeded - collectAll()) / 1e6;
  return { seedMs, seedGcMs, stateMB, results };
}

function cpuSince(start) {
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

function fmt(value, digits = 0) {
  return value.toFixed(digits).padStart(8);
}

async function main() {
  const runs = Number(values.runs);
  const durationMs = Number(values.seconds) * 1000;
  const rounds = Number(values.rounds);
  const here = new URL("../dist/index.js", import.meta.url);
  const builds = [{ label: "current", module: await import(here.href) }];
  if (values.compare !== undefined) {
    builds.unshift({ label: "compare", module: await import(pathToFileURL(values.compare).href) });
  }
  const providers = values.provider ?? ["anyformat", "extend", "retab"];
  console.log(
    `emulator throughput — ${runs} seeded runs, ${values.connections} connections, ${values.seconds}s per scenario, ` +
      `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}` +
      (globalThis.gc === undefined ? " (run with --expose-gc for heap figures)" : ""),
  );
  const table = [];
  for (const provider of providers) {
    for (let round = 0; round < rounds; round++) {
      // Alternate which build goes first so drift in machine load hits both alike.
      const order = round % 2 === 0 ? builds : [...builds].reverse();
      for (const build of order) {
        const measured = await measureBuild(
          build.label,
          build.module,
          provider,
          values.scenario,
          runs,
          durationMs,
        );
        console.log(
          `${provider.padEnd(10)} ${build.label.padEnd(8)} seed ${fmt(measured.seedMs)} ms (gc ${fmt(measured.seedGcMs)} ms), memory held ${fmt(measured.stateMB, 1)} MB`,
        );
        table.push({ provider, label: build.label, seed: measured.seedMs, seedGc: measured.seedGcMs });
        for (const r of measured.results) {
          console.log(
            `  ${r.scenario.padEnd(22)} ${fmt(r.rps)} req/s  server ${fmt(r.cpuMicrosPerRequest)} µs CPU/req (≈${fmt(1e6 / r.cpuMicrosPerRequest)} req/s per core)  heap growth ${fmt(r.heapBytesPerRequest, 1)} B/req (steady state), ${r.requests} requests` +
              (r.failed > 0 ? `  (${r.failed} non-200)` : ""),
          );
          table.push({
            provider,
            label: build.label,
            scenario: r.scenario,
            rps: r.rps,
            cpu: r.cpuMicrosPerRequest,
            heap: r.heapBytesPerRequest,
          });
        }
      }
    }
  }
  if (builds.length === 2) printRatios(table);
}

function printRatios(table) {
  const mean = (rows, field) => rows.reduce((sum, row) => sum + row[field], 0) / Math.max(1, rows.length);
  console.log("\ncompare → current (mean over rounds; ×N > 1 means current is faster / cheaper)");
  const keys = [...new Set(table.map((row) => `${row.provider}|${row.scenario ?? ""}`))];
  for (const key of keys) {
    const [provider, scenario] = key.split("|");
    const rows = table.filter((row) => row.provider === provider && (row.scenario ?? "") === scenario);
    const current = rows.filter((row) => row.label === "current");
    const compare = rows.filter((row) => row.label === "compare");
    if (scenario === "") {
      console.log(
        `  ${provider.padEnd(10)} seed            ${fmt(mean(compare, "seed"))} ms → ${fmt(mean(current, "seed"))} ms  (×${(mean(compare, "seed") / mean(current, "seed")).toFixed(2)} faster)`,
      );
    } else {
      console.log(
        `  ${scenario.padEnd(22)} ${fmt(mean(compare, "rps"))} → ${fmt(mean(current, "rps"))} req/s ×${(mean(current, "rps") / mean(compare, "rps")).toFixed(2)}` +
          `   server CPU ${fmt(mean(compare, "cpu"))} → ${fmt(mean(current, "cpu"))} µs/req ×${(mean(compare, "cpu") / mean(current, "cpu")).toFixed(2)}` +
          `   heap ${fmt(mean(compare, "heap"), 1)} → ${fmt(mean(current, "heap"), 1)} B/req`,
      );
    }
  }
}

if (values.client) runClient();
else await main();
