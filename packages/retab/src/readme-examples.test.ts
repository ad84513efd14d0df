// Every ```ts block of README.md is type-checked against the built package and run against the
// Retab emulator, so the README cannot drift from the code. Blocks are self-contained modules that
// read RETAB_API_KEY / RETAB_BASE_URL / RETAB_WEBHOOK_SECRET, which the test points at a local
// emulator; they run in a folder holding an `invoice.pdf`.
import { mkdir, readFile, rm, rmdir, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startEmulator, type Emulator } from "@docrun/emulator";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
// Inside the package so `@docrun/retab` resolves to this package's own exports (self-reference).
const workDir = join(packageDir, ".tmp", "readme-examples");
const SECRET = "whsec_readme_example_secret";
const KEY = "sk_readme_example_key";

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
  receiver = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  emulator = await startEmulator({
    provider: "retab",
    processingMs: 100,
    seed: { runs: 300, seed: 21 },
    webhooks: [{ url: receiver.url, secret: SECRET }],
  });
  vi.stubEnv("RETAB_API_KEY", KEY);
  vi.stubEnv("RETAB_BASE_URL", emulator.url);
  vi.stubEnv("RETAB_WEBHOOK_SECRET", SECRET);
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
  it("has the sections in the documented order and examples in every code section", async () => {
    const readme = await readFile(join(packageDir, "README.md"), "utf8");
    expect([...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1])).toEqual([
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

  it("run against the emulator, print what they promise, and never print the key", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      for (let index = 0; index < blocks.length; index++) {
        await expect(runBlock(index), `README block ${index + 1}`).resolves.toBeDefined();
      }
      const printed = log.mock.calls.map((call) => call.map(String).join(" "));
      expect(printed).toContainEqual(expect.stringMatching(/^run_\w+ completed$/));
      expect(printed).toContain("start-document-1 start_document Invoice PDF");
      expect(printed).toContainEqual(expect.stringMatching(/^404 404 Workflow run not found req_/));
      expect(printed).toContainEqual(expect.stringMatching(/^value_error 422 query\.from_date: /));
      expect(printed).toContain("true");
      expect(printed).toContain("invoice.pdf data:application/pdf;base64,");
      expect(printed.join("\n")).not.toContain(KEY);
    } finally {
      log.mockRestore();
    }
  });

  it("the webhook handler example accepts a signed delivery and rejects a tampered one", async () => {
    const index = blocks.findIndex((block) => block.includes("export async function POST"));
    expect(index).toBeGreaterThanOrEqual(0);
    const { POST } = (await runBlock(index)) as { POST: (request: Request) => Promise<Response> };
    await emulator.state.webhooksIdle();
    const delivery = receiver.received.find((entry) => entry.body.includes("workflow.run.completed"));
    expect(delivery).toBeDefined();
    const headers = {
      "x-retab-signature": delivery!.headers["x-retab-signature"]!,
      "x-retab-environment": delivery!.headers["x-retab-environment"]!,
    };
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expect(
        (await POST(new Request("http://localhost/hooks", { method: "POST", headers, body: delivery!.body })))
          .status,
      ).toBe(204);
      const replayed = await POST(
        new Request("http://localhost/hooks", { method: "POST", headers, body: delivery!.body }),
      );
      expect(replayed.status).toBe(400);
      const tampered = await POST(
        new Request("http://localhost/hooks", {
          method: "POST",
          headers,
          body: delivery!.body.replace("completed", "cancelled"),
        }),
      );
      expect(tampered.status).toBe(400);
      expect(await tampered.text()).toBe("signature_mismatch");
    } finally {
      log.mockRestore();
    }
  });
});
