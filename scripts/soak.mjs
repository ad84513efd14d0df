#!/usr/bin/env node
// `pnpm soak`: the fault soak of tests/hardening/soak.test.ts at release scale. Same test, same
// assertions, bigger numbers: 100,000 runs listed and 1,000 runs created and waited for per
// provider, with a real one-second Retry-After on injected 429s. Prints the counts (requests,
// retries, resets survived) per provider and exits non-zero on any failure.
//
//   pnpm soak                               # 100,000 items, 1,000 runs, Retry-After 1 s
//   pnpm soak -- --items 20000 --runs 300   # smaller
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    items: { type: "string", default: "100000" },
    runs: { type: "string", default: "1000" },
    "retry-after": { type: "string", default: "1" },
  },
});
for (const [name, value] of Object.entries(values))
  if (!/^\d+$/.test(value)) {
    console.error(`--${name} must be a whole number (got ${value})`);
    process.exit(2);
  }

const root = new URL("..", import.meta.url).pathname;
console.log(
  `soak: ${values.items} items, ${values.runs} runs per provider, Retry-After ${values["retry-after"]} s`,
);
const result = spawnSync(
  "pnpm",
  ["exec", "vitest", "run", "--project", "hardening", "tests/hardening/soak.test.ts", "--reporter=verbose"],
  {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      DOCRUN_SOAK_ITEMS: values.items,
      DOCRUN_SOAK_RUNS: values.runs,
      DOCRUN_SOAK_RETRY_AFTER: values["retry-after"],
    },
  },
);
process.exit(result.status ?? 1);
