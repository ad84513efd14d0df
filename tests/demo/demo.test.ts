// `pnpm demo` as a newcomer runs it, but piped: no keys, plain output, every section present,
// exit 0 and nothing left running.
import { beforeAll, describe, expect, test } from "vitest";
import { startEmulator } from "@docrun/emulator";
import { runScript, withoutProviderSettings, type ScriptResult } from "./run-script.js";

const PROVIDERS = ["AnyFormat", "Extend", "Retab"];

describe("pnpm demo (emulators, no keys, not a TTY)", () => {
  let result: ScriptResult;
  beforeAll(async () => {
    // Base URLs pointing nowhere prove the demo talks only to its own emulators.
    const env = withoutProviderSettings({
      NO_COLOR: "1",
      EXTEND_BASE_URL: "https://extend.invalid",
      RETAB_BASE_URL: "https://retab.invalid",
      ANYFORMAT_BASE_URL: "https://anyformat.invalid",
    });
    result = await runScript(["scripts/demo.mjs"], env, 100_000);
  }, 110_000);

  test("exits 0 after saying it finished and stopped the emulators", () => {
    expect(result.stderr).toBe("");
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/== Finished in [\d.]+ m?s; emulators stopped\s*$/);
  });

  test("prints plain text when NO_COLOR is set and output is piped", () => {
    expect(result.stdout).not.toMatch(/\x1b\[/);
    expect(result.stdout).not.toContain("\r");
  });

  test("starts and seeds the three emulators on loopback", () => {
    for (const name of PROVIDERS)
      expect(result.stdout).toMatch(
        new RegExp(`${name}\\s+http://127\\.0\\.0\\.1:\\d+\\s+3,000 runs seeded`),
      );
  });

  test("lists every run of a workflow in each provider's own pagination style", () => {
    const styles = {
      AnyFormat: "page numbers, 4 pages read ahead",
      Extend: "opaque page tokens",
      Retab: "id cursors",
    };
    for (const [name, style] of Object.entries(styles)) {
      const line = result.stdout.split("\n").find((l) => l.includes(`${name}`) && l.includes(style));
      expect(line, `${name} listing line`).toMatch(/\b[1-9][\d,]* runs in [1-9]\d* pages, [\d.]+ m?s/);
    }
  });

  test("sends a document through each provider and reports the finished result", () => {
    expect(result.stdout).toMatch(
      /AnyFormat workflows\.runAndWait: results ready, \d+ fields extracted after/,
    );
    expect(result.stdout).toMatch(/Extend workflowRuns\.createAndPoll: PROCESSED \(workflow_run_\S+\) after/);
    expect(result.stdout).toMatch(/Retab workflowRuns\.createAndPoll: completed \(run_\S+\) after/);
    // Progress is reported while waiting, one plain line per status change.
    expect(result.stdout).toMatch(/Extend workflowRuns\.createAndPoll: PROCESSING \(/);
  });

  test("shows rate-limited and failing calls being retried without reaching the caller", () => {
    expect(result.stdout).toMatch(/retry: GET \S+ got 429, waiting/);
    expect(result.stdout).toMatch(/retry: GET \S+ got 500, waiting/);
    expect(result.stdout).toMatch(
      /listed 600 runs in [\d.]+ m?s: \d+ requests, [1-9]\d* rate-limited .* [1-9]\d* failed \(500\), all retried/,
    );
  });

  test("runs a few dozen documents in bulk, stops halfway and resumes without creating a run twice", () => {
    expect(result.stdout).toMatch(
      /first pass \(stopped halfway\): \d+ succeeded, \d+ failed, [1-9]\d* stopped in flight/,
    );
    expect(result.stdout).toMatch(
      /resumed from the checkpoint: \d+ succeeded, \d+ failed, 0 stopped in flight, [1-9]\d* already done/,
    );
    expect(result.stdout).toMatch(/the emulator holds 36 runs for 36 documents: none created twice/);
  });

  test("turns a failed run and an unknown id into typed errors", () => {
    for (const name of PROVIDERS) {
      expect(result.stdout).toMatch(
        new RegExp(`${name}: scan-fail\\.pdf → RunFailedError \\(status \\w+\\)`),
      );
      expect(result.stdout).toMatch(new RegExp(`${name}: unknown id → NotFoundError 404.*request id req_`));
    }
  });

  test("verifies each provider's webhook deliveries and rejects a tampered one", () => {
    for (const name of PROVIDERS) {
      expect(result.stdout).toMatch(new RegExp(`${name}: [1-9]\\d* deliveries verified, e\\.g\\. \\S+`));
      expect(result.stdout).toMatch(new RegExp(`${name}: tampered body rejected: WebhookSignatureError`));
    }
  });
});

describe("pnpm demo --live without any key", () => {
  test("skips every provider with a line saying which key is missing, and exits 0", async () => {
    const { code, stdout } = await runScript(
      ["scripts/demo.mjs", "--live"],
      withoutProviderSettings({ NO_COLOR: "1" }),
      30_000,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("AnyFormat: skipped (no ANYFORMAT_API_KEY set)");
    expect(stdout).toContain("Extend: skipped (no EXTEND_API_KEY set)");
    expect(stdout).toContain("Retab: skipped (no RETAB_API_KEY set)");
    expect(stdout).toContain("set a provider's API key to use --live");
  }, 40_000);
});

describe("pnpm demo --live with one provider's key", () => {
  test("uses that provider's base URL from the environment, read-only, and skips the others", async () => {
    // The emulator stands in for the real API: the demo only sees EXTEND_API_KEY and EXTEND_BASE_URL.
    const api = await startEmulator({
      provider: "extend",
      seed: { runs: 150, seed: 9 },
      apiKeys: ["live-key"],
    });
    try {
      const env = withoutProviderSettings({
        NO_COLOR: "1",
        EXTEND_API_KEY: "live-key",
        EXTEND_BASE_URL: api.url,
      });
      const { code, stdout } = await runScript(["scripts/demo.mjs", "--live"], env, 30_000);
      expect(code).toBe(0);
      expect(stdout).toContain(`Extend: ${api.url}`);
      expect(stdout).toContain("AnyFormat: skipped (no ANYFORMAT_API_KEY set)");
      expect(stdout).toMatch(/Extend\s+opaque page tokens\s+[1-9][\d,]* runs in [1-9]\d* pages/);
      expect(stdout).toMatch(/Extend: unknown id → NotFoundError 404/);
      expect(stdout).toContain("skipped in --live: it would create billable runs in your account");
      // Read-only: nothing was created.
      expect(api.state.countRequests({ method: "POST" })).toBe(0);
    } finally {
      await api.close();
    }
  }, 40_000);
});
