// The programs a user would write after `npm install @docrun/<provider>`: one per provider,
// type-checked against the published types and run against the published emulator.

/** What the release rehearsal needs to know about each provider package. */
export const PROVIDERS = [
  {
    provider: "anyformat",
    envPrefix: "ANYFORMAT",
    factory: "createAnyformatClient",
    listCall: "workflows.list()",
  },
  { provider: "extend", envPrefix: "EXTEND", factory: "createExtendClient", listCall: "workflowRuns.list()" },
  { provider: "retab", envPrefix: "RETAB", factory: "createRetabClient", listCall: "workflowRuns.list()" },
];

/**
 * A consumer program: builds the client from the environment (`<PREFIX>_API_KEY`,
 * `<PREFIX>_BASE_URL`), lists a few items through the SDK's paginator, reads a file with the
 * `./node` subpath's `fileFromPath`, and prints a JSON line the rehearsal checks.
 */
export function consumerSource({ factory, listCall, provider }) {
  return `import { ${factory} } from "@docrun/${provider}";
import { fileFromPath } from "@docrun/${provider}/node";

const client = ${factory}();
const items = await client.${listCall}.toArray({ limit: 3 });
// The Node-only subpath resolves and works from the published package too.
const file = await fileFromPath("package.json");
console.log(
  JSON.stringify({ provider: ${JSON.stringify(provider)}, items: items.length, firstId: items[0]?.id, fileRead: typeof file === "object" }),
);

// The published types are the spec's, not \`any\`: a path the spec lacks does not compile.
export const wrongPath = () =>
  // @ts-expect-error -- not a path of this API
  client.api.GET("/no-such-path-in-the-spec");
`;
}

/** tsconfig for the consumer under one module resolution ("node16" or "bundler"). */
export function consumerTsconfig(resolution, { emit }) {
  const node16 = resolution === "node16";
  return {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      module: node16 ? "Node16" : "ESNext",
      moduleResolution: node16 ? "Node16" : "Bundler",
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      // The published declarations are checked too: a broken .d.ts in a tarball fails here.
      skipLibCheck: false,
      types: [],
      ...(emit ? { outDir: "out", noEmit: false } : { noEmit: true }),
    },
    files: ["consumer.ts"],
  };
}
