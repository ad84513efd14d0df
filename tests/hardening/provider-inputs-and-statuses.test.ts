// Through each provider package: bad inputs fail before any request, a status the provider's spec
// does not know reaches the caller without making a wait spin forever, and a base URL that serves
// a web page instead of the API is a typed error.
import { createAnyformatClient } from "@docrun/anyformat";
import { ConfigurationError, InvalidResponseError, PollTimeoutError, TimeoutError } from "@docrun/core";
import { startEmulator, type Emulator, type ProviderName } from "@docrun/emulator";
import { createExtendClient } from "@docrun/extend";
import { createRetabClient } from "@docrun/retab";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startLoopbackServer, type LoopbackServer } from "./helpers/loopback-server.js";
import { failOnUnhandledRejections } from "./helpers/unhandled-rejections.js";

failOnUnhandledRejections();

const apiKey = "sk_test_inputs_0123456789";
const interval = { initialMs: 20, maxMs: 60 };

/** Resolves with what `action` threw, or with `"no error"` when it did not throw. */
async function failureOf(action: () => unknown): Promise<unknown> {
  try {
    const result = action();
    // A paginator fails on iteration: drain it.
    if (result && typeof result === "object" && Symbol.asyncIterator in result)
      for await (const _ of result as AsyncIterable<unknown>);
    else await result;
  } catch (error) {
    return error;
  }
  return "no error";
}

describe.each<{ provider: ProviderName; env: string }>([
  { provider: "anyformat", env: "ANYFORMAT_API_KEY" },
  { provider: "extend", env: "EXTEND_API_KEY" },
  { provider: "retab", env: "RETAB_API_KEY" },
])("$provider: bad inputs fail fast, before any request", ({ provider, env }) => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ provider });
  });
  afterAll(() => emulator.close());

  const clients = {
    anyformat: (options: object = {}) => createAnyformatClient({ apiKey, baseUrl: emulator.url, ...options }),
    extend: (options: object = {}) => createExtendClient({ apiKey, baseUrl: emulator.url, ...options }),
    retab: (options: object = {}) => createRetabClient({ apiKey, baseUrl: emulator.url, ...options }),
  };

  /** Page sizes outside the provider's documented bounds, and calls with an empty workflow id. */
  const badCalls: Record<ProviderName, [string, () => unknown][]> = {
    anyformat: [
      [
        "pageSize 0",
        () =>
          createAnyformatClient({ apiKey, baseUrl: emulator.url }).workflows.listRuns("wf", { pageSize: 0 }),
      ],
      [
        "pageSize 101",
        () =>
          createAnyformatClient({ apiKey, baseUrl: emulator.url }).workflows.listRuns("wf", {
            pageSize: 101,
          }),
      ],
      [
        "empty workflow id (run)",
        () => createAnyformatClient({ apiKey, baseUrl: emulator.url }).workflows.run("", { text: "x" }),
      ],
      [
        "empty workflow id (listRuns)",
        () => createAnyformatClient({ apiKey, baseUrl: emulator.url }).workflows.listRuns(""),
      ],
      [
        "empty text",
        () => createAnyformatClient({ apiKey, baseUrl: emulator.url }).workflows.run("wf", { text: "" }),
      ],
    ],
    extend: [
      [
        "maxPageSize 0",
        () => createExtendClient({ apiKey, baseUrl: emulator.url }).workflowRuns.list({ maxPageSize: 0 }),
      ],
      [
        "maxPageSize 1001",
        () => createExtendClient({ apiKey, baseUrl: emulator.url }).workflowRuns.list({ maxPageSize: 1001 }),
      ],
      [
        "empty workflow id",
        () =>
          createExtendClient({ apiKey, baseUrl: emulator.url }).workflowRuns.create({
            workflow: { id: "" },
            file: { text: "x", name: "x.txt" },
          }),
      ],
      ["empty run id", () => createExtendClient({ apiKey, baseUrl: emulator.url }).workflowRuns.poll("")],
    ],
    retab: [
      ["limit 0", () => createRetabClient({ apiKey, baseUrl: emulator.url }).workflowRuns.list({ limit: 0 })],
      [
        "limit 101",
        () => createRetabClient({ apiKey, baseUrl: emulator.url }).workflowRuns.list({ limit: 101 }),
      ],
      [
        "empty workflow id",
        () => createRetabClient({ apiKey, baseUrl: emulator.url }).workflowRuns.create({ workflow_id: "" }),
      ],
      ["empty run id", () => createRetabClient({ apiKey, baseUrl: emulator.url }).workflowRuns.poll("")],
    ],
  };

  it("a missing key names the env variable", async () => {
    const saved = process.env[env];
    delete process.env[env];
    try {
      const error = await failureOf(() => clients[provider]({ apiKey: undefined }));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toContain(env);
    } finally {
      if (saved !== undefined) process.env[env] = saved;
    }
  });

  it("a negative timeout, negative retries and remote plain http are refused at creation", async () => {
    for (const options of [{ timeoutMs: -1 }, { maxRetries: -1 }, { baseUrl: "http://api.example.invalid" }])
      expect(await failureOf(() => clients[provider](options)), JSON.stringify(options)).toBeInstanceOf(
        ConfigurationError,
      );
  });

  it("page sizes outside the provider's bounds and empty ids are ConfigurationErrors", async () => {
    const outcomes: Record<string, string> = {};
    for (const [label, call] of badCalls[provider]) {
      const error = await failureOf(call);
      outcomes[label] = error instanceof ConfigurationError ? "ConfigurationError" : String(error);
    }
    expect(
      Object.values(outcomes).every((outcome) => outcome === "ConfigurationError"),
      JSON.stringify(outcomes),
    ).toBe(true);
  });

  it("none of the above sent a single request", () => {
    expect(emulator.state.counters.requests).toBe(0);
  });
});

