import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SCRIPT = fileURLToPath(new URL("../release-e2e.mjs", import.meta.url));

function runReleaseRehearsal(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    // The packages were built by `pnpm test` before vitest runs; the rehearsal packs those.
    execFile(
      process.execPath,
      [SCRIPT, "--skip-build"],
      { timeout: 480_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : null) : 0,
          output: `${stdout}${stderr}`,
        });
      },
    );
  });
}

describe("release rehearsal through a local registry (pnpm test:release)", () => {
  it("publishes, installs each provider alone, runs it against the emulator, upgrades one package, and stops the registry", async () => {
    const { code, output } = await runReleaseRehearsal();
    expect(output).toContain("release e2e passed");
    expect(code).toBe(0);
    for (const provider of ["anyformat", "extend", "retab"]) {
      const installed = [
        "@docrun/core",
        `@docrun/${provider}`,
        "openapi-fetch",
        "openapi-typescript-helpers",
      ].sort();
      expect(output).toContain(`installed ${installed.join(", ")}; ran: {"provider":"${provider}","items":3`);
    }
    expect(output).toMatch(/@docrun\/extend 0\.\d+\.\d+ → 0\.\d+\.\d+/);

    const registryUrl = /registry (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
    expect(registryUrl).toBeDefined();
    // Nothing is left listening where the registry was.
    await expect(fetch(`${registryUrl}-/ping`, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
  }, 540_000);
});
