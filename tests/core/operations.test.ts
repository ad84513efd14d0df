// Core's operation runtime over real loopback HTTP: what every generated method of every provider
// does (path checks, idempotency, shapes, the three page styles, waiting from declarations).
import { afterEach, describe, expect, it } from "vitest";
import {
  callOperation,
  ConfigurationError,
  createAndPollOperation,
  createApiClient,
  InvalidResponseError,
  listOperation,
  parseErrorEnvelope,
  pollOperation,
  RunFailedError,
  type Operation,
  type OperationContext,
  type WaitDeclaration,
} from "@docrun/core";
import {
  startRecordingServer,
  type RecordedAnswer,
  type RecordingServer,
} from "../../test-support/recording-server.js";

const provider = {
  name: "Acme",
  apiKeyEnv: "ACME_API_KEY",
  baseUrlEnv: "ACME_BASE_URL",
  defaultBaseUrl: "https://api.acme.test",
  parseError: parseErrorEnvelope,
  idempotencyHeader: "Idempotency-Key",
};

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function context(respond: (url: URL, body: string, n: number) => RecordedAnswer | null) {
  let n = 0;
  server = await startRecordingServer((r) => respond(new URL(r.url, "http://x"), r.body, n++));
  const core = createApiClient<any>(provider, {
    apiKey: "sk_test_operations_key",
    baseUrl: server.url,
    maxRetries: 2,
  });
  const ctx: OperationContext = { ...core, provider: "Acme" };
  return { ctx, requests: server.requests };
}

const getJob: Operation = {
  name: "jobs.get",
  method: "GET",
  path: "/v1/jobs/{job_id}",
  pathParams: ["job_id"],
  shape: { id: "string" },
};
const createJob: Operation = {
  name: "jobs.create",
  method: "POST",
  path: "/v1/jobs",
  pathParams: [],
  idempotent: true,
  shape: { id: "string" },
};
const wait: WaitDeclaration = {
  id: "id",
  status: "state.status",
  pending: ["queued", "running"],
  succeeded: ["done"],
  failed: ["failed"],
  request: { background: true },
  reason: "state.message",
};
const fast = { interval: { initialMs: 10, maxMs: 10, jitter: 0 }, minIntervalMs: 10 };

