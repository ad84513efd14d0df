// `docrun run … --resume --retry-failed`: the inputs that failed run again (a file the API refused
// as too large, shrunk since), and the results file still holds every input exactly once.
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

function docrun(args: string[]) {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: dir,
    env: { ...process.env, EXTEND_API_KEY: "retry-test" },
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stderr })),
  );
}

const results = () =>
  readFileSync(join(dir!, "out.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { key: string; outcome: string; runId: string });

describe("docrun run --retry-failed", () => {
  it("runs the failed inputs again and keeps one line per input", async () => {
    dir = mkdtempSync(join(tmpdir(), "docrun-retry-"));
    mkdirSync(join(dir, "docs"));
    const names = Array.from({ length: 6 }, (_, i) => `docs/invoice-${i}.pdf`);
    names.forEach((name, i) => writeFileSync(join(dir!, name), `%PDF-1.4 invoice ${i}`));
    writeFileSync(join(dir, names[2]!), "%PDF-1.4 " + "x".repeat(8_000)); // over the emulator's 4 kB
    emulator = await startEmulator({ provider: "extend", processingMs: 100, maxBodyBytes: 4_096 });
    const workflowId = (
      (await (
        await fetch(`${emulator.url}/workflows`, {
          headers: { authorization: "Bearer k", "x-extend-api-version": "2026-02-09" },
        })
      ).json()) as { data: { id: string }[] }
    ).data[0]!.id;
    const base = ["run", "extend", "--workflow", workflowId, "docs", "--out", "out.jsonl"];
    const flags = ["--base-url", emulator.url, "--progress", "lines"];

    const first = await docrun([...base, ...flags]);
    expect(first.code).toBe(1);
    expect(
      results()
        .filter((r) => r.outcome === "failed")
        .map((r) => r.key),
    ).toEqual([names[2]]);

    // Plain --resume leaves a failure as it is.
    const resumed = await docrun([...base, ...flags, "--resume"]);
    expect(resumed.code).toBe(1);
    expect(results()).toHaveLength(6);

    writeFileSync(join(dir, names[2]!), "%PDF-1.4 invoice 2, smaller");
    const retried = await docrun([...base, ...flags, "--resume", "--retry-failed"]);
    expect(retried.stderr).toMatch(/1 failed input will run again/);
    expect(retried.code).toBe(0);
    const lines = results();
    expect(lines.map((r) => r.key).sort()).toEqual(names);
    expect(lines.every((r) => r.outcome === "succeeded")).toBe(true);
    expect((emulator.state.provider as { runs: Map<string, unknown> }).runs.size).toBe(6);
  });

  it("is refused without --resume", async () => {
    dir = mkdtempSync(join(tmpdir(), "docrun-retry-"));
    writeFileSync(join(dir, "a.pdf"), "%PDF-1.4");
    const refused = await docrun([
      "run",
      "extend",
      "--workflow",
      "w",
      "a.pdf",
      "--out",
      "o.jsonl",
      "--retry-failed",
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--retry-failed continues a job: pass --resume/);
  });
});
