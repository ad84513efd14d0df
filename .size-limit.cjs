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
// runMany (bulk runs, issue 19) added about 1.7–1.9 kB to each line: it is a method on every client
// object, so a one-call program carries it whether it calls it or not.
const CORE_GUARD = "8.0 kB";
const ONE_CALL_GUARD = { anyformat: "12.2 kB", extend: "11.9 kB", retab: "13.1 kB" };

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
