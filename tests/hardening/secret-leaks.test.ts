// Places a hostile or careless server (or the caller's own configuration) can put the API key,
// and the proof that it never comes back out of the SDK: not in a message, stack, toJSON,
// util.inspect, cause chain or hook argument. Every error here comes from a real failure over
// loopback; `findSecret` renders each error every way a user might log it.
import { createAnyformatClient } from "@docrun/anyformat";
import {
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  PollTimeoutError,
  RunFailedError,
  createApiClient,
  poll,
  requestOptions,
  type ClientOptions,
  type RetryInfo,
} from "@docrun/core";
import { createExtendClient } from "@docrun/extend";
import { createRetabClient } from "@docrun/retab";
import { afterEach, describe, expect, it } from "vitest";
import { findSecret } from "./helpers/no-secret.js";
import { sendJson, startLoopbackServer, type LoopbackServer } from "./helpers/loopback-server.js";
import { API_KEY, testClient, testProvider } from "./helpers/test-provider.js";
import { failOnUnhandledRejections } from "./helpers/unhandled-rejections.js";

failOnUnhandledRejections();

const servers: LoopbackServer[] = [];
const serve = async (handler: Parameters<typeof startLoopbackServer>[0]) => {
  const server = await startLoopbackServer(handler);
  servers.push(server);
  return server;
};
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Runs `action` and returns what it threw (fails the test when it resolves). */
async function thrown(action: () => unknown): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

/** Each provider's client, and one helper call that reads a run. */
const makers = {
  anyformat: (options: ClientOptions) => {
    const client = createAnyformatClient(options);
    return () => client.workflows.get("wf_1");
  },
  extend: (options: ClientOptions) => {
    const client = createExtendClient(options);
    return () => client.workflowRuns.get("workflow_run_1");
  },
  retab: (options: ClientOptions) => {
    const client = createRetabClient(options);
    return () => client.workflowRuns.get("run_1");
  },
};
const providers = Object.keys(makers) as (keyof typeof makers)[];

