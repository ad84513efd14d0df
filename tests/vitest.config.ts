import { defineProject } from "vitest/config";

// Cross-package tests: core mechanisms over real loopback HTTP against the emulator, hardening,
// the real-browser test, the demo and the quick bench. Packages are imported from their built
// `dist/` through the workspace, exactly as a user would import them.
export default defineProject({
  test: {
    name: "integration",
    include: ["**/*.test.ts"],
    // The hardening suite is its own project (tests/hardening/vitest.config.ts).
    exclude: ["hardening/**", "**/node_modules/**"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
