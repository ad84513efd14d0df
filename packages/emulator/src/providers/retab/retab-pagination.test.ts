import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDurationMs, runStatusAt } from "./lifecycle.js";
import type { RunRecord } from "./model.js";
import { startRetab, type RetabHarness } from "./retab.test-helpers.js";

interface Page {
  data: {
    id: string;
    workflow_id: string;
    trigger: { type: string };
    lifecycle: { status: string };
    timing: Record<string, string | null>;
    metadata: Record<string, string> | null;
  }[];
  list_metadata: { before: string | null; after: string | null };
}

describe("retab emulator: run list pagination, filters and sorting (seeded with 500 runs)", () => {
  let retab: RetabHarness;
  let all: RunRecord[];
  beforeAll(async () => {
    retab = await startRetab({ seed: { runs: 500, seed: 11 } });
    all = [...retab.emulator.state.provider.runsByCreated];
  });
  afterAll(() => retab.emulator.close());
  const list = async (query: string): Promise<Page> => {
    const response = await retab.call("GET", `/v1/workflows/runs?${query}`);
    expect(response.status, query).toBe(200);
    return response.body as Page;
  };
  const newestFirst = () => [...all].reverse().map((run) => run.id);

  it("walks forward with `after` (newest first by default) over every run exactly once", async () => {
    const seen: string[] = [];
    let page = await list("limit=100");
    expect(page.list_metadata.before).toBeNull();
    for (;;) {
      seen.push(...page.data.map((run) => run.id));
      if (page.list_metadata.after === null) break;
      expect(page.list_metadata.after).toBe(page.data.at(-1)!.id);
      page = await list(`limit=100&after=${page.list_metadata.after}`);
      expect(page.list_metadata.before).toBe(page.data[0]!.id);
    }
    expect(seen).toEqual(newestFirst());
  });

  it("walks backward with `before` from the last page to the first, in the current order", async () => {
    const ids = newestFirst();
    const lastPageStart = ids[ids.length - 20]!;
    const seen: string[] = [];
    let page = await list(`limit=20&after=${ids[ids.length - 21]}`);
    expect(page.data[0]!.id).toBe(lastPageStart);
    expect(page.list_metadata.after).toBeNull();
    for (;;) {
      seen.unshift(...page.data.map((run) => run.id));
      if (page.list_metadata.before === null) break;
      page = await list(`limit=20&before=${page.list_metadata.before}`);
      expect(page.list_metadata.after).toBe(page.data.at(-1)!.id);
    }
    expect(seen).toEqual(ids);
  });

  it("orders ascending with order=asc, and both cursors together bound a window", async () => {
    const ascending = all.map((run) => run.id);
    const page = await list("order=asc&limit=5");
    expect(page.data.map((run) => run.id)).toEqual(ascending.slice(0, 5));
    const next = await list(`order=asc&limit=5&after=${page.list_metadata.after}`);
    expect(next.data.map((run) => run.id)).toEqual(ascending.slice(5, 10));
    const window = await list(`order=asc&limit=50&after=${ascending[9]}&before=${ascending[13]}`);
    expect(window.data.map((run) => run.id)).toEqual(ascending.slice(10, 13));
  });

  it("keeps a cursor valid after its run is deleted, and answers 422 for an id that never existed", async () => {
    const first = await list("limit=3");
    const cursor = first.list_metadata.after!;
    const expected = await list(`limit=3&after=${cursor}`);
    const { emulator } = await startRetab({ seed: { runs: 500, seed: 11 } });
    try {
      const call = (path: string, method = "GET") =>
        fetch(`${emulator.url}${path}`, { method, headers: { authorization: "Bearer k" } });
      expect((await call(`/v1/workflows/runs/${cursor}`, "DELETE")).status).toBe(204);
      const after = (await (await call(`/v1/workflows/runs?limit=3&after=${cursor}`)).json()) as Page;
      expect(after.data.map((run) => run.id)).toEqual(expected.data.map((run) => run.id));
      expect((await call("/v1/workflows/runs?after=run_neverExisted")).status).toBe(422);
    } finally {
      await emulator.close();
    }
  });

  it("applies every filter (ANDed) exactly as computed from the runs themselves", async () => {
    const now = Date.now();
    const run = all[250]!;
    const tenant = all.find((candidate) => candidate.metadata !== null)!.metadata!["tenant"]!;
    const day = new Date(run.createdAt).toISOString().slice(0, 10);
    const cases: [string, (candidate: RunRecord) => boolean][] = [
      [`workflow_id=${run.workflowId}`, (c) => c.workflowId === run.workflowId],
      ["status=error", (c) => runStatusAt(c, now) === "error"],
      ["status=failed", (c) => runStatusAt(c, now) === "error"],
      ["status=queued", (c) => runStatusAt(c, now) === "pending"],
      ["exclude_status=completed", (c) => runStatusAt(c, now) !== "completed"],
      ["trigger_type=schedule", (c) => c.trigger === "schedule"],
      [`from_date=${day}&to_date=${day}`, (c) => new Date(c.createdAt).toISOString().slice(0, 10) === day],
      ["min_duration_ms=100000", (c) => (runDurationMs(c, now) ?? -1) >= 100_000],
      [
        "max_duration_ms=5000",
        (c) => {
          const d = runDurationMs(c, now);
          return d !== null && d <= 5_000;
        },
      ],
      [
        `search=${run.id.slice(5, 10).toLowerCase()}`,
        (c) => c.id.toLowerCase().includes(run.id.slice(5, 10).toLowerCase()),
      ],
      [
        `metadata=${encodeURIComponent(JSON.stringify({ tenant }))}`,
        (c) => c.metadata?.["tenant"] === tenant,
      ],
      [
        `workflow_id=${run.workflowId}&status=completed&trigger_type=api`,
        (c) => c.workflowId === run.workflowId && runStatusAt(c, now) === "completed" && c.trigger === "api",
      ],
    ];
    for (const [query, predicate] of cases) {
      const expected = [...all]
        .reverse()
        .filter(predicate)
        .map((candidate) => candidate.id);
      const seen: string[] = [];
      let page = await list(`${query}&limit=100`);
      for (;;) {
        seen.push(...page.data.map((item) => item.id));
        if (page.list_metadata.after === null) break;
        page = await list(`${query}&limit=100&after=${page.list_metadata.after}`);
      }
      expect(seen, query).toEqual(expected);
      expect(expected.length, `${query} should match something and not everything`).toBeGreaterThan(0);
      expect(expected.length, query).toBeLessThan(all.length);
    }
  });

  it("sorts by timing.completed_at and timing.started_at when asked", async () => {
    const page = await list("sort_by=timing.completed_at&order=desc&limit=50&status=completed");
    const completed = page.data.map((run) => Date.parse(run.timing["completed_at"]!));
    expect(completed).toEqual([...completed].sort((a, b) => b - a));
    const next = await list(
      `sort_by=timing.completed_at&order=desc&limit=50&status=completed&after=${page.list_metadata.after}`,
    );
    expect(Date.parse(next.data[0]!.timing["completed_at"]!)).toBeLessThanOrEqual(completed.at(-1)!);
    expect(next.data.map((run) => run.id)).not.toContain(page.data[0]!.id);
    const started = await list("sort_by=timing.started_at&order=asc&limit=30&exclude_status=pending");
    const times = started.data.map((run) => Date.parse(run.timing["started_at"]!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect((await retab.call("GET", "/v1/workflows/runs?sort_by=colour")).status).toBe(422);
  });

  it("lists workflows (limit default 10, cursors, project filter) and blocks (updated_at desc)", async () => {
    const workflows = await retab.call("GET", "/v1/workflows?limit=2&order=asc&sort_by=created_at");
    expect(workflows.body.data).toHaveLength(2);
    const rest = await retab.call(
      "GET",
      `/v1/workflows?order=asc&sort_by=created_at&after=${workflows.body.list_metadata.after}`,
    );
    expect(rest.body.data.map((workflow: { id: string }) => workflow.id)).not.toContain(
      workflows.body.data[1].id,
    );
    expect(rest.body.list_metadata.after).toBeNull();
    const project = await retab.call("GET", "/v1/workflows?project_id=proj_Gh78Ij90Kl12");
    expect(
      project.body.data.every(
        (workflow: { project_id: string }) => workflow.project_id === "proj_Gh78Ij90Kl12",
      ),
    ).toBe(true);
    expect(project.body.data.length).toBeGreaterThan(0);
    const id = workflows.body.data[0].id as string;
    const one = await retab.call("GET", `/v1/workflows/${id}`);
    expect(one.body).toEqual(workflows.body.data[0]);
    const blocks = await retab.call("GET", `/v1/workflows/blocks?workflow_id=wf_9Kd3sLq5wEr7&limit=2`);
    expect(blocks.body.data.map((block: { type: string }) => block.type)).toEqual([
      "start_document",
      "start_json",
    ]);
    const more = await retab.call(
      "GET",
      `/v1/workflows/blocks?workflow_id=wf_9Kd3sLq5wEr7&after=${blocks.body.list_metadata.after}`,
    );
    expect(more.body.data.map((block: { type: string }) => block.type)).toEqual(["classifier", "extract"]);
    expect(more.body.list_metadata).toEqual({ before: "classifier-1", after: null });
  });

  it("pages steps across runs by started_at and filters by block type and status", async () => {
    const page = await retab.call("GET", "/v1/workflows/steps?limit=5&block_type=extract&status=completed");
    expect(page.body.data).toHaveLength(5);
    for (const step of page.body.data)
      expect(step).toMatchObject({ block_type: "extract", lifecycle: { status: "completed" } });
    const started = page.body.data.map((step: { started_at: string }) => Date.parse(step.started_at));
    expect(started).toEqual([...started].sort((a, b) => a - b));
  });
});
