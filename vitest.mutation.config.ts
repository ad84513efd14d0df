import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// The test run Stryker mutates against (`pnpm mutation`): core's unit tests plus the loopback
// integration (`tests/core`) and hardening (`tests/hardening`) suites. Those import `@docrun/core`
// (directly, or through the provider packages and the emulator) from its built `dist/`; the alias
// points every such import at core's source instead, so a mutant in `packages/core/src` is what
// every test runs against. No typecheck mode: a mutant is judged by behaviour only.
//
// DOCRUN_MUTATION_TESTS (comma-separated test files, from the repository root) narrows the run to
// those files, for a quick score of one source group against the tests written for it; the full
// suite can only kill more, so such a score is a lower bound.
const coreSource = fileURLToPath(new URL("./packages/core/src/index.ts", import.meta.url));
const only = process.env.DOCRUN_MUTATION_TESTS?.split(",").filter(Boolean);
const within = (folder: string, all: string[]) =>
  only ? only.filter((file) => file.startsWith(folder)).map((file) => file.slice(folder.length)) : all;

const project = (
  name: string,
  root: string,
  include: string[],
  test: object,
): TestProjectInlineConfiguration => ({
  resolve: { alias: { "@docrun/core": coreSource } },
  test: { name, root, include, ...test },
});

export default defineConfig({
  test: {
    projects: [
      project("core", "packages/core", within("packages/core/", ["src/**/*.test.ts"]), {
        testTimeout: 30_000,
        hookTimeout: 30_000,
      }),
      project("integration", "tests", within("tests/", ["core/**/*.test.ts", "hardening/**/*.test.ts"]), {
        testTimeout: 120_000,
        hookTimeout: 120_000,
        // The soak at a tenth of its default scale: enough to hit every fault kind many times,
        // small enough that rerunning it for each mutant it covers stays affordable.
        env: { DOCRUN_SOAK_ITEMS: "1000", DOCRUN_SOAK_RUNS: "40" },
      }),
    ].filter((p) => p.test!.include!.length > 0),
  },
});
