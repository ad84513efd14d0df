// A throwaway local npm registry: verdaccio on 127.0.0.1, no uplinks, storage in a temp folder.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { startProcess, stopProcess } from "./processes.mjs";

const require = createRequire(import.meta.url);

/**
 * Starts verdaccio with everything in `dir` and waits until it answers. Anyone may read and
 * publish; nothing is fetched from anywhere else (`uplinks: {}`), so installs see only what was
 * published here.
 * @example const registry = await startRegistry(tmp); … await registry.stop();
 */
export async function startRegistry(dir) {
  mkdirSync(join(dir, "storage"), { recursive: true });
  const port = await freePort();
  const configFile = join(dir, "config.yaml");
  writeFileSync(
    configFile,
    [
      `storage: ${JSON.stringify(join(dir, "storage"))}`,
      "auth:",
      "  htpasswd:",
      `    file: ${JSON.stringify(join(dir, "htpasswd"))}`,
      "    max_users: -1",
      "uplinks: {}",
      "packages:",
      "  '@docrun/*':",
      "    access: $all",
      "    publish: $anonymous $authenticated",
      "  '**':",
      "    access: $all",
      // The consumer's third-party dependencies are published here from the local install.
      "    publish: $anonymous $authenticated",
      "middlewares:",
      "  audit:",
      "    enabled: false",
      "web:",
      "  enable: false",
      "max_body_size: 50mb",
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  const bin = join(dirname(require.resolve("verdaccio/package.json")), "bin", "verdaccio");
  const child = startProcess(
    process.execPath,
    [bin, "--config", configFile, "--listen", `127.0.0.1:${port}`],
    {
      cwd: dir,
      env: process.env,
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilAnswering(`${url}-/ping`, child, 30_000);
  } catch (error) {
    await stopProcess(child);
    throw new Error(`verdaccio did not start: ${error.message}\n${output}`);
  }
  return { url, port, stop: () => stopProcess(child), output: () => output };
}

async function waitUntilAnswering(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

/** A port nothing listens on right now (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
