// The hardening project promises its tests run under `--unhandled-rejections=strict`
// (tests/hardening/vitest.config.ts): this is where that promise is checked, flag and effect.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("the hardening suite runs under --unhandled-rejections=strict", () => {
  it("the worker running these tests was started with the flag", () => {
    expect(process.execArgv).toContain("--unhandled-rejections=strict");
  });

  it("under that flag a stray rejection ends a process even when a handler is installed", () => {
    const script =
      "process.on('unhandledRejection', () => {}); Promise.reject(new Error('stray')); setTimeout(() => console.log('alive'), 50);";
    const flags = process.execArgv.filter((flag) => flag.startsWith("--unhandled-rejections"));
    const strict = spawnSync(process.execPath, [...flags, "-e", script], { encoding: "utf8" });
    const lax = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(lax.stdout).toContain("alive"); // the same script lives without it
    expect(strict.status).not.toBe(0);
    expect(strict.stdout).not.toContain("alive");
  });
});
