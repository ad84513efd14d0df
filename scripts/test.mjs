#!/usr/bin/env node
// `pnpm test`: every check CI relies on, in order, ending with the one line CI reads:
// `N passed, N failed`. Checks before vitest (drift, formatting, build, types, package lint)
// count as one test each, so a red check can never hide behind a green vitest summary.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureBrowser } from "./lib/browser.mjs";
import { pathWithPnpmShim, runningPnpm } from "./turbo.mjs";

const root = new URL("..", import.meta.url).pathname;
const resultFile = join(root, ".tmp", "vitest-results.json");
const extraArgs = process.argv.slice(2);
// Every child (turbo included) runs the pnpm that started this script, whatever PATH holds.
const childEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };
childEnv.PATH = pathWithPnpmShim(runningPnpm(childEnv), childEnv);

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const skips = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: childEnv,
  });
  const ok = result.status === 0;
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
  return ok;
}

run("generated code matches specs", "node", ["scripts/generate.mjs", "--check"]);
run("prettier", "pnpm", ["exec", "prettier", "--check", "."]);
const turbo = (task) => ["scripts/turbo.mjs", "run", task, "--output-logs=errors-only"];
const built = run("build", "node", turbo("build"));
if (built) {
  run("typecheck", "node", turbo("typecheck"));
  run("typecheck tests/, scripts/, bench/", "pnpm", ["exec", "tsc", "-p", "tsconfig.json"]);
  run("a changeset for every changed package", "node", ["scripts/changeset-required.mjs"]);
  run("spec changes carry the bump they need", "node", ["scripts/spec-bump-check.mjs"]);
  run("package lint (publint, attw)", "node", turbo("lint"));

  // The real-browser suite needs Chromium: found where people keep it, or installed where the
  // machine allows (root with apt-get); otherwise skipped with a hint, except under CI.
  const browser = ensureBrowser({ ci: process.env.CI === "true", log: (line) => console.log(`\n▶ ${line}`) });
  const vitestEnv = { ...childEnv };
  const browserArgs = [];
  if (browser.action === "use") {
    console.log(`\n▶ browser suite: ${browser.path} (from ${browser.from})`);
    vitestEnv.DOCRUN_CHROMIUM = browser.path;
  } else if (browser.action === "skip") {
    console.log(`\n▶ ${browser.hint}`);
    browserArgs.push("--exclude", "**/browser.test.ts");
    skipped += 1;
    skips.push("the real-browser suite (no Chromium)");
  } else {
    failed += 1;
    failures.push(`browser suite: ${browser.reason} (CI never skips it)`);
  }

  mkdirSync(join(root, ".tmp"), { recursive: true });
  rmSync(resultFile, { force: true });
  const vitest = spawnSync(
    "pnpm",
    [
      "exec",
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${resultFile}`,
      ...browserArgs,
      ...extraArgs,
    ],
    { cwd: root, stdio: "inherit", env: vitestEnv },
  );
  try {
    const report = JSON.parse(readFileSync(resultFile, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A suite that fails to load (syntax error, failed import) has no tests to count: count it.
    for (const suite of report.testResults) {
      if (suite.status === "failed" && suite.assertionResults.length === 0) {
        failed += 1;
        failures.push(`suite ${suite.name}`);
      }
    }
    if (report.numFailedTests > 0) failures.push(`${report.numFailedTests} vitest test(s)`);
  } catch {
    failed += 1;
    failures.push(`vitest produced no report (exit ${vitest.status})`);
  }
  if (vitest.status !== 0 && !failures.some((f) => f.includes("vitest"))) {
    failed += 1;
    failures.push(`vitest exited ${vitest.status}`);
  }
} else {
  failed += 1;
  failures.push("tests not run: the build failed");
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join("; ")}`);
if (skips.length > 0) console.log(`Skipped: ${skips.join("; ")}`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
