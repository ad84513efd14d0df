// Runs a repo script as `pnpm <name>` would (node, repo root as cwd), piped (not a TTY), and
// collects its output. The child is killed if it outlives `timeoutMs`, so a hang fails the test
// instead of leaving a process behind.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface ScriptResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * @example
 * ```ts
 * const { code, stdout } = await runScript(["scripts/demo.mjs"], { NO_COLOR: "1" }, 90_000);
 * ```
 */
export function runScript(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("error", reject);
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/**
 * The environment minus every provider key and base URL, so a run can prove it needs neither.
 *
 * @example
 * ```ts
 * const env = withoutProviderSettings({ NO_COLOR: "1" });
 * ```
 */
export function withoutProviderSettings(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^(ANYFORMAT|EXTEND|RETAB)_/.test(key) && key !== "FORCE_COLOR") env[key] = value;
  return { ...env, ...extra };
}