describe("callOperation", () => {
  it("puts each path value in its own segment and refuses empty ones before sending", async () => {
    const { ctx, requests } = await context(() => ({ status: 200, body: { id: "a b:c" } }));
    await callOperation(ctx, getJob, ["a b:c"]);
    expect(requests[0]!.url).toBe("/v1/jobs/a%20b%3Ac");
    await expect(callOperation(ctx, getJob, ["a/b"])).rejects.toBeInstanceOf(ConfigurationError);
    await expect(callOperation(ctx, getJob, [""])).rejects.toThrow(
      /jobs\.get: job_id must be a non-empty string/,
    );
    await expect(callOperation(ctx, getJob, [".."])).rejects.toBeInstanceOf(ConfigurationError);
    expect(requests).toHaveLength(1);
  });

  it("sends one Idempotency-Key per call and the same one on every retry", async () => {
    const { ctx, requests } = await context((_u, _b, n) =>
      n === 0 ? { status: 503 } : { status: 200, body: { id: "job_1" } },
    );
    await callOperation(ctx, createJob, [], { body: { a: 1 } });
    await callOperation(ctx, createJob, [], { body: { a: 1 } }, { idempotencyKey: "mine" });
    const keys = requests.map((r) => r.headers["idempotency-key"]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe("mine");
  });

  it("names the operation and the field when a success body lacks what the SDK relies on", async () => {
    const { ctx } = await context(() => ({ status: 200, body: { name: "no id" } }));
    await expect(callOperation(ctx, getJob, ["job_1"])).rejects.toThrow(
      new InvalidResponseError("Acme jobs.get: response field `id` should be a string, got nothing"),
    );
  });

  it("drops undefined query values and sends multipart bodies as form data", async () => {
    const { ctx, requests } = await context(() => ({ status: 200, body: {} }));
    const upload: Operation = {
      name: "files.put",
      method: "POST",
      path: "/v1/files",
      pathParams: [],
      bodyType: "multipart/form-data",
    };
    await callOperation(ctx, upload, [], {
      body: { file: new Blob(["a,b\n1,2"]), name: "t" },
      query: { x: undefined, y: "1" },
    });
    expect(requests[0]!.url).toBe("/v1/files?y=1");
    expect(requests[0]!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(requests[0]!.body).toContain("a,b\n1,2");
  });
});

describe("listOperation", () => {
  const items = Array.from({ length: 5 }, (_, i) => ({ id: `it_${i + 1}` }));

  it("walks id cursors forward, and backward from `before`", async () => {
    const { ctx, requests } = await context((url) => {
      const after = url.searchParams.get("after");
      const before = url.searchParams.get("before");
      const start = after
        ? items.findIndex((i) => i.id === after) + 1
        : before
          ? Math.max(0, items.findIndex((i) => i.id === before) - 2)
          : 0;
      const end = before ? items.findIndex((i) => i.id === before) : start + 2;
      const page = items.slice(start, end);
      return {
        status: 200,
        body: {
          data: page,
          meta: {
            after: end < items.length ? page.at(-1)!.id : null,
            before: start > 0 ? page[0]!.id : null,
          },
        },
      };
    });
    const op: Operation = {
      name: "items.list",
      method: "GET",
      path: "/v1/items",
      pathParams: [],
      pagination: {
        style: "id-cursor",
        items: "data",
        request: { after: "after", before: "before", limit: "limit" },
        response: { after: "meta.after", before: "meta.before" },
        maxLimit: 2,
      },
    };
    const forward = await listOperation<{ id: string }>(ctx, op, [], { limit: 2, colour: "red" }).toArray();
    expect(forward.map((i) => i.id)).toEqual(["it_1", "it_2", "it_3", "it_4", "it_5"]);
    expect(requests[0]!.url).toBe("/v1/items?limit=2&colour=red");
    const backward = await listOperation<{ id: string }>(ctx, op, [], { before: "it_5" }).toArray();
    expect(backward.map((i) => i.id)).toEqual(["it_3", "it_4", "it_1", "it_2"]);
    expect(() => listOperation(ctx, op, [], { limit: 3 })).toThrow(
      /items\.list: limit must be an integer from 1 to 2 \(got 3\)/,
    );
  });

  it("follows opaque tokens until the server sends none", async () => {
    const { ctx, requests } = await context((url) => {
      const token = url.searchParams.get("nextPageToken");
      return token === "t2"
        ? { status: 200, body: { data: [{ id: "c" }], nextPageToken: null } }
        : { status: 200, body: { data: [{ id: "a" }, { id: "b" }], nextPageToken: "t2" } };
    });
    const op: Operation = {
      name: "runs.list",
      method: "GET",
      path: "/runs",
      pathParams: [],
      pagination: {
        style: "token",
        items: "data",
        request: { token: "nextPageToken", limit: "maxPageSize" },
        response: { next: "nextPageToken" },
      },
    };
    expect(
      (await listOperation<{ id: string }>(ctx, op, [], { maxPageSize: 2 }).toArray()).map((i) => i.id),
    ).toEqual(["a", "b", "c"]);
    expect(requests.map((r) => r.url)).toEqual([
      "/runs?maxPageSize=2",
      "/runs?maxPageSize=2&nextPageToken=t2",
    ]);
  });

  it("counts page numbers against the total, with the path value in place", async () => {
    const { ctx, requests } = await context((url) => {
      const page = Number(url.searchParams.get("page"));
      return {
        status: 200,
        body: { results: page === 1 ? [{ id: "x" }, { id: "y" }] : [{ id: "z" }], count: 3 },
      };
    });
    const op: Operation = {
      name: "runs.list",
      method: "GET",
      path: "/v2/workflows/{workflow_id}/runs/",
      pathParams: ["workflow_id"],
      pagination: {
        style: "page-number",
        items: "results",
        request: { page: "page", pageSize: "page_size" },
        response: { total: "count" },
        defaultPageSize: 2,
      },
    };
    expect((await listOperation<{ id: string }>(ctx, op, ["wf_1"]).toArray()).map((i) => i.id)).toEqual([
      "x",
      "y",
      "z",
    ]);
    expect(requests.map((r) => r.url)).toEqual([
      "/v2/workflows/wf_1/runs/?page=1&page_size=2",
      "/v2/workflows/wf_1/runs/?page=2&page_size=2",
    ]);
  });

  it("is a typed error, naming the operation, when the items field is not a list", async () => {
    const { ctx } = await context(() => ({ status: 200, body: { data: "abc" } }));
    const op: Operation = {
      name: "items.list",
      method: "GET",
      path: "/v1/items",
      pathParams: [],
      pagination: { style: "token", items: "data", request: { token: "t" }, response: { next: "n" } },
    };
    await expect(listOperation(ctx, op, []).toArray()).rejects.toThrow(
      /Acme items\.list: response field `data` should be an array, got a string/,
    );
  });
});

describe("waiting from a declaration", () => {
  it("creates with the declared default body fields, then polls until succeeded", async () => {
    const { ctx, requests } = await context((url, _body, n) => {
      if (url.pathname === "/v1/jobs")
        return { status: 202, body: { id: "job_1", state: { status: "queued" } } };
      return { status: 200, body: { id: "job_1", state: { status: n < 3 ? "running" : "done" } } };
    });
    const done = await createAndPollOperation<{ id: string; state: { status: string } }>(
      ctx,
      createJob,
      getJob,
      wait,
      "jobs",
      [],
      { input: "x" },
      fast,
    );
    expect(done.state.status).toBe("done");
    expect(JSON.parse(requests[0]!.body)).toEqual({ background: true, input: "x" });
    expect(requests.slice(1).every((r) => r.url === "/v1/jobs/job_1")).toBe(true);
  });

  it("keeps the caller's own value of a declared body field", async () => {
    const { ctx, requests } = await context(() => ({
      status: 201,
      body: { id: "job_2", state: { status: "done" } },
    }));
    const done = await createAndPollOperation(
      ctx,
      createJob,
      getJob,
      wait,
      "jobs",
      [],
      { background: false },
      fast,
    );
    expect(done).toMatchObject({ id: "job_2" });
    expect(JSON.parse(requests[0]!.body)).toEqual({ background: false });
    // A create that answered finished needs no check.
    expect(requests).toHaveLength(1);
  });

  it("rejects with RunFailedError carrying the state, status and reason when it fails", async () => {
    const { ctx } = await context(() => ({
      status: 200,
      body: { id: "job_3", state: { status: "failed", message: "bad scan" } },
    }));
    const error = await pollOperation(ctx, getJob, wait, "jobs", "job_3", fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFailedError);
    expect((error as RunFailedError).status).toBe("failed");
    expect((error as Error).message).toBe("jobs.get job_3 ended failed: bad scan");
  });

  it("is an InvalidResponseError when the polled body has no status, and a ConfigurationError for an empty id", async () => {
    const { ctx } = await context(() => ({ status: 200, body: { id: "job_4" } }));
    await expect(pollOperation(ctx, getJob, wait, "jobs", "job_4", fast)).rejects.toThrow(
      /`state\.status` should be a string/,
    );
    await expect(pollOperation(ctx, getJob, wait, "jobs", "", fast)).rejects.toBeInstanceOf(
      ConfigurationError,
    );
  });
});
