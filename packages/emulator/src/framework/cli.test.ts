import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

// Runs the real bin (which imports dist/cli.js): `pnpm test` builds before testing.
const bin = fileURLToPath(new URL("../../bin/docrun-emulator.js", import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

function run(args: string[]) {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", () => {
      if (stdout.includes("\n")) resolve(stdout.split("\n")[0]!);
    });
    child.on("exit", () => reject(new Error(`exited before printing a URL: ${stderr}`)));
  });
  const exited = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
  return { child, firstLine, exited, output: () => ({ stdout, stderr }) };
}

describe("docrun-emulator CLI", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("prints its URL, answers, and exits 0 on %s", async (signal) => {
    const cli = run([
      "--provider",
      "extend",
      "--seed-runs",
      "10",
      "--seed-number",
      "3",
      "--rate-limit",
      "100/1m",
    ]);
    const url = await cli.firstLine;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${url}/workflow_runs`, {
      headers: { authorization: "Bearer test" },
      signal: AbortSignal.timeout(5000),
    });
    await response.arrayBuffer();
    expect(response.headers.get("x-ratelimit-limit")).toBe("100");
    cli.child.kill(signal);
    const [code] = await cli.exited;
    expect(code).toBe(0);
    expect(cli.output().stdout.trim()).toBe(url);
  });

  it("exits 2 with one line naming the problem and a hint, not the whole usage, on bad arguments", async () => {
    const cli = run(["--provider", "nope"]);
    cli.firstLine.catch(() => undefined);
    const [code] = await cli.exited;
    expect(code).toBe(2);
    expect(cli.output().stderr.trim().split("\n")).toEqual([
      'docrun-emulator: --provider must be anyformat, extend or retab, got "nope"',
      "Run `docrun-emulator --help` for the options.",
    ]);
  });

  it("--host 0.0.0.0 names the --allow-non-loopback flag", async () => {
    const cli = run(["--provider", "extend", "--host", "0.0.0.0"]);
    cli.firstLine.catch(() => undefined);
    const [code] = await cli.exited;
    expect(code).toBe(2);
    expect(cli.output().stderr).toMatch(
      /--host 0\.0\.0\.0 is not a loopback interface; add --allow-non-loopback/,
    );
  });

  it("--version prints the package version", async () => {
    const cli = run(["--version"]);
    cli.firstLine.catch(() => undefined);
    const [code] = await cli.exited;
    expect(code).toBe(0);
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(cli.output().stdout).toBe(`${version}\n`);
  });
});
