#!/usr/bin/env node
// `pnpm test`: every check CI relies on, in order, ending with the one line CI reads:
// `N passed, N failed`. Checks before vitest (drift, formatting, build, types, package lint)
// count as one test each, so a red check can never hide behind a green vitest summary.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const resultFile = join(root, ".tmp", "vitest-results.json");
const extraArgs = process.argv.slice(2);

let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
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
const built = run("build", "pnpm", ["exec", "turbo", "run", "build", "--output-logs=errors-only"]);
if (built) {
  run("typecheck", "pnpm", ["exec", "turbo", "run", "typecheck", "--output-logs=errors-only"]);
  run("typecheck tests/, scripts/, bench/", "pnpm", ["exec", "tsc", "-p", "tsconfig.json"]);
  run("a changeset for every changed package", "node", ["scripts/changeset-required.mjs"]);
  run("spec changes carry the bump they need", "node", ["scripts/spec-bump-check.mjs"]);
  run("package lint (publint, attw)", "pnpm", ["exec", "turbo", "run", "lint", "--output-logs=errors-only"]);

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
      ...extraArgs,
    ],
    { cwd: root, stdio: "inherit" },
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
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
