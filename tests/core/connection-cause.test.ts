// A ConnectionError says why the connection failed (issue 18, item 5), over real loopback sockets.
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { describe, expect, test } from "vitest";
import { ConnectionError, createApiClient, parseErrorEnvelope } from "@docrun/core";

const provider = {
  name: "Loop",
  apiKeyEnv: "LOOP_API_KEY",
  baseUrlEnv: "LOOP_BASE_URL",
  defaultBaseUrl: "https://unused.test",
  parseError: parseErrorEnvelope,
};

/** A loopback port that was just free and now has nobody listening: connecting is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("ConnectionError", () => {
  test("a closed port: the message and `code` say ECONNREFUSED, after the retries", async () => {
    const port = await closedPort();
    const client = createApiClient<any>(provider, {
      apiKey: "sk_loop_key_0123456789",
      baseUrl: `http://127.0.0.1:${port}`,
      backoff: { initialMs: 1, maxMs: 2 },
    });
    const error = await client.unwrap(client.api.GET("/runs", {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    const connection = error as ConnectionError;
    expect(connection.code).toBe("ECONNREFUSED");
    expect(connection.message).toBe(`GET http://127.0.0.1:${port}/runs failed: ECONNREFUSED`);
    expect(connection.attempts).toBe(3);
    expect(JSON.parse(JSON.stringify(connection))).toMatchObject({ code: "ECONNREFUSED" });
  });

  test("an unknown host: ENOTFOUND (no network needed: .invalid never resolves)", async () => {
    const client = createApiClient<any>(provider, {
      apiKey: "sk_loop_key_0123456789",
      baseUrl: "https://docrun-test.invalid",
      maxRetries: 0,
    });
    const error = (await client
      .unwrap(client.api.GET("/runs", {}))
      .catch((e: unknown) => e)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(["ENOTFOUND", "EAI_AGAIN"]).toContain(error.code);
    expect(error.message).toContain(`failed: ${error.code}`);
  });
});
