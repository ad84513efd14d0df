// Shared by the AnyFormat emulator tests: start an emulator on a clock the test moves, call it
// over loopback HTTP, and receive webhooks.
import { createServer, type IncomingHttpHeaders } from "node:http";
import { afterEach } from "vitest";
import type { EmulatorOptions } from "../../framework/options.js";
import { startEmulator, type Emulator } from "../../framework/start-emulator.js";
import { anyformatProvider } from "./index.js";
import type { AnyformatState } from "./state.js";

export const KEY = "af_test_key";
export const START_TIME = Date.UTC(2026, 10, 1, 12, 0, 0);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A running emulator whose clock only moves when the test calls `advance`. */
export interface AnyformatHarness {
  readonly emulator: Emulator<AnyformatState>;
  readonly url: string;
  advance(ms: number): void;
  call(path: string, init?: RequestInit & { key?: string | null }): Promise<Response>;
  json<T = any>(
    path: string,
    init?: RequestInit & { key?: string | null },
  ): Promise<{ status: number; body: T; headers: Headers }>;
}

export async function startAnyformat(options: Partial<EmulatorOptions> = {}): Promise<AnyformatHarness> {
  let now = START_TIME;
  const emulator = await startEmulator({
    processingMs: 1000,
    random: 7,
    clock: { now: () => now },
    ...options,
    provider: anyformatProvider,
  });
  cleanups.push(() => emulator.close());
  const call = (path: string, init: RequestInit & { key?: string | null } = {}) => {
    const { key = KEY, ...rest } = init;
    const headers: Record<string, string> = { ...(rest.headers as Record<string, string> | undefined) };
    if (key !== null) headers["authorization"] = `Bearer ${key}`;
    return fetch(`${emulator.url}${path}`, {
      redirect: "manual",
      ...rest,
      headers,
      signal: AbortSignal.timeout(5000),
    });
  };
  return {
    emulator,
    url: emulator.url,
    advance(ms) {
      now += ms;
      emulator.state.runScheduled();
    },
    call,
    async json(path, init) {
      const response = await call(path, init);
      const text = await response.text();
      return {
        status: response.status,
        body: text === "" ? undefined : JSON.parse(text),
        headers: response.headers,
      };
    },
  };
}

/** The first workflow of the emulator's default data. */
export async function firstWorkflowId(test: AnyformatHarness): Promise<string> {
  const { body } = await test.json("/v2/workflows/?order=asc");
  return body.results[0].id as string;
}

/** Submits a run with a file part of the given name. */
export function runFile(test: AnyformatHarness, workflowId: string, fileName: string): Promise<Response> {
  const form = new FormData();
  form.append("file", new Blob(["%PDF-1.7 test"], { type: "application/pdf" }), fileName);
  return test.call(`/v2/workflows/${workflowId}/run/`, { method: "POST", body: form });
}

/** Submits a text run. */
export function runText(test: AnyformatHarness, workflowId: string, text: string): Promise<Response> {
  const form = new FormData();
  form.append("text", text);
  return test.call(`/v2/workflows/${workflowId}/run/`, { method: "POST", body: form });
}

/** A loopback HTTP server that records webhook deliveries. */
export async function startReceiver() {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${port}/hooks`, received };
}
