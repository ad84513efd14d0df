import { defineConfig } from "vitest/config";

// One vitest run covers every package; each package is a project so its tests run with its own
// name in the report. Type tests (`*.test-d.ts`) are checked by vitest's typecheck mode.
export default defineConfig({
  test: {
    projects: ["packages/*", "tests", "tests/hardening", "scripts"],
  },
});
