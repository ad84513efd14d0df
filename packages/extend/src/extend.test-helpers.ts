import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { startEmulator, type Emulator, type EmulatorOptions } from "@docrun/emulator";
import { createExtendClient, type ExtendClient, type ExtendClientOptions } from "./index.js";

/** The workflow every Extend emulator has (Extend's documentation example id). */
export const WORKFLOW_ID = "workflow_BMdfq_yWM3sT-ZzvCnA3f";

/** A started emulator and a client pointed at it. */
export interface Harness {
  emulator: Emulator;
  extend: ExtendClient;
  close(): Promise<void>;
}

/**
 * Starts an Extend emulator on loopback and a client for it (fast polling, no retry wait).
 *
 * @example
 * ```ts
 * const { extend, close } = await startHarness({ processingMs: 50 });
 * ```
 */
export async function startHarness(
  emulatorOptions: Omit<EmulatorOptions, "provider"> = {},
  clientOptions: ExtendClientOptions = {},
): Promise<Harness> {
  const emulator = await startEmulator({ provider: "extend", ...emulatorOptions });
  const extend = createExtendClient({
    apiKey: "sk_test_harness_key",
    baseUrl: emulator.url,
    ...clientOptions,
  });
  return { emulator, extend, close: () => emulator.close() };
}

/** A request a {@link RecordingServer} saw. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A plain loopback HTTP server that records requests and answers with `respond`. */
export interface RecordingServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a recording server on 127.0.0.1 (port 0).
 *
 * @example
 * ```ts
 * const server = await startRecordingServer(() => ({ status: 200, body: { object: "list", data: [] } }));
 * ```
 */
export async function startRecordingServer(
  respond: (request: RecordedRequest) => { status: number; headers?: Record<string, string>; body?: unknown },
): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const recorded = {
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const answer = respond(recorded);
      response.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      response.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
