// Every ```ts block of README.md is type-checked against the built package and run against the
// emulator, so the README cannot drift from the code. Blocks are self-contained modules; they read
// EXTEND_API_KEY / EXTEND_BASE_URL / EXTEND_WORKFLOW_ID / EXTEND_WEBHOOK_SECRET, which the test
// points at a local emulator.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startEmulator, type Emulator } from "@docrun/emulator";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startRecordingServer, WORKFLOW_ID, type RecordingServer } from "./extend.test-helpers.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
// Inside the package so `@docrun/extend` resolves to this package's own exports (self-reference).
const workDir = join(packageDir, ".tmp", "readme-examples");
const SECRET = "wss_readme_example_secret";
const KEY = "sk_readme_example_key_0123456789";

async function readmeBlocks(): Promise<string[]> {
  const readme = await readFile(join(packageDir, "README.md"), "utf8");
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

function typeErrors(files: string[]): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (parsed === undefined) throw new Error("cannot read tsconfig.json");
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true, rootDir: packageDir });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file === undefined || files.includes(diagnostic.file.fileName))
    .map(
      (diagnostic) =>
        `${diagnostic.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`,
    );
}

let emulator: Emulator;
let receiver: RecordingServer;
let blocks: string[] = [];
let sources: string[] = [];
const cwd = process.cwd();

beforeAll(async () => {
  receiver = await startRecordingServer(() => ({ status: 200 }));
  emulator = await startEmulator({
    provider: "extend",
    processingMs: 100,
    seed: { runs: 150, seed: 3 },
    webhooks: [{ url: `${receiver.url}/hooks`, secret: SECRET }],
  });
  vi.stubEnv("EXTEND_API_KEY", KEY);
  vi.stubEnv("EXTEND_BASE_URL", emulator.url);
  vi.stubEnv("EXTEND_WORKFLOW_ID", WORKFLOW_ID);
  vi.stubEnv("EXTEND_WEBHOOK_SECRET", SECRET);
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  await writeFile(join(workDir, "invoice.pdf"), "%PDF-1.7 readme example");
  blocks = await readmeBlocks();
  sources = await Promise.all(
    blocks.map(async (block, index) => {
      const file = join(workDir, `example-${index}.ts`);
      await writeFile(file, block);
      return file;
    }),
  );
  process.chdir(workDir);
});

afterAll(async () => {
  process.chdir(cwd);
  vi.unstubAllEnvs();
  await emulator?.close();
  await receiver?.close();
  await rm(workDir, { recursive: true, force: true });
});

async function runBlock(index: number): Promise<Record<string, unknown>> {
  const output = ts.transpileModule(blocks[index]!, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const file = join(workDir, `example-${index}.mjs`);
  await writeFile(file, output.outputText);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

describe("README examples", () => {
  it("has the sections in the documented order and an example in each code section", async () => {
    const readme = await readFile(join(packageDir, "README.md"), "utf8");
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual([
      "Install",
      "Quick start",
      "Pagination",
      "Waiting for runs",
      "Errors",
      "Retries and timeouts",
      "Webhooks",
      "Advanced",
      "Runtimes",
      "Generated from",
    ]);
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it("type-check against the built package", () => {
    expect(typeErrors(sources)).toEqual([]);
  });

  it("run against the emulator without throwing, and never print the key", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      for (let index = 0; index < blocks.length; index++) {
        await expect(runBlock(index), `README block ${index + 1}`).resolves.toBeDefined();
      }
      const printed = log.mock.calls.flat().map(String).join(" ");
      expect(printed).toContain("PROCESSED");
      expect(printed).toContain("waiting for a reviewer");
      expect(printed).toContain("NOT_FOUND");
      expect(printed).toContain("not cancellable");
      expect(printed).not.toContain(KEY);
    } finally {
      log.mockRestore();
    }
  });

  it("the webhook handler example accepts a signed delivery and rejects a tampered one", async () => {
    const index = blocks.findIndex((block) => block.includes("export async function POST"));
    expect(index).toBeGreaterThanOrEqual(0);
    const { POST } = (await runBlock(index)) as { POST: (request: Request) => Promise<Response> };
    emulator.state.runScheduled();
    await emulator.state.webhooksIdle();
    const delivery = receiver.requests.find((request) => request.body.includes("workflow_run.completed"));
    expect(delivery).toBeDefined();
    const headers = {
      "x-extend-request-timestamp": String(delivery!.headers["x-extend-request-timestamp"]),
      "x-extend-request-signature": String(delivery!.headers["x-extend-request-signature"]),
    };
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      const accepted = await POST(
        new Request("http://localhost/hooks", { method: "POST", headers, body: delivery!.body }),
      );
      expect(accepted.status).toBe(204);
      expect(log.mock.calls.flat().join(" ")).toContain("workflow_run.completed");
      const replayed = await POST(
        new Request("http://localhost/hooks", { method: "POST", headers, body: delivery!.body }),
      );
      expect(replayed.status).toBe(400);
      expect(await replayed.text()).toBe("replayed");
      const tampered = await POST(
        new Request("http://localhost/hooks", {
          method: "POST",
          headers,
          body: delivery!.body.replace("PROCESSED", "FAILED"),
        }),
      );
      expect(tampered.status).toBe(400);
      expect(await tampered.text()).toBe("signature_mismatch");
    } finally {
      log.mockRestore();
    }
  });
});
