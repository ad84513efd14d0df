// Question 6: the maintainer's loop. `pnpm generate` for the three specs, and `tsc` for a consumer
// that calls every operation of a provider through its typed `.api`.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { fmt, median } from "../lib/stats.mjs";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSC = createRequire(import.meta.url).resolve("typescript/lib/tsc.js");
const PROVIDERS = [
  ["anyformat", "createAnyformatClient"],
  ["extend", "createExtendClient"],
  ["retab", "createRetabClient"],
];

/** `[method, path]` of every operation in a generated `paths` interface. */
export function operationsOf(schemaSource) {
  const start = schemaSource.indexOf("export interface paths {");
  const body = schemaSource.slice(start, schemaSource.indexOf("\n}\n", start));
  const operations = [];
  let path = null;
  for (const line of body.split("\n")) {
    const pathMatch = /^ {4}"(\/[^"]*)": \{/.exec(line);
    if (pathMatch) path = pathMatch[1];
    const methodMatch = /^ {8}(get|put|post|delete|patch): operations\[/.exec(line);
    if (path && methodMatch) operations.push([methodMatch[1].toUpperCase(), path]);
  }
  return operations;
}

/** A consumer that calls every operation once and reads its typed data. */
function consumerSource(provider, factory, operations) {
  const calls = operations.map(
    ([method, path], i) =>
      `  const r${i} = await client.api.${method}("${path}", {} as any);\n  use(r${i}.data, r${i}.error);`,
  );
  return `import { ${factory} } from "@docrun/${provider}";\n\ndeclare function use(...values: unknown[]): void;\n\nexport async function everyOperation(): Promise<void> {\n  const client = ${factory}({ apiKey: "k" });\n${calls.join("\n")}\n}\n`;
}

async function timeGenerate() {
  const root = mkdtempSync(join(tmpdir(), "docrun-bench-generate-"));
  try {
    cpSync(join(ROOT, "specs"), join(root, "specs"), { recursive: true });
    const start = performance.now();
    await run(process.execPath, [join(ROOT, "scripts", "generate.mjs"), "--root", root]);
    return performance.now() - start;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function timeTsc(dir) {
  const start = performance.now();
  const { stdout } = await run(
    process.execPath,
    [TSC, "-p", join(dir, "tsconfig.json"), "--extendedDiagnostics"],
    {
      maxBuffer: 16 * 2 ** 20,
    },
  ).catch((error) => {
    throw new Error(`tsc failed: ${(error.stdout || error.message).slice(0, 500)}`);
  });
  const wall = performance.now() - start;
  const read = (label) => Number((new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(stdout) ?? [])[1]);
  return {
    wall,
    totalS: read("Total time"),
    instantiations: read("Instantiations"),
    memoryKb: read("Memory used"),
  };
}

/** A consumer of one generated resource method: what most programs look like (issue 15: < 2 s). */
const oneCallSource = (provider, factory) =>
  `import { ${factory} } from "@docrun/${provider}";\n\nexport async function oneCall(): Promise<string[]> {\n  const client = ${factory}({ apiKey: "k" });\n  const items = await client.extractions.list({ limit: 10 }).toArray({ limit: 10 });\n  return items.map((item) => item.id);\n}\n`;

function consumerProject(provider, factory, operations, oneCall = false) {
  const dir = mkdtempSync(join(tmpdir(), `docrun-bench-tsc-${provider}-`));
  // The consumer resolves @docrun/<provider> (built dist/) through the workspace's node_modules.
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  mkdirSync(join(dir, "src"));
  writeFileSync(
    join(dir, "src", "consumer.ts"),
    oneCall ? oneCallSource(provider, factory) : consumerSource(provider, factory, operations),
  );
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2022", "DOM"],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      include: ["src"],
    }),
  );
  return dir;
}

/** @param {{ quick: boolean, docrun: any }} context */
export async function generate({ quick, docrun }) {
  const repeats = quick ? 1 : 5;
  const generateMs = [];
  for (let i = 0; i < repeats; i++) generateMs.push(await timeGenerate());
  const rows = [
    [
      "`pnpm generate` (3 specs; Retab's overlay, schema.ts, resources, reference)",
      "",
      fmt(median(generateMs)),
      "",
      "",
      "",
    ],
  ];
  const notes = [];
  // Every provider's full consumer, plus (full run) Extend with no call as the fixed cost of a program.
  const jobs = PROVIDERS.map(([provider, factory]) => ({
    provider,
    factory,
    label: `tsc: consumer of @docrun/${provider}`,
    all: true,
  }));
  jobs.push({
    provider: "retab",
    factory: "createRetabClient",
    label: "tsc: one-call consumer of @docrun/retab (all 145 operations generated)",
    all: false,
    oneCall: true,
  });
  if (!quick)
    jobs.push({
      provider: "extend",
      factory: "createExtendClient",
      label: "tsc: @docrun/extend imported, no call (baseline)",
      all: false,
    });
  for (const { provider, factory, label, all, oneCall } of jobs) {
    if (!docrun[provider].create) {
      rows.push([label, "–", "–", "–", "–", `not measured: ${docrun[provider].missing}`]);
      continue;
    }
    const schema = readFileSync(join(ROOT, "packages", provider, "src", "generated", "schema.ts"), "utf8");
    const operations = all ? operationsOf(schema) : [];
    const counted = oneCall ? "1" : String(operations.length);
    const dir = consumerProject(provider, factory, operations, oneCall);
    try {
      const samples = [];
      for (let i = 0; i < (quick ? 1 : 3); i++) samples.push(await timeTsc(dir));
      const last = samples.at(-1);
      rows.push([
        label,
        counted,
        fmt(median(samples.map((s) => s.wall))),
        fmt(median(samples.map((s) => s.totalS * 1000))),
        fmt(last.instantiations),
        fmt(last.memoryKb / 1024),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const full = rows.find((row) => row[0] === "tsc: consumer of @docrun/extend");
  const baseline = rows.find((row) => row[0].includes("no call (baseline)"));
  const number = (cell) => Number(String(cell).replace(/,/g, ""));
  if (full && baseline && Number.isFinite(number(full[4])) && Number.isFinite(number(baseline[4])))
    notes.push(
      `Extend: about ${fmt((number(full[4]) - number(baseline[4])) / number(full[1]))} type instantiations per typed call (published measurements suggest ≤ ~1.5k; openapi-fetch's own baseline is ~1.1k).`,
    );
  return {
    id: "generate",
    title: "6. Generation and type-checking",
    goal: "measured for the record (no budget in the issue); compare with published measurements of large openapi-typescript schemas: ~2–3.5 s for a 3.8 MB schema on TS 5.9",
    met: null,
    verdict: `\`pnpm generate\` takes ${fmt(median(generateMs))} ms for the three specs`,
    method: `\`node scripts/generate.mjs --root <temp copy of specs/>\` (the repo is not touched), median of ${repeats}. Type-checking: a temporary consumer per provider that calls every operation of its \`.api\` once (init cast to \`any\`, \`data\` and \`error\` read), \`tsc --noEmit --extendedDiagnostics\` with skipLibCheck, TypeScript 5.9, median of ${quick ? 1 : 3} wall times (process start included).`,
    notes,
    table: {
      headers: ["task", "operations", "wall ms", "tsc's own total ms", "instantiations", "memory MB"],
      rows,
    },
    chart: [],
  };
}
