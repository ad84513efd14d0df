// A fresh clone has no `dist/` (it is not committed), and `pnpm install` does not build. The demo
// and the bench import the packages as users do, from `dist/`, so build them once when missing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PACKAGES = ["core", "emulator", "anyformat", "extend", "retab"];

/**
 * Builds the workspace packages with turbo when any of them has no `dist/index.js`.
 * Returns false (after printing turbo's output) when the build fails.
 *
 * @example
 * ```js
 * if (!ensureBuilt((line) => console.log(line))) process.exit(1);
 * ```
 */
export function ensureBuilt(say) {
  const missing = PACKAGES.filter((name) => !existsSync(join(ROOT, "packages", name, "dist", "index.js")));
  if (missing.length === 0) return true;
  say(`First run: building ${missing.map((name) => `@docrun/${name}`).join(", ")} (turbo run build)…`);
  const turbo = join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "turbo.cmd" : "turbo");
  const result = spawnSync(turbo, ["run", "build", "--output-logs=errors-only"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
  if (result.status === 0) return true;
  say(`The build failed (exit ${result.status}):\n${result.stdout ?? ""}${result.stderr ?? ""}`);
  return false;
}
