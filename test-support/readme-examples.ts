// Every ```ts block of a provider README is type-checked against the built package and run
// against the emulator, so no README can drift from its code. Blocks are self-contained modules
// that read `<PROVIDER>_API_KEY`, `<PROVIDER>_BASE_URL`, `<PROVIDER>_WEBHOOK_SECRET` (plus any
// `env` the provider adds), which point at a local emulator; they run in a folder holding an
// `invoice.pdf`, inside the package so `@docrun/<provider>` resolves to the package's own exports.
import { mkdir, mkdtemp, readFile, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startEmulator, type Emulator, type EmulatorOptions, type ProviderName } from "@docrun/emulator";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startRecordingServer, type RecordingServer } from "./recording-server.js";

/** The README sections, in the order the provider issue asks for. */
export const README_SECTIONS = [
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
] as const;

/** What differs between providers' README tests. */
export interface ReadmeExamplesConfig {
  /** `import.meta.url` of a test file in the package's `src/`. */
  testFileUrl: string;
  provider: ProviderName;
  /** The key the examples get; the test fails if any example prints it. */
  apiKey: string;
  webhookSecret: string;
  /** Emulator options besides provider and webhook receiver. */
  emulator?: Omit<EmulatorOptions, "provider" | "webhooks">;
  /** Extra environment variables for the examples (e.g. a workflow id from the seeded emulator). */
  env?: (emulator: Emulator) => Record<string, string>;
  /** Fewest ```ts blocks the README must hold. */
  minBlocks: number;
  /** Checks on what the examples printed (one string per `console.log` call). */
  expectPrinted?: (printed: string[]) => void;
  /** The README's `export async function POST(request)` webhook handler. */
  webhook: {
    /** Text identifying the delivery to replay (an event type). */
    event: string;
    /** Signature headers to copy from the emulator's delivery. */
    headers: readonly string[];
    /** Changes the body so its signature no longer matches. */
    tamper: (body: string) => string;
    /** Whether the handler refuses the same delivery twice (replay store): the answer's text, or true for any 400. */
    rejectsReplay?: string | true;
    /** Text the handler prints when it accepts the delivery. */
    printsOnAccept?: string;
  };
}

function typeErrors(packageDir: string, files: string[]): string[] {
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

/**
 * Registers the README test suite of one provider package: section order, type-check, every
 * example run against the emulator, and the webhook handler example fed a real signed delivery.
 *
 * @example
 * ```ts
 * describeReadmeExamples({ testFileUrl: import.meta.url, provider: "retab", apiKey, webhookSecret, minBlocks: 9, webhook });
 * ```
 */
export function describeReadmeExamples(config: ReadmeExamplesConfig): void {
  const packageDir = join(dirname(fileURLToPath(config.testFileUrl)), "..");
  const tmpDir = join(packageDir, ".tmp");
  // One folder per run: several engineers' test runs may share the checkout at the same time.
  let workDir = "";
  const prefix = config.provider.toUpperCase();
  const cwd = process.cwd();
  let emulator: Emulator;
  let receiver: RecordingServer;
  let blocks: string[] = [];
  let sources: string[] = [];

  beforeAll(async () => {
    receiver = await startRecordingServer();
    emulator = await startEmulator({
      ...config.emulator,
      provider: config.provider,
      webhooks: [{ url: `${receiver.url}/hooks`, secret: config.webhookSecret }],
    });
    const env = {
      [`${prefix}_API_KEY`]: config.apiKey,
      [`${prefix}_BASE_URL`]: emulator.url,
      [`${prefix}_WEBHOOK_SECRET`]: config.webhookSecret,
      ...config.env?.(emulator),
    };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    await mkdir(tmpDir, { recursive: true });
    workDir = await mkdtemp(join(tmpDir, "readme-examples-"));
    await writeFile(join(workDir, "invoice.pdf"), "%PDF-1.7 readme example");
    const readme = await readFile(join(packageDir, "README.md"), "utf8");
    blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
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
    if (workDir !== "") await rm(workDir, { recursive: true, force: true });
    await rmdir(tmpDir).catch(() => undefined); // only when empty
  });

  async function runBlock(index: number, variant = ""): Promise<Record<string, unknown>> {
    const output = ts.transpileModule(blocks[index]!, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const file = join(workDir, `example-${index}${variant}.mjs`);
    await writeFile(file, output.outputText);
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  }

  describe("README examples", () => {
    it("has the sections in the documented order and examples in every code section", async () => {
      const readme = await readFile(join(packageDir, "README.md"), "utf8");
      expect([...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1])).toEqual([...README_SECTIONS]);
      expect(blocks.length).toBeGreaterThanOrEqual(config.minBlocks);
    });

    it("type-check against the built package", () => {
      expect(typeErrors(packageDir, sources)).toEqual([]);
    });

    it("run against the emulator, print what they promise, and never print the key", async () => {
      const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
      try {
        for (let index = 0; index < blocks.length; index++) {
          await expect(runBlock(index), `README block ${index + 1}`).resolves.toBeDefined();
        }
        const printed = log.mock.calls.map((call) => call.map(String).join(" "));
        expect(printed.length).toBeGreaterThan(0);
        config.expectPrinted?.(printed);
        expect(printed.join("\n")).not.toContain(config.apiKey);
      } finally {
        log.mockRestore();
      }
    });

    it("the webhook handler example needs only the secret, accepts a signed delivery and rejects a tampered one", async () => {
      const { webhook } = config;
      const index = blocks.findIndex((block) => block.includes("export async function POST"));
      expect(index).toBeGreaterThanOrEqual(0);
      // A webhook receiver has the signing secret, not an API key: load the handler without one.
      vi.stubEnv(`${prefix}_API_KEY`, "");
      const { POST } = (await runBlock(index, "-without-key")) as {
        POST: (request: Request) => Promise<Response>;
      };
      vi.stubEnv(`${prefix}_API_KEY`, config.apiKey);
      emulator.state.runScheduled();
      await emulator.state.webhooksIdle();
      const delivery = receiver.requests.find((request) => request.body.includes(webhook.event));
      expect(delivery).toBeDefined();
      const headers = Object.fromEntries(
        webhook.headers.map((name) => [name, String(delivery!.headers[name.toLowerCase()])]),
      );
      const send = (body: string) =>
        POST(new Request("http://localhost/hooks", { method: "POST", headers, body }));
      const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
      try {
        expect((await send(delivery!.body)).status).toBe(204);
        if (webhook.printsOnAccept !== undefined) {
          expect(log.mock.calls.flat().map(String).join(" ")).toContain(webhook.printsOnAccept);
        }
        if (webhook.rejectsReplay !== undefined) {
          const replayed = await send(delivery!.body);
          expect(replayed.status).toBe(400);
          if (webhook.rejectsReplay !== true) expect(await replayed.text()).toBe(webhook.rejectsReplay);
        }
        const tampered = await send(webhook.tamper(delivery!.body));
        expect(tampered.status).toBe(400);
        expect(await tampered.text()).toBe("signature_mismatch");
      } finally {
        log.mockRestore();
      }
    });
  });
}
