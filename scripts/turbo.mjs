#!/usr/bin/env node
// Runs turbo with the pnpm that started it on PATH. turbo looks `pnpm` up on PATH by name to run
// each package's script; where pnpm came from `npm i -g`, `corepack pnpm` or `npx pnpm`, that name
// can be missing or point at a stale link ("Unable to find package manager binary", "Cannot find
// module …/pnpm"). A two-line shim in .tmp/ that runs this very pnpm with this very node fixes both.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join } from "node:path";

const root = new URL("..", import.meta.url).pathname;

/** The pnpm entry script of the running pnpm, if this was started by pnpm. */
export function runningPnpm(env = process.env) {
  const execPath = env.npm_execpath ?? "";
  return /pnpm(\.c?js)?$/.test(execPath) ? execPath : undefined;
}

/** PATH with a `pnpm` shim for `pnpmEntry` in front (unchanged when pnpm's entry is unknown). */
export function pathWithPnpmShim(pnpmEntry, env = process.env, shimDir = join(root, ".tmp", "pnpm-shim")) {
  if (!pnpmEntry) return env.PATH ?? "";
  mkdirSync(shimDir, { recursive: true });
  const shim = join(shimDir, "pnpm");
  const quote = (text) => `'${text.replaceAll("'", `'\\''`)}'`;
  writeFileSync(shim, `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(pnpmEntry)} "$@"\n`);
  chmodSync(shim, 0o755);
  return [shimDir, env.PATH ?? ""].join(delimiter);
}

function turboBinary() {
  const require = createRequire(join(root, "package.json"));
  return join(dirname(require.resolve("turbo/package.json")), "bin", "turbo");
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };
  env.PATH = pathWithPnpmShim(runningPnpm(env), env);
  const result = spawnSync(process.execPath, [turboBinary(), ...process.argv.slice(2)], {
    cwd: root,
    stdio: "inherit",
    env,
  });
  process.exit(result.status ?? 1);
}
