// Question 5: what a one-call program costs in the bundle: esbuild, minified, gzipped.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { fmt } from "../lib/stats.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const KB = 1000;

/** One program per contender: construct the client and make one call, as an app would. */
const PROGRAMS = [
  {
    name: "@docrun/anyformat",
    provider: "anyformat",
    code: `import { createAnyformatClient } from "@docrun/anyformat";
for await (const run of createAnyformatClient().workflows.listRuns("wf")) console.log(run.id);`,
  },
  {
    name: "@docrun/extend",
    provider: "extend",
    code: `import { createExtendClient } from "@docrun/extend";
for await (const run of createExtendClient().workflowRuns.list()) console.log(run.id);`,
  },
  {
    name: "@docrun/retab",
    provider: "retab",
    code: `import { createRetabClient } from "@docrun/retab";
for await (const run of createRetabClient().workflowRuns.list()) console.log(run.id);`,
  },
  {
    // Context, not judged: the same Extend call built straight on core's exports, with nothing
    // of the client object. No bundler can shake a program smaller than this without core itself
    // shrinking, so it is the floor that tree-shakable per-operation functions would reach.
    name: "floor: the Extend call on core alone (context)",
    context: true,
    code: `import { createApiClient, paginateToken, requestOptions, unwrapWithResponse } from "@docrun/core";
import { extendDescriptor } from "@docrun/extend";
const { api, unwrap } = createApiClient(extendDescriptor);
const runs = paginateToken({
  async fetchPage(nextPageToken, o) {
    const query = nextPageToken ? { nextPageToken } : {};
    const { data, response } = await unwrapWithResponse(api.GET("/workflow_runs", { params: { query }, ...requestOptions(o) }), unwrap);
    return { items: data.data, nextToken: data.nextPageToken, response };
  },
});
for await (const run of runs) console.log(run.id);`,
  },
  {
    name: "openapi-fetch alone",
    code: `import createClient from "openapi-fetch";
const api = createClient({ baseUrl: "https://api.example.com" });
console.log((await api.GET("/workflow_runs", {})).data);`,
  },
  {
    name: "extend-ai (own code; its 6 dependencies left external)",
    platform: "node",
    external: ["form-data", "formdata-node", "node-fetch", "readable-stream", "form-data-encoder", "zod"],
    code: `import { ExtendClient } from "extend-ai";
console.log(await new ExtendClient({ token: "k" }).workflowRuns.list());`,
  },
  {
    name: "extend-ai (with its dependencies)",
    platform: "node",
    code: `import { ExtendClient } from "extend-ai";
console.log(await new ExtendClient({ token: "k" }).workflowRuns.list());`,
  },
];

// Issue 17's budget: under the smallest official SDK (anyformat-ai, 8.4 kB min+gzip).
const BUDGET_KB = 8;

async function bundle({ code, platform = "browser", external = [] }) {
  const result = await build({
    stdin: { contents: code, resolveDir: ROOT, sourcefile: "program.mjs", loader: "js" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    target: "es2022",
    platform,
    external,
    logLevel: "silent",
    legalComments: "none",
    metafile: true,
  });
  const bytes = result.outputFiles[0].contents;
  // Where the minified bytes come from, by package.
  const byPackage = {};
  for (const output of Object.values(result.metafile.outputs))
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(input);
      byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
    }
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, byPackage };
}

function packageOf(input) {
  const workspace = /packages\/(core|anyformat|extend|retab)\//.exec(input);
  if (workspace) return `@docrun/${workspace[1]}`;
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input);
  return dependency ? dependency[1] : "program";
}

const breakdown = (byPackage) =>
  Object.entries(byPackage)
    .filter(([name, bytes]) => name !== "program" && bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, bytes]) => `${name} ${fmt(bytes / KB, 1)}`)
    .join(", ");

/** @param {{ quick: boolean, docrun: any }} context */
export async function size({ docrun }) {
  const rows = [];
  const chart = [];
  let met = true;
  let measured = 0;
  for (const program of PROGRAMS) {
    const sdk = program.provider && docrun[program.provider];
    if (sdk && !sdk.create) {
      rows.push([program.name, "–", "–", `not measured: ${sdk.missing}`, ""]);
      met = false;
      continue;
    }
    try {
      const { min, gzip, byPackage } = await bundle(program);
      const budget =
        program.provider || program.context
          ? gzip <= BUDGET_KB * KB
            ? `within ${BUDGET_KB} kB`
            : `over ${BUDGET_KB} kB`
          : "";
      rows.push([program.name, fmt(min / KB, 1), fmt(gzip / KB, 1), budget, breakdown(byPackage)]);
      if (program.provider) {
        measured++;
        met &&= gzip <= BUDGET_KB * KB;
        chart.push({
          label: `${program.name} one-call program, min+gz`,
          value: gzip / KB,
          goal: BUDGET_KB,
          unit: " kB",
        });
      }
    } catch (error) {
      rows.push([program.name, "–", "–", `does not bundle: ${String(error.message).split("\n")[0]}`, ""]);
      if (program.provider) met = false;
    }
  }
  rows.push(["anyformat-ai (Stainless)", "–", "–", "not installable from this project's registry", ""]);
  rows.push(["@retab/node", "–", "–", "not installable from this project's registry", ""]);
  return {
    id: "size",
    title: "5. Size",
    goal: `a one-call program per provider at most ${BUDGET_KB} kB minified and gzipped (core and openapi-fetch included), smaller than the smallest official SDK (anyformat-ai, 8.4 kB)`,
    met: measured ? met : null,
    verdict: `${measured} of 3 provider programs measured; ${met ? "all" : "not all"} within ${BUDGET_KB} kB`,
    method:
      "Each program constructs a client and makes one list call; esbuild 0.28 bundles it (ESM, minified, es2022; `platform: browser` for docrun and openapi-fetch, `node` for extend-ai, which imports Node built-ins), gzip level 9. The official `anyformat-ai` and `@retab/node` do not install here, so they are not measured.",
    notes: [],
    table: {
      headers: ["program", "minified kB", "min+gzip kB", "budget", "largest parts, minified kB"],
      rows,
    },
    chart,
  };
}
