// Size budgets, min+gzip (`pnpm size`; checked by scripts/test/size-limit.test.ts):
//  - @docrun/core as each provider uses it (openapi-fetch not counted): ≤ 3 kB
//  - a one-call program per provider (create the client, list once), with core and
//    openapi-fetch bundled: ≤ 6 kB
const { coreImportsOf } = require("./scripts/size/core-imports.cjs");

const PROVIDERS = ["anyformat", "extend", "retab"];

module.exports = [
  ...PROVIDERS.map((provider) => ({
    name: `@docrun/core as @docrun/${provider} uses it`,
    path: "packages/core/dist/index.js",
    import: `{ ${coreImportsOf(__dirname, provider).join(", ") || "createApiClient"} }`,
    // Core's own code: openapi-fetch is counted in the provider programs below.
    ignore: ["openapi-fetch"],
    limit: "3 kB",
    gzip: true,
  })),
  ...PROVIDERS.map((provider) => ({
    name: `one @docrun/${provider} call (client + one list), core and openapi-fetch included`,
    path: `scripts/size/${provider}-one-call.mjs`,
    limit: "6 kB",
    gzip: true,
  })),
];
