// Starts the emulator CLI in a child process, so a measurement of this process's heap sees only
// the client, not the server's store.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve("@docrun/emulator/package.json")), "bin", "docrun-emulator.js");

/**
 * @param {{ provider: string, runs?: number, workflows?: number, latencyMs?: number, processingMs?: number }} options
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export function spawnEmulator({ provider, runs, workflows, latencyMs, processingMs }) {
  const args = [bin, "--provider", provider];
  if (runs) args.push("--seed-runs", String(runs), "--seed-number", "7");
  if (workflows) args.push("--workflows", String(workflows));
  if (latencyMs) args.push("--latency-ms", String(latencyMs));
  if (processingMs) args.push("--processing-ms", String(processingMs));
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  return new Promise((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => {
      close();
      reject(new Error(`emulator (${provider}) did not start in 60 s: ${stderr}`));
    }, 60_000);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const line = stdout.split("\n")[0];
      if (stdout.includes("\n") && /^https?:\/\//.test(line)) {
        clearTimeout(timer);
        resolve({ url: line.trim(), close });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator (${provider}) exited with ${code}: ${stderr}`));
    });
  });
}
