import { defineProject } from "vitest/config";

// The hardening suite: hostile servers, forged webhooks and odd input over real loopback HTTP.
// Its workers run with `--unhandled-rejections=strict`, as a careful user's process does, so a
// stray rejection the SDK leaves behind fails the run instead of passing unnoticed
// (`strict-mode.test.ts` checks the flag really reaches the tests).
export default defineProject({
  test: {
    name: "hardening",
    include: ["**/*.test.ts"],
    execArgv: ["--unhandled-rejections=strict"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
