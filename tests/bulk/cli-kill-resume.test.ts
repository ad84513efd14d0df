// The CLI as a user runs it: a child process against the emulator, killed with SIGKILL mid-run
// and started again with --resume, ends with one results file holding every input exactly once.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "@docrun/emulator";

const bin = join(
  dirname(createRequire(import.meta.url).resolve("@docrun/cli/package.json")),
  "bin",
  "docrun.js",
);
let emulator: Emulator | undefined;
let dir: string | undefined;
afterEach(async () => {
  await emulator?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function docrun(args: string[], env: Record<string, string>, killAfterLines?: number) {
  const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env: { ...process.env, ...env } });
  let stderr = "";
  return new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => {
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      // Lines mode prints one line per finished input: kill once a few have finished.
      if (
        killAfterLines &&
        stderr.split("\n").filter((l) => /^(ok|FAILED) /.test(l)).length >= killAfterLines
      )
        child.kill("SIGKILL");
    });
    child.on("exit", (code, signal) => resolve({ code, signal, stderr }));
  });
}

function results(path: string) {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { key: string; runId: string; outcome: string });
}

function makeDocuments(count: number) {
  dir = mkdtempSync(join(tmpdir(), "docrun-bulk-"));
  mkdirSync(join(dir, "docs", "more"), { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `docs/${i % 2 ? "more/" : ""}invoice-${String(i).padStart(3, "0")}${i === 7 ? "-fail" : ""}.pdf`;
    writeFileSync(join(dir, name), `%PDF-1.4 invoice ${i}`);
    names.push(name);
  }
  return names.sort();
}

describe("docrun run (CLI)", () => {
  it("Retab: killed with SIGKILL mid-run, resumed: every file once in the results, one run per file, exit 1 for the failed one", async () => {
    const names = makeDocuments(40);
    emulator = await startEmulator({
      provider: "retab",
      processingMs: 300,
      random: 9,
      rateLimit: { limit: 60, windowMs: 1_000 },
      faults: { rateLimitRate: 0.05, errorRate: 0.05, resetRate: 0.03 },
    });
    const args = ["run", "retab", "--workflow", "wf_3Fh8kLmN2pQr", "docs", "--out", "out.jsonl"];
    const env = { RETAB_API_KEY: "bulk-test" };
    const base = [...args, "--base-url", emulator.url, "--progress", "lines", "--concurrency", "8"];
    const killed = await docrun(base, env, 10);
    expect(killed.signal).toBe("SIGKILL");
    const partial = results(join(dir!, "out.jsonl"));
    expect(partial.length).toBeGreaterThanOrEqual(10);
    expect(partial.length).toBeLessThan(40);
    const refused = await docrun(base, env);
    expect(refused.code).toBe(2); // without --resume the job is not overwritten
    expect(refused.stderr).toMatch(/--resume/);
    const resumed = await docrun([...base, "--resume"], env);
    expect(resumed.code).toBe(1);
    expect(resumed.stderr).toMatch(/39 succeeded|\d+ succeeded, 1 failed/);
    const lines = results(join(dir!, "out.jsonl"));
    expect(lines.map((l) => l.key).sort()).toEqual(names);
    expect(lines.filter((l) => l.outcome === "failed").map((l) => l.key)).toEqual([
      "docs/more/invoice-007-fail.pdf",
    ]);
    expect((emulator.state.provider as { runs: Map<string, unknown> }).runs.size).toBe(40);
    expect(resumed.stderr).not.toContain("bulk-test");
  });

  it("--shard splits one job between machines: the shards' results together are every file exactly once", async () => {
    const names = makeDocuments(24);
    emulator = await startEmulator({ provider: "extend", processingMs: 100 });
    const workflowId = (
      (await (
        await fetch(`${emulator.url}/workflows`, {
          headers: { authorization: "Bearer k", "x-extend-api-version": "2026-02-09" },
        })
      ).json()) as { data: { id: string }[] }
    ).data[0]!.id;
    const env = { EXTEND_API_KEY: "bulk-test" };
    const shard = (i: number) =>
      docrun(
        [
          "run",
          "extend",
          "--workflow",
          workflowId,
          "docs/**/*.pdf",
          "--out",
          `shard-${i}.jsonl`,
          "--shard",
          `${i}/3`,
        ].concat(["--base-url", emulator!.url, "--progress", "lines"]),
        env,
      );
    const exits = await Promise.all([shard(1), shard(2), shard(3)]);
    const all = [1, 2, 3].flatMap((i) => results(join(dir!, `shard-${i}.jsonl`)));
    expect(all.map((l) => l.key).sort()).toEqual(names);
    expect(exits.map((e) => e.code).sort()).toEqual([0, 0, 1]); // the shard holding the failing file
    expect((emulator.state.provider as { runs: Map<string, unknown> }).runs.size).toBe(24);
  });

  it("refuses to start without the key in the environment, naming the variable and never a key", async () => {
    makeDocuments(2);
    const result = await docrun(
      [
        "run",
        "extend",
        "--workflow",
        "workflow_x",
        "docs",
        "--out",
        "o.jsonl",
        "--base-url",
        "http://127.0.0.1:9",
      ],
      { EXTEND_API_KEY: "" },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/EXTEND_API_KEY/);
  });
});
