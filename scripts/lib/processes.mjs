// Child processes this script starts and must stop whatever happens: each runs in its own process
// group so stopping it also stops anything it spawned.
import { spawn } from "node:child_process";

const running = new Set();

/**
 * Starts a long-running command in its own process group and remembers it until stopped.
 * @example const child = startProcess(process.execPath, ["server.js"], { cwd });
 */
export function startProcess(command, args, options = {}) {
  const child = spawn(command, args, {
    ...options,
    detached: true,
    stdio: options.stdio ?? ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/**
 * Stops a started process group: SIGTERM, then SIGKILL if it is still there after `graceMs`.
 * @example await stopProcess(child);
 */
export async function stopProcess(child, graceMs = 5_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/**
 * Runs a command to completion without blocking the event loop (so SIGINT/SIGTERM handlers run
 * at once and can stop it), killing it after `timeoutMs`.
 * @example const { status, stdout } = await runCommand("npm", ["install"], { cwd });
 */
export function runCommand(command, args, { cwd, env = process.env, timeoutMs = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = startProcess(command, args, { cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => signalGroup(child, "SIGKILL"), timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

/** Synchronously kills every process still running: the last resort on SIGINT or a crash. */
export function killAllNow() {
  for (const child of running) signalGroup(child, "SIGKILL");
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Resolves with the first stdout line the process prints, or rejects if it exits or times out
 * first (with what it printed on stderr, so the failure explains itself).
 * @example const url = await firstLine(child, 30_000);
 */
export function firstLine(child, timeoutMs) {
  return new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    const done = (fn, value) => {
      clearTimeout(timer);
      child.stdout.off("data", onStdout);
      child.off("exit", onExit);
      fn(value);
    };
    const onStdout = (chunk) => {
      stdout += chunk;
      const newline = stdout.indexOf("\n");
      if (newline >= 0) done(resolve, stdout.slice(0, newline).trim());
    };
    const onExit = (code) => done(reject, new Error(`exited (${code}) before printing a line: ${stderr}`));
    const timer = setTimeout(
      () => done(reject, new Error(`printed nothing in ${timeoutMs} ms: ${stderr}`)),
      timeoutMs,
    );
    child.stdout.setEncoding("utf8");
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk) => (stderr += chunk));
    child.stdout.on("data", onStdout);
    child.on("exit", onExit);
  });
}
