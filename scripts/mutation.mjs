#!/usr/bin/env node
// `pnpm mutation`: StrykerJS over @docrun/core (stryker.config.mjs), then the score summary.
//
//   pnpm mutation                       # every core source file; rewrites docs/mutation-report.md
//   pnpm mutation --mutate "packages/core/src/pagination/*.ts"
//                                       # one group (test files are never mutated); prints its
//                                       # table and keeps its report in reports/mutation/groups/
//   pnpm mutation --summary-from-groups # docs/mutation-report.md from the group reports
//
// Any other argument goes to `stryker run` (e.g. `--force` to ignore the incremental file,
// `--concurrency 1`). DOCRUN_MUTATION_TESTS narrows the tests run (see vitest.mutation.config.ts).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mutationScores, mutationSummaryMarkdown } from "./lib/mutation-summary.mjs";

const root = new URL("..", import.meta.url);
const reports = new URL("reports/mutation/", root);
const groups = new URL("groups/", reports);
const summaryFile = new URL("docs/mutation-report.md", root);
const args = process.argv.slice(2).filter((arg) => arg !== "--");

function printScores(report) {
  const { rows, total } = mutationScores(report);
  for (const r of [...rows, total])
    console.log(
      `${r.score.toFixed(1).padStart(6)} %  ${String(r.survived + r.noCoverage).padStart(3)} missed  ${r.file}`,
    );
}

if (args.includes("--summary-from-groups")) {
  // Group reports are merged mutant by mutant, in the order they were written: a later run (a
  // rerun of a group, or of a few lines with `--mutate file.ts:10-20`) wins for what it tested.
  const names = readdirSync(groups)
    .filter((name) => name.endsWith(".json"))
    .sort();
  const files = {};
  for (const name of names)
    for (const [file, { mutants }] of Object.entries(
      JSON.parse(readFileSync(new URL(name, groups), "utf8")).files,
    )) {
      const merged = (files[file] ??= new Map());
      for (const m of mutants)
        merged.set(
          `${m.location.start.line}:${m.location.start.column}:${m.mutatorName}:${m.replacement}`,
          m,
        );
    }
  const report = {
    files: Object.fromEntries(
      Object.entries(files).map(([file, merged]) => [file, { mutants: [...merged.values()] }]),
    ),
  };
  printScores(report);
  writeFileSync(summaryFile, mutationSummaryMarkdown(report, { source: "groups" }));
  console.log("wrote docs/mutation-report.md");
  process.exit(0);
}

const at = args.findIndex((arg) => arg === "--mutate" || arg === "-m");
const partial = at >= 0;
if (partial) {
  // A group keeps its own incremental file: the committed one describes full runs only.
  const group = args[at + 1].replace(/packages\/core\/src\//g, "").replace(/[^\w.-]+/g, "_");
  if (!args.includes("--incrementalFile"))
    args.push("--incrementalFile", `reports/mutation/incremental-${group}.json`);
  args[at + 1] = `${args[at + 1]},!packages/core/src/**/*.test.ts,!packages/core/src/**/*.test-d.ts`;
}

const started = Date.now();
const run = spawnSync("pnpm", ["exec", "stryker", "run", ...args], { cwd: root, stdio: "inherit" });
const durationSeconds = (Date.now() - started) / 1000;
if (run.status !== 0) process.exit(run.status ?? 1);

const json = readFileSync(new URL("mutation.json", reports), "utf8");
const report = JSON.parse(json);
printScores(report);
console.log(`mutation run took ${Math.round(durationSeconds)} s`);
if (partial) {
  mkdirSync(groups, { recursive: true });
  const name = Object.keys(report.files)
    .sort()
    .join("+")
    .replace(/packages\/core\/src\//g, "")
    .replace(/[^\w.+-]+/g, "_");
  writeFileSync(new URL(`${new Date().toISOString().replace(/\W/g, "")}-${name}.json`, groups), json);
} else {
  const command = ["pnpm mutation", ...args].join(" ");
  writeFileSync(summaryFile, mutationSummaryMarkdown(report, { durationSeconds, command }));
  console.log("wrote docs/mutation-report.md");
}
