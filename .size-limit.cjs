// Size checks, min+gzip (`pnpm size`; run by scripts/test/size-limit.test.ts).
//
// The product budgets are: @docrun/core as each provider uses it ≤ 3 kB, and a one-call program
// per provider (create the client, list once; core and openapi-fetch bundled) ≤ 6 kB. They are
// NOT met today (core ≈ 6.7–7.3 kB, one-call programs ≈ 10.7–12.4 kB: see packages/core/README.md
// "Size" for what each feature costs, and bench/results.md; the hostile-server hardening of issue
// 14 (key registry and iterative scrubber, Node fetch guard, redirect rules, and for Retab the
// server-target check) added ≈ 1.1–1.5 kB of that). The limits below are therefore
// growth guards set a few percent above what the code measures now, so that nothing grows
// unnoticed; `pnpm bench` reports the product budgets as met / not met. Its "floor" row (one list
// call written straight on core's exports, nothing of a client object) is 6.9 kB: per-operation
// tree-shakable functions could not meet 6 kB either without core itself losing features.
const { coreImportsOf } = require("./scripts/size/core-imports.cjs");

const PROVIDERS = ["anyformat", "extend", "retab"];
// Growth guards (about 0.5 kB over what was measured on 2026-12-02, after issues 14, 17, 18 and 19
// landed together): core as a provider uses it 12.4–13.0 kB, one-call programs 16.9–18.7 kB. That
// is far over the 8 kB product budget (bench Q5): runMany, the duration model and the listing and
// transport guards are on every client object, so a one-call program carries them all.
// Raised the same day by the end of issue 19 (rate-limit pacing in every client's transport,
// ≈ 0.3 kB, and runMany's lost-create lookup: intent records, tag finder, provider listing hooks,
// ≈ 0.4 kB).
const CORE_GUARD = "14.1 kB";
// Retab's client object carries all 145 generated operations since issue 15 (24.7 kB); one call
// through a single generated resource (`createRetabContext` + `createWorkflows`) is 12.3 kB and
// stays there however many operations the spec gains: that is the form whose size is guarded
// against coverage growth.
// Extend's likewise carries all 109 operations of extend-ai since issue 16 (23.5 kB); its
// one-resource form (`createExtendContext` + `createWorkflowRuns`) is 14.8 kB however many
// operations the spec gains.
const ONE_CALL_GUARD = { anyformat: "18.6 kB", extend: "24.0 kB", retab: "26.0 kB" };
const MODULAR_GUARD = { extend: "15.3 kB", retab: "13.1 kB" };

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
  ...Object.entries(MODULAR_GUARD).map(([provider, limit]) => ({
    name: `one @docrun/${provider} call through one generated resource, core and openapi-fetch included`,
    path: `scripts/size/${provider}-modular-one-call.mjs`,
    limit,
    gzip: true,
  })),
];
