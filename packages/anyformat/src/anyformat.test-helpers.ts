// Shared by @docrun/anyformat's tests: an AnyFormat emulator on loopback and a client for it.
import { startEmulator, type EmulatorOptions } from "@docrun/emulator";
import { afterEach } from "vitest";
import { startRecordingServer } from "../../../test-support/recording-server.js";
import { createAnyformatClient, type AnyformatClientOptions } from "./client.js";

export const KEY = "af_test_0123456789abcdef";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Starts an AnyFormat emulator (closed after the test) and a client pointed at it. */
export async function setup(
  options: Partial<EmulatorOptions> = {},
  clientOptions: AnyformatClientOptions = {},
) {
  const emulator = await startEmulator({ processingMs: 150, random: 1, ...options, provider: "anyformat" });
  cleanups.push(() => emulator.close());
  const af = createAnyformatClient({
    apiKey: KEY,
    baseUrl: emulator.url,
    backoff: { initialMs: 5, maxMs: 20 },
    ...clientOptions,
  });
  const [workflow] = await af.workflows.list({ order: "asc" }).toArray({ limit: 1 });
  return { emulator, af, workflowId: workflow!.id };
}

/** Fast polling for tests (the emulator finishes runs in ~150 ms). */
export const FAST = { interval: { initialMs: 10, maxMs: 40 } } as const;

/** A loopback server (closed after the test) that records every request and answers with `respond`. */
export async function startRecorder(
  respond: (path: string) => { status: number; headers?: Record<string, string>; body?: string } = () => ({
    status: 200,
    body: "{}",
  }),
) {
  const server = await startRecordingServer((request) => respond(request.url));
  cleanups.push(() => server.close());
  return { url: server.url, requests: server.requests };
}
