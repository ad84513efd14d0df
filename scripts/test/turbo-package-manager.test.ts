// `pnpm build` on a fresh machine: turbo looks `pnpm` up on PATH by name, which fails where pnpm
// came from `npm i -g` into a folder not on PATH, `corepack pnpm`, `npx pnpm`, or left a stale link
// ("Unable to find package manager binary"). scripts/turbo.mjs puts the running pnpm on PATH.
import { spawnSync } from "node:child_process";
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..", "..");
const TOOLS = ["sh", "bash", "env", "dirname", "basename", "uname", "sed", "cat"];
let dir: string;
let pnpmEntry: string;

function which(command: string): string | undefined {
  for (const folder of (process.env.PATH ?? "").split(delimiter)) {
    const result = spawnSync("test", ["-x", join(folder, command)]);
    if (folder && result.status === 0) return join(folder, command);
  }
  return undefined;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "turbo-path-"));
  // A PATH with node and a shell but no pnpm, plus a dangling `pnpm` link like a half-removed install.
  symlinkSync(process.execPath, join(dir, "node"));
  for (const tool of TOOLS) {
    const found = which(tool);
    if (found) symlinkSync(found, join(dir, tool));
  }
  symlinkSync(join(dir, "gone", "pnpm.cjs"), join(dir, "pnpm"));
  const fromEnv = process.env.npm_execpath;
  const onPath = which("pnpm");
  pnpmEntry = fromEnv && /pnpm/.test(fromEnv) ? fromEnv : realpathSync(onPath ?? "pnpm-is-not-installed");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function turbo(viaScript: boolean) {
  const args = ["run", "typecheck", "--filter=@docrun/core", "--output-logs=errors-only"];
  const command = viaScript
    ? [join(root, "scripts", "turbo.mjs"), ...args]
    : [join(root, "node_modules", "turbo", "bin", "turbo"), ...args];
  const result = spawnSync(process.execPath, command, {
    cwd: root,
    encoding: "utf8",
    timeout: 120_000,
    env: { PATH: dir, HOME: process.env.HOME ?? dir, npm_execpath: pnpmEntry, TURBO_TELEMETRY_DISABLED: "1" },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("turbo finds the package manager that started it", () => {
  it("plain turbo fails on such a PATH (the machine this guards against)", () => {
    const result = turbo(false);
    expect(result.output).toMatch(/Unable to find package manager binary/);
    expect(result.status).not.toBe(0);
  });

  it("scripts/turbo.mjs runs the task with no package-manager error", () => {
    const result = turbo(true);
    expect(result.output).not.toMatch(/Unable to find package manager binary|Cannot find module/);
    expect(result.status, result.output).toBe(0);
  });
});
