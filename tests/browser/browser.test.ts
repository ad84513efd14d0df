// Real browser: each package is bundled for the browser with esbuild, served from one loopback
// origin, and driven in headless Chromium against an emulator on another origin (so CORS is real).
// From the page: list runs across several pages, wait for a run, verify a webhook with WebCrypto.
// The build fails the test if a package pulls a `node:` module into the browser bundle.
import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { startEmulator, type Emulator } from "@docrun/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBrowser } from "../../scripts/lib/browser.mjs";
import { browserScenarios } from "./scenarios.js";
import type { ScenarioInput, ScenarioResult } from "./pages/scenario.js";

// A Chromium/Chrome the machine has (`pnpm test` finds one, or installs Debian's chromium where it
// may, and passes it as DOCRUN_CHROMIUM); never a downloaded browser build.
const CHROMIUM = process.env.DOCRUN_CHROMIUM ?? findBrowser()?.path ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
const API_KEY = "sk_test_browser_0123456789";
const WEBHOOK_SECRET = "whsec_browser_test_secret";

/**
 * Bundles for the browser (an entry file, or inline source resolved from this folder); throws when
 * anything from `node:` gets in, as an import or as a reference in the output.
 */
async function bundleForBrowser(entry: { file: string } | { source: string }): Promise<string> {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const input: BuildOptions =
    "file" in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.source, resolveDir: here, loader: "ts" } };
  const result = await build({
    ...input,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    absWorkingDir: fileURLToPath(new URL("../..", import.meta.url)),
  });
  const nodeImports = Object.values(result.metafile.inputs)
    .flatMap((file) => file.imports)
    .filter((imported) => imported.path.startsWith("node:"))
    .map((imported) => imported.path);
  if (nodeImports.length)
    throw new Error(`browser bundle imports Node-only modules: ${nodeImports.join(", ")}`);
  const text = result.outputFiles[0]!.text;
  const reference = /["'`]node:[a-z_/]+["'`]/.exec(text);
  if (reference) throw new Error(`browser bundle references ${reference[0]}`);
  return text;
}

let browser: Browser;
let pageServer: Server;
let pageOrigin: string;
const bundles = new Map<string, string>();

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
  pageServer = createServer((req, res) => {
    const name = /^\/(\w[\w-]*)\.js$/.exec(req.url ?? "")?.[1];
    if (name && bundles.has(name)) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      return void res.end(bundles.get(name));
    }
    const page = /^\/(\w[\w-]*)\.html$/.exec(req.url ?? "")?.[1];
    if (page && bundles.has(page)) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return void res.end(
        `<!doctype html><meta charset="utf-8"><title>${page}</title><script type="module" src="/${page}.js"></script>`,
      );
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => pageServer.listen(0, "127.0.0.1", resolve));
  const address = pageServer.address();
  pageOrigin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (pageServer ? pageServer.close(() => resolve()) : resolve()));
});

describe("the node: guard", () => {
  it.each(["anyformat", "extend", "retab"])(
    "refuses @docrun/%s/node, the one subpath that is Node-only by design",
    async (name) => {
      await expect(bundleForBrowser({ source: `export * from "@docrun/${name}/node";` })).rejects.toThrow(
        /node:/,
      );
    },
  );

  it("fails a bundle that imports a Node-only module (so the checks below can fail)", async () => {
    await expect(
      bundleForBrowser({ source: 'import { readFileSync } from "node:fs"; console.log(readFileSync);' }),
    ).rejects.toThrow(/node:fs/);
  });
});

describe.each(browserScenarios.map((scenario) => ({ name: scenario.name, scenario })))(
  "$name in Chromium",
  ({ scenario }) => {
    let emulator: Emulator;
    let result: ScenarioResult;
    let expectedIds: string[];
    const pageErrors: string[] = [];
    const RUNS = 23;

    beforeAll(async () => {
      bundles.set(
        scenario.name,
        await bundleForBrowser({ file: fileURLToPath(new URL(scenario.entry, import.meta.url)) }),
      );
      emulator = await startEmulator({
        provider: scenario.provider,
        seed: { runs: RUNS, seed: 5, workflows: 1 },
        processingMs: 150,
      });
      const body = JSON.stringify(scenario.webhookBody);
      const now = Math.floor(Date.now() / 1000);
      const input: ScenarioInput = {
        baseUrl: emulator.url,
        apiKey: API_KEY,
        pageSize: 5,
        webhook: {
          body,
          secret: WEBHOOK_SECRET,
          headers: await emulator.provider.signWebhook(WEBHOOK_SECRET, body, now),
        },
      };
      // The listing as Node sees it, before the page creates a run of its own.
      expectedIds = await scenario.expectedIds(emulator.url, API_KEY);
      const page = await browser.newPage();
      page.on("pageerror", (error) => void pageErrors.push(String(error)));
      try {
        await page.goto(`${pageOrigin}/${scenario.name}.html`);
        await page.waitForFunction(() => typeof window.docrunScenario === "function", undefined, {
          timeout: 10_000,
        });
        result = await page.evaluate((arg) => window.docrunScenario!(arg), input);
      } finally {
        await page.close();
      }
    }, 60_000);

    afterAll(() => emulator?.close());

    it("the bundle has no Node-only module and the page raised no uncaught error or unhandled rejection", () => {
      expect(bundles.get(scenario.name)!.length).toBeGreaterThan(0);
      expect(pageErrors).toEqual([]);
    });

    it("lists every run across several pages, in the same order as Node sees them", () => {
      expect(expectedIds).toHaveLength(RUNS);
      expect(result.listedIds).toEqual(expectedIds);
      expect(result.pages).toBeGreaterThanOrEqual(Math.ceil(RUNS / 5));
    });

    it("waits for a run it created until the run is terminal", () => {
      expect(scenario.successStatuses).toContain(result.waitedStatus);
    });

    it("verifies a webhook signed in Node with WebCrypto, and rejects it tampered", () => {
      expect(result.webhookHonest).toBe("accepted");
      expect(result.webhookTampered).toMatch(/^WebhookSignatureError:signature_mismatch$/);
    });
  },
);
