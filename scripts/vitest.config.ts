import { defineProject } from "vitest/config";

// Tests of the repo tooling: spec lint and examples, generation drift, spec-bump check, release e2e.
export default defineProject({
  test: {
    name: "tooling",
    include: ["test/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
