// Question 1: what a docrun call costs on top of the layers beneath it, per request.
import createClient from "openapi-fetch";
import { ExtendClient } from "extend-ai";
import { createApiClient, parseErrorEnvelope } from "@docrun/core";
import { startEmulator } from "@docrun/emulator";
import { interleave, microsPerCall } from "../lib/rounds.mjs";
import { fmt, median, times } from "../lib/stats.mjs";
import { hasMethod } from "../lib/sdks.mjs";

const LOOPBACK_BUDGET = 1.05;
const IN_PROCESS_BUDGET = 1.25;
const OFFICIAL_BUDGET = 1.8;

const KEY = "bench-key";
const VERSION = { "x-extend-api-version": "2026-02-09" };
const HEADERS = { authorization: `Bearer ${KEY}`, ...VERSION };

/** A fetch that answers at once from memory: what is left is the client's own cost. */
function inProcessFetch(body) {
  const text = JSON.stringify(body);
  const init = { status: 200, headers: { "content-type": "application/json", "x-request-id": "req_bench" } };
  return async () => new Response(text, init);
}

/** The contenders, each a function making one `GET /workflow_runs/{id}` and returning the run. */
function contenders({ baseUrl, fetchFn, id, docrun }) {
  const url = `${baseUrl}/workflow_runs/${id}`;
  const bare = createClient({ baseUrl, fetch: fetchFn, headers: HEADERS });
  const official = new ExtendClient({ token: KEY, baseUrl, fetch: fetchFn, maxRetries: 0 });
  const list = [
    { name: "raw fetch", call: async () => (await fetchFn(url, { headers: HEADERS })).json() },
    {
      name: "openapi-fetch",
      call: async () => (await bare.GET("/workflow_runs/{id}", { params: { path: { id } } })).data,
    },
  ];
  if (docrun.create) {
    const client = docrun.create({ apiKey: KEY, baseUrl, fetch: fetchFn });
    list.push({
      name: "docrun .api",
      call: async () => (await client.api.GET("/workflow_runs/{id}", { params: { path: { id } } })).data,
    });
    if (hasMethod(client, "workflowRuns.get"))
      list.push({ name: "docrun workflowRuns.get", call: () => client.workflowRuns.get(id) });
  } else {
    // Until @docrun/extend is built, measure core's client (what every provider client is made of).
    const { api } = createApiClient(
      {
        name: "Extend",
        apiKeyEnv: "EXTEND_API_KEY",
        baseUrlEnv: "EXTEND_BASE_URL",
        defaultBaseUrl: baseUrl,
        parseError: parseErrorEnvelope,
      },
      { apiKey: KEY, baseUrl, fetch: fetchFn, headers: VERSION },
    );
    list.push({
      name: "docrun core createApiClient().api",
      call: async () => (await api.GET("/workflow_runs/{id}", { params: { path: { id } } })).data,
    });
  }
  list.push({ name: "extend-ai", call: () => official.workflowRuns.retrieve(id) });
  return list;
}

async function measure(list, { rounds, calls }) {
  for (const { name, call } of list) {
    const run = await call();
    if (!run || typeof run.id !== "string") throw new Error(`${name} did not return a run`);
  }
  const samples = await interleave(
    list.map(({ name, call }) => ({ name, run: () => microsPerCall(call, calls) })),
    rounds,
  );
  return new Map([...samples].map(([name, values]) => [name, median(values)]));
}

