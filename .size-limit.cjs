// Size checks, min+gzip (`pnpm size`; run by scripts/test/size-limit.test.ts).
//
// The product budgets are: @docrun/core as each provider uses it ≤ 3 kB, and a one-call program
// per provider (create the client, list once; core and openapi-fetch bundled) ≤ 6 kB. They are
// NOT met today (core ≈ 5.3–5.7 kB, one-call programs ≈ 9.4–10.6 kB: see packages/core/README.md
// "Size" for what each feature costs, and bench/results.md). The limits below are therefore
// growth guards set a few percent above what the code measures now, so that nothing grows
// unnoticed; `pnpm bench` reports the product budgets as met / not met. Its "floor" row (one list
// call written straight on core's exports, nothing of a client object) is 6.9 kB: per-operation
// tree-shakable functions could not meet 6 kB either without core itself losing features.
const { coreImportsOf } = require("./scripts/size/core-imports.cjs");

const PROVIDERS = ["anyformat", "extend", "retab"];
// Raised by issue 18 (debug log, connection cause codes, per-call maxRetries/headers/onResponse:
// about 0.3–0.5 kB): core measured 5.98–6.34 kB, one-call programs 10.06–11.19 kB.
const CORE_GUARD = "6.5 kB";
const ONE_CALL_GUARD = { anyformat: "10.6 kB", extend: "10.3 kB", retab: "11.4 kB" };

module.exports = [
  ...PROVIDERS.map((provider) => ({
    name: `@docrun/core as @docrun/${provider} uses it`,
    path: "packages/core/dist/index.js",
    import: `{ ${coreImportsOf(__dirname, provider).join(", ") || "createApiClient"} }`,
    // Core's own code: openapi-fetch is counted in the provider programs below.
    ignore: ["openapi-fetch"],
    limit: CORE_GUARD,
    gzip: true,
  })),
  ...PROVIDERS.map((provider) => ({
    name: `one @docrun/${provider} call (client + one list), core and openapi-fetch included`,
    path: `scripts/size/${provider}-one-call.mjs`,
    limit: ONE_CALL_GUARD[provider],
    gzip: true,
  })),
];
