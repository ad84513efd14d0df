#!/usr/bin/env node
// `pnpm bench`: answers seven questions about docrun's cost side by side with raw fetch,
// openapi-fetch and the official extend-ai client, and writes bench/results.md and results.svg.
//   --quick         every question at tiny sizes (seconds; for the test suite, numbers meaningless)
//   --out <file>    where to write the Markdown (the SVG goes beside it, same name, .svg)
//   --only <ids>    comma-separated: overhead,pagination,waiting,abort,size,generate,bulk
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureBuilt } from "../scripts/demo/ensure-built.mjs";
import { renderChart } from "./lib/chart.mjs";
import { describeMachine } from "./lib/machine.mjs";
import { renderMarkdown } from "./lib/report.mjs";

// Heap growth needs a forced gc: re-run this script with --expose-gc when it is missing.
if (typeof globalThis.gc !== "function") {
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: "inherit",
    },
  );
  process.exit(child.status ?? 1);
}

if (!ensureBuilt((text) => console.error(`bench: ${text}`))) process.exit(1);
// Imported only now: they import the workspace packages, which exist once the build has run.
const { loadDocrun } = await import("./lib/sdks.mjs");
const { overhead } = await import("./questions/q1-overhead.mjs");
const { pagination } = await import("./questions/q2-pagination.mjs");
const { waiting } = await import("./questions/q3-waiting.mjs");
const { abort } = await import("./questions/q4-abort.mjs");
const { size } = await import("./questions/q5-size.mjs");
const { generate } = await import("./questions/q6-generate.mjs");
const { bulk } = await import("./questions/q7-bulk.mjs");

const QUESTIONS = [
  ["overhead", "1. Per-request overhead", overhead],
  ["pagination", "2. Pagination at scale", pagination],
  ["waiting", "3. Waiting for runs", waiting],
  ["abort", "4. Abort", abort],
  ["size", "5. Size", size],
  ["generate", "6. Generation and type-checking", generate],
  ["bulk", "7. Bulk runs at a rate limit", bulk],
];

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    out: { type: "string" },
    only: { type: "string" },
  },
});
const quick = values.quick;
const outFile = resolve(values.out ?? fileURLToPath(new URL("results.md", import.meta.url)));
const svgFile = outFile.replace(/\.md$/, "") + ".svg";
const only = values.only ? new Set(values.only.split(",")) : null;

const machine = describeMachine();
const docrun = await loadDocrun();
for (const [provider, { missing }] of Object.entries(docrun))
  if (missing) console.error(`bench: ${provider}: ${missing} (its rows say so)`);

const started = performance.now();
const results = [];
for (const [id, title, question] of QUESTIONS) {
  if (only && !only.has(id)) continue;
  const t = performance.now();
  console.error(`bench: ${title}${quick ? " (quick)" : ""} …`);
  try {
    results.push(await question({ quick, docrun }));
  } catch (error) {
    results.push({
      id,
      title,
      goal: "–",
      met: null,
      verdict: "did not run",
      method: "–",
      error: String(error?.stack ?? error)
        .split("\n")
        .slice(0, 3)
        .join(" "),
    });
    process.exitCode = 1;
  }
  const last = results.at(-1);
  console.error(
    `bench: ${title}: ${last.met === true ? "met" : last.met === false ? "not met" : "not judged"} — ${last.verdict} (${((performance.now() - t) / 1000).toFixed(1)} s)`,
  );
}
const seconds = (performance.now() - started) / 1000;

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, renderMarkdown({ machine, quick, seconds, results, chartFile: basename(svgFile) }));
writeFileSync(
  svgFile,
  renderChart(
    results.flatMap((r) => r.chart ?? []),
    `${machine.cpu}, ${machine.cores} cores · Node ${machine.node} · ${machine.date}${quick ? " · quick run" : ""}`,
  ),
);
console.error(`bench: wrote ${outFile} and ${svgFile} in ${seconds.toFixed(1)} s`);
// extend-ai leaves timers behind after an abort (its 300 s request timeout keeps running), which
// would hold this process open for minutes; everything of ours is closed, so leave now.
process.exit();