describe("9. the key in the status line's reason phrase", () => {
  /** Answers 401 with the caller's key as the reason phrase and an empty body. */
  const echoingStatusLine = () =>
    serve((req, res) => {
      const key = String(req.headers.authorization).replace(/^Bearer /, "");
      res.writeHead(401, `Invalid key ${key}`, { "content-length": 0 }).end();
    });

  it("core: AuthenticationError does not carry it, though the server did send it", async () => {
    const server = await echoingStatusLine();
    const raw = await fetch(server.url, { headers: { authorization: `Bearer ${API_KEY}` } });
    expect(raw.statusText).toContain(API_KEY); // the echo is real
    const client = testClient(server.url, { maxRetries: 0 });
    const error = await thrown(() => client.unwrap(client.api.GET("/runs", {})));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(findSecret(error, API_KEY)).toBeUndefined();
    expect((error as Error).message).toContain("[redacted]");
  });

  it.each(providers)("%s: AuthenticationError does not carry it", async (name) => {
    const server = await echoingStatusLine();
    const error = await thrown(makers[name]({ apiKey: API_KEY, baseUrl: server.url, maxRetries: 0 }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(findSecret(error, API_KEY)).toBeUndefined();
  });
});

describe("9. a run that echoes the key", () => {
  /** Serves one run whose every text field repeats the caller's key. */
  const echoingRun = (status: string) =>
    serve((req, res) => {
      const key = String(req.headers.authorization).replace(/^Bearer /, "");
      sendJson(res, 200, {
        object: "workflow_run",
        id: "workflow_run_1",
        status,
        failureReason: `credential ${key} rejected by the extractor`,
        [`meta_${key}`]: { nested: [{ deeper: key }] },
      });
    });

  it("RunFailedError (core poll and Extend's poll) keeps the run without the key", async () => {
    const server = await echoingRun("FAILED");
    const client = testClient(server.url);
    const fromCore = await thrown(() =>
      poll(
        (o) =>
          client.unwrap(client.api.GET("/runs/1", { ...requestOptions(o) })) as Promise<{ status: string }>,
        {
          isDone: (run) => run.status !== "PROCESSING",
          isFailed: (run) => run.status === "FAILED",
        },
      ),
    );
    const extend = createExtendClient({ apiKey: API_KEY, baseUrl: server.url });
    const fromExtend = await thrown(() => extend.workflowRuns.poll("workflow_run_1", { timeoutMs: 5_000 }));
    for (const error of [fromCore, fromExtend]) {
      expect(error).toBeInstanceOf(RunFailedError);
      expect((error as RunFailedError).status).toBe("FAILED");
      expect(findSecret(error, API_KEY)).toBeUndefined();
      expect(JSON.stringify(error)).toContain("credential [redacted] rejected");
    }
  });

  it("PollTimeoutError's lastState does not carry it", async () => {
    const server = await echoingRun("PROCESSING");
    const extend = createExtendClient({ apiKey: API_KEY, baseUrl: server.url });
    const error = await thrown(() =>
      extend.workflowRuns.poll("workflow_run_1", { timeoutMs: 300, interval: { initialMs: 20, maxMs: 50 } }),
    );
    expect(error).toBeInstanceOf(PollTimeoutError);
    expect((error as PollTimeoutError).lastState).toMatchObject({ status: "PROCESSING" });
    expect(findSecret(error, API_KEY)).toBeUndefined();
  });
});

describe("9. a key shorter than 8 characters", () => {
  const SHORT_KEY = "Zq7wX3";

  it.each(["core", ...providers] as const)("%s: an echo of it is redacted too", async (name) => {
    const server = await serve((req, res) => {
      const key = String(req.headers.authorization).replace(/^Bearer /, "");
      sendJson(res, 401, {
        error: { message: `invalid key ${key}` },
        detail: `invalid key ${key}`,
        message: key,
      });
    });
    const options = { apiKey: SHORT_KEY, baseUrl: server.url, maxRetries: 0 };
    const call =
      name === "core"
        ? () => {
            const client = createApiClient<Record<string, any>>(testProvider, options);
            return client.unwrap(client.api.GET("/runs", {}));
          }
        : makers[name](options);
    const error = await thrown(call);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${SHORT_KEY}`);
    expect(findSecret(error, SHORT_KEY)).toBeUndefined();
  });
});

describe("9. a key inside the base URL", () => {
  /** A loopback port with nothing listening. */
  const closedPort = async () => {
    const server = await startLoopbackServer(() => {});
    await server.close();
    return new URL(server.url).port;
  };

  it.each(["core", ...providers] as const)(
    "%s: as userinfo, a ConfigurationError that does not quote it, before any request",
    async (name) => {
      const server = await serve((_req, res) => sendJson(res, 200, {}));
      const baseUrl = server.url.replace("//", `//user:${API_KEY}@`);
      const error = await thrown(async () => {
        const options = { apiKey: API_KEY, baseUrl, maxRetries: 0 };
        if (name === "core") {
          const client = createApiClient<Record<string, any>>(testProvider, options);
          return client.unwrap(client.api.GET("/runs", {}));
        }
        return makers[name](options)();
      });
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/credentials/);
      expect(findSecret(error, API_KEY)).toBeUndefined();
      expect(server.requests).toHaveLength(0);
    },
  );

  it.each(["core", ...providers] as const)(
    "%s: in the path, neither ConnectionError nor onRetry's arguments show it",
    async (name) => {
      const baseUrl = `http://127.0.0.1:${await closedPort()}/${API_KEY}`;
      const retries: RetryInfo[] = [];
      const options = {
        apiKey: API_KEY,
        baseUrl,
        maxRetries: 1,
        backoff: { initialMs: 1, maxMs: 2 },
        onRetry: (info: RetryInfo) => void retries.push(info),
      };
      const error = await thrown(() => {
        if (name === "core") {
          const client = createApiClient<Record<string, any>>(testProvider, options);
          return client.unwrap(client.api.GET("/runs", {}));
        }
        return makers[name](options)();
      });
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as Error).message).toContain("[redacted]");
      expect(findSecret(error, API_KEY)).toBeUndefined();
      expect(retries).toHaveLength(1);
      expect(findSecret(retries, API_KEY)).toBeUndefined();
    },
  );
});
