import { afterEach, describe, expect, it } from "vitest";
import { RETAB_WORKFLOW_IDS } from "./index.js";
import { manualClock, pdfDocument, startRetab, type RetabHarness } from "./retab.test-helpers.js";

// The run list sorted by `timing.*` and the organisation-wide step list are served from indexes
// kept between requests; these tests check them against orders computed from the API's own
// answers, including after the clock moves and after runs are created and cancelled.

interface RunJson {
  id: string;
  workflow_id: string;
  timing: { created_at: string; started_at: string | null; completed_at: string | null };
}
interface StepJson {
  step_id: string;
  run_id: string;
  started_at: string;
  lifecycle: { status: string };
}
interface ListPage<Item> {
  data: Item[];
  list_metadata: { before: string | null; after: string | null };
}

let retab: RetabHarness | undefined;
afterEach(async () => {
  await retab?.emulator.close();
  retab = undefined;
});

async function list<Item>(path: string): Promise<ListPage<Item>> {
  const response = await retab!.call("GET", path);
  expect(response.status, path).toBe(200);
  return response.body as ListPage<Item>;
}

/** Every item of a list, following `after` from the start. */
async function walkForward<Item>(path: string, idOf: (item: Item) => string): Promise<string[]> {
  const ids: string[] = [];
  let page = await list<Item>(path);
  for (let guard = 0; guard < 1000; guard++) {
    ids.push(...page.data.map(idOf));
    if (page.list_metadata.after === null) return ids;
    page = await list<Item>(`${path}&after=${page.list_metadata.after}`);
  }
  throw new Error("walk did not end");
}

/** Every item before `lastId` (exclusive), following `before` back to the start. */
async function walkBackward<Item>(path: string, lastId: string, idOf: (item: Item) => string) {
  const pages: string[][] = [];
  let page = await list<Item>(`${path}&before=${lastId}`);
  for (let guard = 0; guard < 1000; guard++) {
    pages.unshift(page.data.map(idOf));
    if (page.list_metadata.before === null) return pages.flat();
    page = await list<Item>(`${path}&before=${page.list_metadata.before}`);
  }
  throw new Error("walk did not end");
}

const time = (iso: string | null): number => (iso === null ? -Infinity : Date.parse(iso));
const compare = (a: number | string, b: number | string): number => (a < b ? -1 : a > b ? 1 : 0);

async function allRuns(): Promise<RunJson[]> {
  const runs: RunJson[] = [];
  let page = await list<RunJson>("/v1/workflows/runs?limit=100&order=asc");
  for (;;) {
    runs.push(...page.data);
    if (page.list_metadata.after === null) return runs;
    page = await list<RunJson>(`/v1/workflows/runs?limit=100&order=asc&after=${page.list_metadata.after}`);
  }
}

function expectedByCompletion(runs: RunJson[]): string[] {
  return [...runs]
    .sort(
      (a, b) =>
        compare(time(a.timing.completed_at), time(b.timing.completed_at)) ||
        compare(time(a.timing.created_at), time(b.timing.created_at)) ||
        compare(a.id, b.id),
    )
    .map((run) => run.id);
}