/** @param {{ quick: boolean, docrun: any }} context */
export async function overhead({ quick, docrun }) {
  const IN_PROCESS = quick ? { rounds: 3, calls: 50 } : { rounds: 10, calls: 500 };
  const LOOPBACK = quick ? { rounds: 3, calls: 20 } : { rounds: 10, calls: 150 };
  const emulator = await startEmulator({
    provider: "extend",
    seed: { runs: 20, seed: 1 },
    requestLogLimit: 100,
  });
  try {
    const probe = await fetch(`${emulator.url}/workflow_runs?maxPageSize=1`, { headers: HEADERS });
    const run = (await probe.json()).data[0];
    const full = await (await fetch(`${emulator.url}/workflow_runs/${run.id}`, { headers: HEADERS })).json();
    const extend = docrun.extend;
    // Loopback first: its connections stay busy, so no idle keep-alive socket is closed under a call.
    const loopback = await measure(
      contenders({ baseUrl: emulator.url, fetchFn: (...a) => fetch(...a), id: run.id, docrun: extend }),
      LOOPBACK,
    );
    const memory = await measure(
      contenders({
        baseUrl: "https://api.extend.ai",
        fetchFn: inProcessFetch(full),
        id: run.id,
        docrun: extend,
      }),
      IN_PROCESS,
    );
    const base = (m) => m.get("openapi-fetch");
    const docrunNames = [...memory.keys()].filter((n) => n.startsWith("docrun"));
    const worst = (m) => Math.max(...docrunNames.map((n) => m.get(n) / base(m)));
    const vsOfficial = (m) => Math.min(...docrunNames.map((n) => m.get("extend-ai") / m.get(n)));
    // Budgets of issue 17: loopback 1.05×, in process 1.25×, extend-ai at least 1.8× docrun in process.
    const within = worst(memory) <= IN_PROCESS_BUDGET && worst(loopback) <= LOOPBACK_BUDGET;
    const faster = vsOfficial(memory) >= OFFICIAL_BUDGET;
    const rows = [...memory.keys()].map((name) => [
      name,
      fmt(memory.get(name), 1),
      times(memory.get(name) / base(memory)),
      fmt(loopback.get(name), 1),
      times(loopback.get(name) / base(loopback)),
    ]);
    return {
      id: "overhead",
      title: "1. Per-request overhead",
      goal: `docrun within ${LOOPBACK_BUDGET}× of openapi-fetch on loopback HTTP and ${IN_PROCESS_BUDGET}× in process; extend-ai at least ${OFFICIAL_BUDGET}× docrun's time in process`,
      met: within && faster,
      verdict: `docrun's slower call takes ${times(worst(memory))} openapi-fetch's time in process (${times(worst(loopback))} on loopback); extend-ai takes ${times(vsOfficial(memory))} as long as docrun in process (${times(vsOfficial(loopback))} on loopback)`,
      method: `\`GET /workflow_runs/{id}\` (one ${Math.round(JSON.stringify(full).length / 100) / 10} kB run), sequential awaits; medians of ${IN_PROCESS.rounds} in-process rounds of ${IN_PROCESS.calls} calls and ${LOOPBACK.rounds} loopback rounds of ${LOOPBACK.calls} calls, contenders interleaved per round. In process: a \`fetch\` that answers at once from memory. Loopback: the Extend emulator on 127.0.0.1 in the same process (its own cost is included for everyone).`,
      notes: extend.create
        ? []
        : [
            `@docrun/extend was not available (${extend.missing}); the docrun row is core's createApiClient().api, which every provider client is built on.`,
          ],
      table: {
        headers: [
          "client",
          "in-process µs/request",
          "× openapi-fetch",
          "loopback µs/request",
          "× openapi-fetch",
        ],
        rows,
      },
      chart: [
        ...docrunNames.map((n) => ({
          label: `${n} ÷ openapi-fetch (in process)`,
          value: memory.get(n) / base(memory),
          goal: IN_PROCESS_BUDGET,
          unit: "×",
        })),
        ...docrunNames.map((n) => ({
          label: `${n} ÷ openapi-fetch (loopback)`,
          value: loopback.get(n) / base(loopback),
          goal: LOOPBACK_BUDGET,
          unit: "×",
        })),
        {
          label: "extend-ai ÷ docrun (in process)",
          value: vsOfficial(memory),
          goal: OFFICIAL_BUDGET,
          unit: "×",
          higherIsBetter: true,
        },
      ],
    };
  } finally {
    await emulator.close();
  }
}