describe("a status the spec does not know", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  it("Extend: treated as terminal (Extend's rule: all but PENDING/PROCESSING/CANCELLING), and the caller sees it", async () => {
    server = await startLoopbackServer((req, res) =>
      sendJson(res, 200, {
        object: "workflow_run",
        id: req.url!.split("/").pop(),
        status: "ARCHIVED_BY_ALIENS",
      }),
    );
    const extend = createExtendClient({ apiKey, baseUrl: server.url });
    const run = await extend.workflowRuns.poll("workflow_run_1", { timeoutMs: 2_000, interval });
    expect(run.status).toBe("ARCHIVED_BY_ALIENS");
    expect(server.requests).toHaveLength(1);
  }, 10_000);

  it("Retab: the wait ends at its deadline in PollTimeoutError carrying the run, progress shows the status", async () => {
    server = await startLoopbackServer((req, res) =>
      sendJson(res, 200, {
        id: "run_1",
        workflow_id: "wf_1",
        workflow_version_id: "ver_1",
        trigger: { type: "api" },
        lifecycle: { status: "hibernating" },
        timing: { created_at: "2026-11-23T00:00:00Z", started_at: null, completed_at: null },
      }),
    );
    const retab = createRetabClient({ apiKey, baseUrl: server.url });
    const seen = new Set<string>();
    const error = await retab.workflowRuns
      .poll("run_1", { timeoutMs: 400, interval, onProgress: (run) => run && seen.add(run.lifecycle.status) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PollTimeoutError);
    expect((error as PollTimeoutError).lastState).toMatchObject({ lifecycle: { status: "hibernating" } });
    expect([...seen]).toEqual(["hibernating"]);
  }, 10_000);

  it("AnyFormat: listed runs keep the unknown status; a result that is never ready ends in PollTimeoutError", async () => {
    server = await startLoopbackServer((req, res) => {
      if (req.url!.includes("/runs/"))
        return sendJson(res, 200, {
          count: 1,
          page: 1,
          page_size: 100,
          results: [{ id: "c1", status: "teleporting" }],
        });
      sendJson(res, 412, {
        error: "Results not ready",
        detail: "in_progress",
        error_code: "PRECONDITION_FAILED",
        retryable: true,
        request_id: "req_1",
      });
    });
    const af = createAnyformatClient({ apiKey, baseUrl: server.url });
    expect(await af.workflows.listRuns("wf").toArray()).toEqual([{ id: "c1", status: "teleporting" }]);
    const error = await af.workflows.poll("wf", "c1", { timeoutMs: 400, interval }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PollTimeoutError);
    expect(error).not.toBeInstanceOf(TimeoutError);
  }, 10_000);
});

describe("a base URL that serves a web page instead of the API", () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<!doctype html><title>Welcome to our marketing site</title>");
    });
  });
  afterAll(() => server.close());

  it.each([
    ["anyformat", () => createAnyformatClient({ apiKey, baseUrl: server.url }).workflows.list().toArray()],
    ["extend", () => createExtendClient({ apiKey, baseUrl: server.url }).workflowRuns.list().toArray()],
    ["retab", () => createRetabClient({ apiKey, baseUrl: server.url }).workflowRuns.list().toArray()],
  ])("%s: InvalidResponseError, not empty data", async (_name, call) => {
    await expect(call()).rejects.toBeInstanceOf(InvalidResponseError);
  });
});

describe("an AbortSignal ends a wait at once", () => {
  it.each<ProviderName>(["anyformat", "extend", "retab"])(
    "%s: AbortError, and no request is sent after the abort",
    async (provider) => {
      // Runs take a minute here: only the abort can end the wait.
      const emulator = await startEmulator({ provider, processingMs: 60_000 });
      try {
        const controller = new AbortController();
        const options = { signal: controller.signal, timeoutMs: 30_000, interval };
        const waits = {
          anyformat: async () => {
            const af = createAnyformatClient({ apiKey, baseUrl: emulator.url });
            const [workflow] = await af.workflows.list().toArray({ limit: 1 });
            return af.workflows.runAndWait(workflow!.id, { text: "slow" }, options);
          },
          extend: async () => {
            const extend = createExtendClient({ apiKey, baseUrl: emulator.url });
            const [workflow] = await extend.workflows.list().toArray({ limit: 1 });
            return extend.workflowRuns.createAndPoll(
              { workflow: { id: workflow!.id }, file: { text: "slow", name: "slow.txt" } },
              options,
            );
          },
          retab: async () => {
            const retab = createRetabClient({ apiKey, baseUrl: emulator.url });
            const [workflow] = await retab.workflows.list().toArray({ limit: 1 });
            return retab.workflowRuns.createAndPoll({ workflow_id: workflow!.id }, options);
          },
        };
        const waiting = waits[provider]().catch((e: unknown) => e);
        // Abort once the wait is under way (its first status checks have been answered).
        while (emulator.state.counters.requests < 4) await new Promise((resolve) => setTimeout(resolve, 10));
        controller.abort(new Error("user navigated away"));
        const error = await waiting;
        const sentAtAbort = emulator.state.counters.requests;
        expect((error as Error).name).toBe("AbortError");
        await new Promise((resolve) => setTimeout(resolve, 250));
        expect(emulator.state.counters.requests).toBe(sentAtAbort);
      } finally {
        await emulator.close();
      }
    },
    15_000,
  );
});
