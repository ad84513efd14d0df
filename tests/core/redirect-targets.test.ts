// Where a redirect may lead and what crosses to another origin, over real loopback HTTP: each
// refusal is an InvalidResponseError naming why, and the refused target never receives a request.
import { afterEach, describe, expect, test } from "vitest";
import { InvalidResponseError, createApiClient, parseErrorEnvelope } from "@docrun/core";
import { sendJson, startServer, type Handler } from "./server.js";

const provider = {
  name: "Loop",
  apiKeyEnv: "LOOP_API_KEY",
  baseUrlEnv: "LOOP_BASE_URL",
  defaultBaseUrl: "https://unused.test",
  parseError: parseErrorEnvelope,
};
const apiKey = "sk_test_redirects_0123";
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler) {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

/** A client on a server whose every answer is a 302 (or `status`) to `location(other)`. */
async function redirectingTo(location: (other: string) => string, status = 302) {
  const other = await serve((req, res) => sendJson(res, 200, { at: req.url }));
  const first = await serve(
    (_req, res) => void res.writeHead(status, { location: location(other.url) }).end(),
  );
  const { api } = createApiClient<any>(provider, { apiKey, baseUrl: first.url, maxRetries: 0 });
  return { api, first, other };
}

async function refusal(call: Promise<unknown>): Promise<InvalidResponseError> {
  const error = await call.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidResponseError);
  return error as InvalidResponseError;
}

describe("a redirect target is checked before it is followed", () => {
  test("an unreadable Location is refused as such", async () => {
    const { api, first } = await redirectingTo(() => "http://[::1");
    const error = await refusal(api.GET("/start", {}));
    expect(error.message).toBe(`GET ${first.url}/start: 302 redirect to an unreadable Location`);
    expect(first.requests).toHaveLength(1);
  });

  test.each([
    ["data:", () => "data:application/json,{}"],
    ["javascript:", () => "javascript:alert(1)"],
    // Ends in "http:": only the regex's start anchor stops it.
    ["xhttp:", (other: string) => other.replace(/^http/, "xhttp")],
    ["https+x:", (other: string) => other.replace(/^http/, "https+x")],
  ])("a %s target is refused, naming the scheme", async (scheme, location) => {
    const { api, first, other } = await redirectingTo(location);
    const error = await refusal(api.GET("/start", {}));
    expect(error.message).toBe(
      `GET ${first.url}/start: 302 redirect to a ${scheme} URL refused (only http and https)`,
    );
    expect(other.requests).toHaveLength(0);
  });

  test.each([
    ["user and password", "u:p@"],
    ["only a user", "u@"],
    ["only a password", ":p@"],
  ])("a target with %s in it is refused", async (_what, credentials) => {
    const { api, first, other } = await redirectingTo((url) => url.replace("//", `//${credentials}`) + "/x");
    const error = await refusal(api.GET("/start", {}));
    expect(error.message).toBe(`GET ${first.url}/start: 302 redirect to a URL with credentials refused`);
    expect(other.requests).toHaveLength(0);
  });
});

describe("a hop to another origin", () => {
  test("keeps only the safelisted headers the caller sent, never the key or custom ones", async () => {
    const { api, first, other } = await redirectingTo((url) => `${url}/landing`);
    const { data } = await api.GET("/start", {
      headers: { "content-language": "de", "accept-language": "fr", "x-workspace": "ws_1" },
    });
    expect(data).toStrictEqual({ at: "/landing" });
    expect(first.requests[0]!.headers).toMatchObject({
      authorization: expect.stringContaining(apiKey),
      "x-workspace": "ws_1",
    });
    const hop = other.requests[0]!.headers;
    expect(hop["content-language"]).toBe("de");
    expect(hop["accept-language"]).toBe("fr");
    expect(hop["x-workspace"]).toBeUndefined();
    expect(hop.authorization).toBeUndefined();
    expect(JSON.stringify(hop)).not.toContain(apiKey);
  });

  test("does not invent a safelisted header the caller did not send", async () => {
    const { api, other } = await redirectingTo((url) => `${url}/landing`);
    await api.GET("/start", {});
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]!.headers["content-language"]).toBeUndefined();
  });

  test("refuses to re-send a request body (307), and sends nothing there", async () => {
    const { api, first, other } = await redirectingTo((url) => `${url}/landing`, 307);
    const error = await refusal(api.POST("/runs", { body: { secret: "doc" } }));
    expect(error.message).toBe(
      `POST ${first.url}/runs: 307 redirect of a request body to another origin refused`,
    );
    expect(other.requests).toHaveLength(0);
  });
});
