// Every ```ts block of README.md is type-checked against the built package and run against the
// emulator, so the README cannot drift from the code. Blocks are self-contained modules; they read
// ANYFORMAT_API_KEY / ANYFORMAT_BASE_URL / ANYFORMAT_WORKFLOW_ID / ANYFORMAT_WEBHOOK_SECRET, which
// the test points at a local emulator.
import { mkdir, readFile, rm, rmdir, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startEmulator, type Emulator } from "@docrun/emulator";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
// Inside the package so `@docrun/anyformat` resolves to this package's own exports (self-reference).
const workDir = join(packageDir, ".tmp", "readme-examples");
const SECRET = "whsec_readme_example_secret";

async function readmeBlocks(): Promise<string[]> {
  const readme = await readFile(join(packageDir, "README.md"), "utf8");
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

function typeErrors(files: string[]): string[] {
  const configPath = join(packageDir, "tsconfig.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
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
let receiver: {
  url: string;
  received: { headers: Record<string, string>; body: string }[];
  close(): Promise<void>;
};
let blocks: string[] = [];
let sources: string[] = [];
const cwd = process.cwd();

beforeAll(async () => {
  const received: { headers: Record<string, string>; body: string }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({
        headers: request.headers as Record<string, string>,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  receiver = {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  emulator = await startEmulator({
    provider: "anyformat",
    processingMs: 100,
    seed: { runs: 120, seed: 3, workflows: 2 },
    webhooks: [{ url: receiver.url, secret: SECRET }],
  });
  const workflow = emulator.state.provider as { workflows: { id: string }[] };
  vi.stubEnv("ANYFORMAT_API_KEY", "af_readme_example_key");
  vi.stubEnv("ANYFORMAT_BASE_URL", emulator.url);
  vi.stubEnv("ANYFORMAT_WORKFLOW_ID", workflow.workflows[0]!.id);
  vi.stubEnv("ANYFORMAT_WEBHOOK_SECRET", SECRET);
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
  await rmdir(dirname(workDir)).catch(() => undefined); // only when empty
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
  it("has the sections in the documented order and at least one example in each code section", async () => {
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
    expect(blocks.length).toBeGreaterThanOrEqual(9);
  });

  it("type-check against the built package", () => {
    expect(typeErrors(sources)).toEqual([]);
  });

  it("run against the emulator without throwing", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      for (let index = 0; index < blocks.length; index++) {
        await expect(runBlock(index), `README block ${index + 1}`).resolves.toBeDefined();
      }
      expect(log).toHaveBeenCalled();
      expect(log.mock.calls.flat().join(" ")).not.toContain("af_readme_example_key");
    } finally {
      log.mockRestore();
    }
  });

  it("the webhook handler example accepts a signed delivery and rejects a tampered one", async () => {
    const index = blocks.findIndex((block) => block.includes("export async function POST"));
    expect(index).toBeGreaterThanOrEqual(0);
    const { POST } = (await runBlock(index)) as { POST: (request: Request) => Promise<Response> };
    await emulator.state.webhooksIdle();
    const delivery = receiver.received.find((entry) => entry.body.includes("extraction.completed"));
    expect(delivery).toBeDefined();
    const headers = {
      "x-anyformat-timestamp": delivery!.headers["x-anyformat-timestamp"]!,
      "x-anyformat-signature": delivery!.headers["x-anyformat-signature"]!,
    };
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      const accepted = await POST(
        new Request("http://localhost/hooks", { method: "POST", headers, body: delivery!.body }),
      );
      expect(accepted.status).toBe(204);
      const rejected = await POST(
        new Request("http://localhost/hooks", {
          method: "POST",
          headers,
          body: delivery!.body.replace("processed", "error"),
        }),
      );
      expect(rejected.status).toBe(400);
      expect(await rejected.text()).toBe("signature_mismatch");
    } finally {
      log.mockRestore();
    }
  });
});
