// Mutation testing of @docrun/core (`pnpm mutation`): every mutant of core's source must be caught
// by core's unit tests or the loopback suites in tests/core and tests/hardening. The vitest config
// below runs exactly those, with `@docrun/core` resolved to the (mutated) source.
// One file or folder at a time: `pnpm mutation --mutate packages/core/src/pagination/*.ts`.
import { createRequire } from "node:module";

// pnpm keeps packages apart, so Stryker cannot discover its runner by scanning: name it.
const runner = createRequire(import.meta.url).resolve("@stryker-mutator/vitest-runner");

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  plugins: [runner],
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: [
    "packages/core/src/**/*.ts",
    "!packages/core/src/**/*.test.ts",
    "!packages/core/src/**/*.test-d.ts",
  ],
  // The machine's cores are shared: two test processes at most.
  concurrency: 2,
  // A mutant that turns a retry or poll loop endless is a timeout (counted as caught), not a hang.
  timeoutMS: 15_000,
  timeoutFactor: 2,
  // Reruns only test mutants whose code or covering tests changed since the committed result.
  incremental: true,
  incrementalFile: "mutation/stryker-incremental.json",
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  ignorePatterns: ["bench/.work", "reports", "mutation", "coverage", ".turbo"],
  thresholds: { high: 90, low: 80, break: null },
};
