// The CLI killed with SIGKILL while creates are in flight (sent, answer not yet back), then
// started again with --resume: each provider ends with every file once in the results AND one
// run per file on the provider's side. Extend and AnyFormat have no idempotency key: the restart
// must find the runs of the lost creates by the tag they carried, not create them again.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
const DOCUMENTS = 24;
let emulator: Emulator | undefined;
let dir: string | undefined;
afterEach(async () => {
  await emulator?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  emulator = dir = undefined;
});

function makeDocuments() {
  dir = mkdtempSync(join(tmpdir(), "docrun-kill-create-"));
  mkdirSync(join(dir, "docs"));
  const names: string[] = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const name = `docs/invoice-${String(i).padStart(3, "0")}.pdf`;
    writeFileSync(join(dir, name), `%PDF-1.4 invoice ${i}`);
    names.push(name);
  }
  return names;
}

/** Keys whose create is on the wire: the intent was recorded again at sending, no run id yet. */
function createsInFlight(checkpointPath: string): number {
  if (!existsSync(checkpointPath)) return 0;
  const sends = new Map<string, number>();
  for (const line of readFileSync(checkpointPath, "utf8").split("\n")) {
    let record: { key?: string; intent?: unknown; runId?: string };
    try {
      record = JSON.parse(line);
    } catch {
      continue;
    }
    if (!record.key) continue;
    if (record.runId) sends.set(record.key, -Infinity);
    else if (record.intent) sends.set(record.key, (sends.get(record.key) ?? 0) + 1);
  }
  return [...sends.values()].filter((n) => n >= 2).length;
}

function docrun(args: string[], env: Record<string, string>, killWhenInFlight?: number) {
  const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env: { ...process.env, ...env } });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  let watch: NodeJS.Timeout | undefined;
  if (killWhenInFlight)
    watch = setInterval(() => {
      if (createsInFlight(join(dir!, "out.jsonl.checkpoint")) >= killWhenInFlight) {
        clearInterval(watch);
        child.kill("SIGKILL");
      }
    }, 2);
  return new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => {
    child.on("exit", (code, signal) => {
      clearInterval(watch);
      resolve({ code, signal, stderr });
    });
  });
}

function resultKeys() {
  return readFileSync(join(dir!, "out.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { key: string }).key);
}

async function firstWorkflow(path: string, headers: Record<string, string>) {
  const body = (await (await fetch(`${emulator!.url}${path}`, { headers })).json()) as {
    data?: { id: string }[];
    results?: { id: string }[];
  };
  return (body.data ?? body.results)![0]!.id;
}

// Runs on the provider's side per input file, counted from the emulator's own state.
const runsPerFile: Record<string, (names: string[]) => Map<string, number>> = {
  extend: (names) => {
    const runs = (emulator!.state.provider as { runs: Map<string, { files: { name: string }[] }> }).runs;
    return countBy(
      names,
      [...runs.values()].map((run) => run.files[0]!.name),
    );
  },
  anyformat: (names) => {
    const state = emulator!.state.provider as { collectionsById: Map<string, { name: string | null }> };
    return countBy(
      names,
      [...state.collectionsById.values()].map((c) => c.name ?? ""),
    );
  },
  retab: (names) => {
    const runs = (emulator!.state.provider as { runs: Map<string, unknown> }).runs;
    return countBy(
      names,
      [...runs.values()].map((run) => JSON.stringify(run)),
    );
  },
};

// How many of `texts` mention each file's stem (a run's file name, or the whole run as JSON).
function countBy(names: string[], texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) {
    const stem = name.slice("docs/".length, -".pdf".length);
    counts.set(name, texts.filter((text) => text.includes(stem)).length);
  }
  return counts;
}

const setups = {
  extend: {
    env: { EXTEND_API_KEY: "kill-test" },
    workflow: () =>
      firstWorkflow("/workflows", { authorization: "Bearer k", "x-extend-api-version": "2026-02-09" }),
  },
  anyformat: {
    env: { ANYFORMAT_API_KEY: "kill-test" },
    workflow: () => firstWorkflow("/v2/workflows/", { authorization: "Bearer k" }),
  },
  retab: { env: { RETAB_API_KEY: "kill-test" }, workflow: async () => "wf_3Fh8kLmN2pQr" },
} as const;

describe("docrun run killed while creates are in flight", () => {
  for (const provider of ["extend", "anyformat", "retab"] as const)
    it(`${provider}: after SIGKILL and --resume, every file once in the results and one run per file`, async () => {
      const names = makeDocuments();
      emulator = await startEmulator({
        provider,
        processingMs: 300,
        random: 11,
        // Every request takes 150-450 ms, so creates are in flight when the kill lands; the
        // emulator finishes them after the client is gone, as a real server would.
        latencyMs: { min: 150, max: 450 },
      });
      const { env, workflow } = setups[provider];
      const before = runsPerFile[provider]!(names);
      expect([...before.values()].every((n) => n === 0)).toBe(true);
      const args = ["run", provider, "--workflow", await workflow(), "docs", "--out", "out.jsonl"];
      const base = [...args, "--base-url", emulator.url, "--progress", "lines", "--concurrency", "8"];
      const killed = await docrun(base, env, 4);
      expect(killed.signal).toBe("SIGKILL");
      const resumed = await docrun([...base, "--resume", "--create-timeout", "3"], env);
      expect(resumed.stderr).toMatch(new RegExp(`${DOCUMENTS} succeeded|\\d+ already done`));
      expect(resumed.code).toBe(0);
      expect(resultKeys().sort()).toEqual(names);
      const runs = runsPerFile[provider]!(names);
      expect([...runs.entries()].filter(([, n]) => n !== 1)).toEqual([]);
      if (provider !== "retab") expect(resumed.stderr).toMatch(/\d+ found again after a lost create/);
    });
});
