// A plain loopback HTTP server for provider tests that need to see exactly what a client sent
// (headers, URL, body) or to answer with something the emulator never would.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** A request a {@link RecordingServer} saw. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the server answers: a string body is sent as it is, anything else as JSON; `null` never answers. */
export interface RecordedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A started {@link startRecordingServer}. */
export interface RecordingServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  url: string;
  /** Every request so far, in arrival order. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a recording server on 127.0.0.1 (port 0). Close it in `afterEach`/`afterAll`.
 *
 * @example
 * ```ts
 * const server = await startRecordingServer(() => ({ status: 200, body: { object: "list", data: [] } }));
 * ```
 */
export async function startRecordingServer(
  respond: (request: RecordedRequest) => RecordedAnswer | null = () => ({ status: 200 }),
): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const recorded: RecordedRequest = {
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const answer = respond(recorded);
      if (answer === null) return; // left hanging until close()
      const body =
        answer.body === undefined
          ? ""
          : typeof answer.body === "string"
            ? answer.body
            : JSON.stringify(answer.body);
      response.writeHead(answer.status, { "content-type": "application/json", ...answer.headers }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