describe("retab emulator: indexed sorting and step lists", () => {
  it("sorts by timing.completed_at in both directions and follows the clock and new runs", async () => {
    const clock = manualClock();
    retab = await startRetab({ seed: { runs: 300, seed: 5 }, clock, processingMs: 10_000 });
    const byId = (run: RunJson) => run.id;
    const path = "/v1/workflows/runs?limit=23&sort_by=timing.completed_at&order=asc";

    let expected = expectedByCompletion(await allRuns());
    expect(await walkForward(path, byId)).toEqual(expected);
    expect(await walkBackward(path, expected.at(-1)!, byId)).toEqual(expected.slice(0, -1));

    const created = await retab.call("POST", "/v1/workflows/runs", {
      body: { workflow_id: RETAB_WORKFLOW_IDS.invoices, documents: { "start-1": pdfDocument() } },
    });
    expect(created.status).toBe(202);
    const id = created.body.id as string;
    expected = expectedByCompletion(await allRuns());
    expect(expected.indexOf(id)).toBeLessThan(expected.length - 1); // no completed_at yet: sorts first
    expect(await walkForward(path, byId)).toEqual(expected);

    clock.advance(60_000); // the new run completes: its key changes without any request writing
    const settled = await allRuns();
    expect(settled.find((run) => run.id === id)!.timing.completed_at).not.toBeNull();
    expected = expectedByCompletion(settled);
    expect(expected.at(-1)).toBe(id);
    expect(await walkForward(path, byId)).toEqual(expected);
    const descending = await list<RunJson>("/v1/workflows/runs?limit=5&sort_by=timing.completed_at");
    expect(descending.data[0]!.id).toBe(id);
  });

  it("pages the organisation-wide step list forwards and backwards exactly as sorted from each run's steps", async () => {
    const clock = manualClock();
    retab = await startRetab({ seed: { runs: 80, seed: 9 }, clock, processingMs: 10_000 });
    const byStep = (step: StepJson) => step.step_id;
    const expectedSteps = async (): Promise<string[]> => {
      const runs = await allRuns();
      const perRun = await Promise.all(
        runs.map((run) => list<StepJson>(`/v1/workflows/steps?run_id=${run.id}&limit=1000`)),
      );
      return perRun
        .flatMap((page) => page.data)
        .sort(
          (a, b) =>
            compare(time(a.started_at), time(b.started_at)) ||
            compare(a.step_id, b.step_id) ||
            compare(a.run_id, b.run_id),
        )
        .map(byStep);
    };

    let expected = await expectedSteps();
    expect(expected.length).toBeGreaterThan(80);
    expect(await walkForward("/v1/workflows/steps?limit=17", byStep)).toEqual(expected);
    expect(await walkBackward("/v1/workflows/steps?limit=17", expected.at(-1)!, byStep)).toEqual(
      expected.slice(0, -1),
    );

    // A new run's steps appear as the clock reaches each block, and vanish when it is cancelled.
    const created = await retab.call("POST", "/v1/workflows/runs", {
      body: { workflow_id: RETAB_WORKFLOW_IDS.invoices, documents: { "start-1": pdfDocument() } },
    });
    const id = created.body.id as string;
    const stepsOfNewRun = async () =>
      (await walkForward<StepJson>("/v1/workflows/steps?limit=50", (step) => step.run_id)).filter(
        (runId) => runId === id,
      ).length;
    expect(await stepsOfNewRun()).toBe(0);
    clock.advance(5_000);
    const midway = await stepsOfNewRun();
    expect(midway).toBeGreaterThan(0);
    expect(await walkForward("/v1/workflows/steps?limit=17", byStep)).toEqual(await expectedSteps());
    expect((await retab.call("POST", `/v1/workflows/runs/${id}/cancel`, { body: {} })).status).toBe(200);
    clock.advance(60_000);
    expect(await stepsOfNewRun()).toBe(midway); // no block starts after the cancel
    expected = await expectedSteps();
    expect(await walkForward("/v1/workflows/steps?limit=17", byStep)).toEqual(expected);
  });

  it("filters the step list by workflow and refuses a cursor from another workflow", async () => {
    retab = await startRetab({ seed: { runs: 120, seed: 3 } });
    const workflowId = (await list<RunJson>("/v1/workflows/runs?limit=1")).data[0]!.workflow_id;
    const path = `/v1/workflows/steps?limit=9&workflow_id=${workflowId}`;
    const steps = await walkForward<StepJson>(path, (step) => step.run_id);
    const runs = new Set(
      (await allRuns()).filter((run) => run.workflow_id === workflowId).map((run) => run.id),
    );
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((runId) => runs.has(runId))).toBe(true);

    const other = (await list<StepJson>("/v1/workflows/steps?limit=1000")).data.find(
      (step) => !runs.has(step.run_id),
    )!;
    expect((await retab.call("GET", `${path}&after=${other.step_id}`)).status).toBe(400);
    expect((await retab.call("GET", "/v1/workflows/steps?after=step_nope_extract-1")).status).toBe(400);
  });
});
