// Per-request overhead of core's client over bare openapi-fetch, both answered by an in-process
// fetch (no network), measured in interleaved rounds; prints medians. Run after `pnpm build`:
//   node packages/core/scripts/overhead.mjs [rounds] [callsPerRound]
import createClient from "openapi-fetch";
import { createApiClient, parseErrorEnvelope } from "../dist/index.js";

const rounds = Number(process.argv[2] ?? 200);
const calls = Number(process.argv[3] ?? 200);
const fetch = async () => new Response('{"ok":true}', { headers: { "content-type": "application/json" } });
const baseUrl = "https://api.test";
const bare = createClient({ baseUrl, fetch });
const provider = {
  name: "Bench",
  apiKeyEnv: "BENCH_API_KEY",
  baseUrlEnv: "BENCH_BASE_URL",
  defaultBaseUrl: baseUrl,
  parseError: parseErrorEnvelope,
};
const { api: core } = createApiClient(provider, { apiKey: "sk_bench_0123456789", baseUrl, fetch });

async function time(client) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) {
    const { data } = await client.GET("/x");
    if (!data.ok) throw new Error("bad data");
  }
  return Number(process.hrtime.bigint() - start) / calls / 1000; // µs per call
}

// Short rounds, alternating which goes first; the median of per-round differences resists the
// noise of a busy machine better than the difference of two medians.
const samples = { bare: [], core: [], diff: [] };
for (let r = 0; r < rounds + 20; r++) {
  const first = r % 2 ? bare : core;
  const a = await time(first);
  const b = await time(first == bare ? core : bare);
  if (r < 20) continue; // the first rounds warm the JIT
  const [tb, tc] = first == bare ? [a, b] : [b, a];
  samples.bare.push(tb);
  samples.core.push(tc);
  samples.diff.push(tc - tb);
}
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const b = median(samples.bare);
const c = median(samples.core);
const d = median(samples.diff);
console.log(
  `bare openapi-fetch ${b.toFixed(1)} µs/call, through core ${c.toFixed(1)} µs/call: ` +
    `overhead ${d.toFixed(1)} µs per call (${(c / b).toFixed(2)}×)`,
);
