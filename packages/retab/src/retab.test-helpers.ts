import { startEmulator, type Emulator, type EmulatorOptions } from "@docrun/emulator";
import { createRetabClient, type RetabClient, type RetabClientOptions } from "./index.js";

/** Ids of the emulator's built-in workflows (always present, seeded or not). */
export const INVOICES = "wf_3Fh8kLmN2pQr";
export const ONBOARDING = "wf_9Kd3sLq5wEr7";

/** A running Retab emulator and a client factory pointed at it. */
export interface Harness {
  emulator: Emulator;
  client(options?: RetabClientOptions): RetabClient;
}

/** Starts the Retab emulator on loopback; clients get a test key and fast retries. */
export async function startHarness(options: Omit<EmulatorOptions, "provider"> = {}): Promise<Harness> {
  const emulator = await startEmulator({ provider: "retab", ...options });
  return {
    emulator,
    client: (clientOptions = {}) =>
      createRetabClient({
        apiKey: "sk_test_docrun",
        baseUrl: emulator.url,
        backoff: { initialMs: 5, maxMs: 20 },
        ...clientOptions,
      }),
  };
}

/** The emulator's Retab store (typed loosely: tests only count and inspect). */
export function retabStore(emulator: Emulator): {
  runs: Map<string, unknown>;
  idempotency: Map<string, { runId: string; replays: number }>;
} {
  return emulator.state.provider as never;
}

/** A small PDF-looking byte array. */
export const pdfBytes = new TextEncoder().encode("%PDF-1.7\n%%EOF\n");

/** Fast polling for tests (real time, small waits). */
export const fastPoll = { interval: { initialMs: 5, maxMs: 20 } } as const;
