import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock, startExtend, walk, WORKFLOW_ID, type ExtendHarness } from "./extend.test-helpers.js";

const SEEDED = 1_200;

function expectOrdered(items: any[], field: "createdAt" | "updatedAt", direction: "asc" | "desc"): void {
  for (let i = 1; i < items.length; i++) {
    const a = Date.parse(items[i - 1][field]);
    const b = Date.parse(items[i][field]);
    const inOrder =
      direction === "asc"
        ? a < b || (a === b && items[i - 1].id < items[i].id)
        : a > b || (a === b && items[i - 1].id > items[i].id);
    if (!inOrder) throw new Error(`items ${i - 1} and ${i} are out of ${field} ${direction} order`);
  }
}

describe("extend emulator: nextPageToken pagination", () => {
  const clock = manualClock();
  let harness: ExtendHarness;
  beforeAll(async () => {
    harness = await startExtend({ clock, processingMs: 1_000, seed: { runs: SEEDED, seed: 11 } });
  });
  afterAll(async () => {
    await harness.emulator.close();
  });

  it.each([
    ["updatedAt", "desc"],
    ["updatedAt", "asc"],
    ["createdAt", "desc"],
    ["createdAt", "asc"],
  ] as const)("walks every seeded run exactly once sorted by %s %s", async (sortBy, sortDir) => {
    const items = await walk(harness, `/workflow_runs?maxPageSize=97&sortBy=${sortBy}&sortDir=${sortDir}`);
    expect(items).toHaveLength(SEEDED);
    expect(new Set(items.map((item) => item.id)).size).toBe(SEEDED);
    expectOrdered(items, sortBy, sortDir);
  });

  it("defaults to 10 items, newest updatedAt first, and omits nextPageToken on the last page", async () => {
    const first = await harness.call("GET", "/workflow_runs");
    expect(first.body.object).toBe("list");
    expect(first.body.data).toHaveLength(10);
    expectOrdered(first.body.data, "updatedAt", "desc");
    const all = await harness.call("GET", "/workflow_runs?maxPageSize=1000&sortBy=createdAt");
    const last = await harness.call(
      "GET",
      `/workflow_runs?maxPageSize=1000&sortBy=createdAt&nextPageToken=${all.body.nextPageToken}`,
    );
    expect(last.body.data).toHaveLength(SEEDED - 1000);
    expect(last.body).not.toHaveProperty("nextPageToken");
  });

  it.each([
    ["createdAt", "desc"],
    ["createdAt", "asc"],
    ["updatedAt", "desc"],
  ] as const)(
    "neither skips nor repeats when runs are created between pages (%s %s)",
    async (sortBy, sortDir) => {
      const before = new Set((await walk(harness, "/workflow_runs?maxPageSize=1000")).map((item) => item.id));
      let created = 0;
      const items = await walk(
        harness,
        `/workflow_runs?maxPageSize=50&sortBy=${sortBy}&sortDir=${sortDir}`,
        async () => {
          await harness.createRun();
          await harness.createRun({ url: "https://files.example.com/fail.pdf" });
          created += 2;
        },
      );
      const ids = items.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length); // nothing repeated
      for (const id of before) expect(ids).toContain(id); // nothing skipped
      expect(created).toBeGreaterThan(0);
      expectOrdered(items, sortBy, sortDir);
    },
  );

  it("does not skip when a run on an earlier page is deleted or updated between pages", async () => {
    const expected = (await walk(harness, "/workflow_runs?maxPageSize=1000&sortBy=createdAt")).map(
      (item) => item.id,
    );
    const first = await harness.call("GET", "/workflow_runs?maxPageSize=100&sortBy=createdAt");
    await harness.call("DELETE", `/workflow_runs/${first.body.data[0].id}`);
    await harness.call("POST", `/workflow_runs/${first.body.data[1].id}`, {
      body: { metadata: { touched: true } },
    });
    const rest = await walk(
      harness,
      "/workflow_runs?maxPageSize=100&sortBy=createdAt",
      undefined,
      first.body.nextPageToken,
    );
    expect([...first.body.data, ...rest].map((item) => item.id)).toEqual(expected);
  });

  it("re-orders runs by updatedAt as their lifecycles advance, without a request in between", async () => {
    const order = async () =>
      (await walk(harness, "/workflow_runs?fileNameContains=lifecycle-order&maxPageSize=1")).map(
        (item) => item.files[0].name,
      );
    await harness.createRun({ url: "https://files.example.com/lifecycle-order-a.pdf" });
    clock.advance(500);
    await harness.createRun({ url: "https://files.example.com/lifecycle-order-b.pdf" });
    expect(await order()).toEqual(["lifecycle-order-b.pdf", "lifecycle-order-a.pdf"]);
    clock.advance(700); // a finished at +1000; b only started (+700)
    expect(await order()).toEqual(["lifecycle-order-a.pdf", "lifecycle-order-b.pdf"]);
    clock.advance(500); // b finished at +1500
    expect(await order()).toEqual(["lifecycle-order-b.pdf", "lifecycle-order-a.pdf"]);
    const ascending = await walk(
      harness,
      "/workflow_runs?fileNameContains=lifecycle-order&maxPageSize=1&sortDir=asc",
    );
    expect(ascending.map((item) => item.files[0].name)).toEqual([
      "lifecycle-order-a.pdf",
      "lifecycle-order-b.pdf",
    ]);
    expectOrdered(ascending, "updatedAt", "asc");
  });

  it("honours every filter on every page", async () => {
    const failed = await walk(harness, "/workflow_runs?status=FAILED&maxPageSize=7");
    expect(failed.length).toBeGreaterThan(10);
    expect(failed.every((run) => run.status === "FAILED")).toBe(true);

    const [someRun] = (await harness.call("GET", "/workflow_runs?maxPageSize=1")).body.data;
    const byWorkflow = await walk(harness, `/workflow_runs?workflowId=${someRun.workflow.id}&maxPageSize=33`);
    expect(byWorkflow.length).toBeGreaterThan(1);
    expect(byWorkflow.every((run) => run.workflow.id === someRun.workflow.id)).toBe(true);

    const batched = (await walk(harness, "/workflow_runs?maxPageSize=1000")).find(
      (run) => run.batchId !== null,
    );
    const byBatch = await walk(harness, `/workflow_runs?batchId=${batched.batchId}&maxPageSize=3`);
    expect(byBatch.length).toBeGreaterThan(1);
    expect(byBatch.every((run) => run.batchId === batched.batchId)).toBe(true);

    const invoices = await walk(
      harness,
      "/workflow_runs?fileNameContains=INVOICE&maxPageSize=40&sortBy=createdAt&sortDir=asc",
    );
    expect(invoices.length).toBeGreaterThan(10);
    expect(
      invoices.every((run) => run.files.some((file: any) => file.name.toLowerCase().includes("invoice"))),
    ).toBe(true);
    expectOrdered(invoices, "createdAt", "asc");

    const combined = await walk(
      harness,
      `/workflow_runs?status=PROCESSED&workflowId=${someRun.workflow.id}&maxPageSize=20`,
    );
    expect(
      combined.every((run) => run.status === "PROCESSED" && run.workflow.id === someRun.workflow.id),
    ).toBe(true);
    expect((await harness.call("GET", "/workflow_runs?batchId=batch_unknown")).body.data).toEqual([]);
  });

  it("finds runs created through the API by status as they progress", async () => {
    const run = await harness.createRun(undefined, { metadata: { emulator_outcome: "needs_review" } });
    const pending = await walk(harness, "/workflow_runs?status=PENDING&maxPageSize=1000");
    expect(pending.map((item) => item.id)).toContain(run.id);
    clock.advance(1_000);
    const review = await walk(harness, "/workflow_runs?status=NEEDS_REVIEW&maxPageSize=1000");
    expect(review.map((item) => item.id)).toContain(run.id);
  });

  it("paginates files and workflows with the same tokens", async () => {
    const files = await walk(harness, "/files?maxPageSize=250&sortDir=asc");
    expect(new Set(files.map((file) => file.id)).size).toBe(files.length);
    expect(files.length).toBeGreaterThanOrEqual(SEEDED);
    expectOrdered(files, "createdAt", "asc");
    const workflows = await walk(harness, "/workflows?maxPageSize=2&sortBy=createdAt");
    expect(workflows.map((workflow) => workflow.id)).toContain(WORKFLOW_ID);
    expect(new Set(workflows.map((workflow) => workflow.id)).size).toBe(workflows.length);
  });

  it("gets any seeded run and file by id", async () => {
    const [run] = (await harness.call("GET", "/workflow_runs?maxPageSize=1&sortBy=createdAt&sortDir=asc"))
      .body.data;
    const full = await harness.call("GET", `/workflow_runs/${run.id}`);
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({ id: run.id, status: run.status, initialRunAt: run.initialRunAt });
    const file = await harness.call("GET", `/files/${run.files[0].id}`);
    expect(file.body).toMatchObject({ id: run.files[0].id, name: run.files[0].name });
    const tampered = `${run.id.slice(0, -1)}${run.id.endsWith("A") ? "B" : "A"}`;
    expect((await harness.call("GET", `/workflow_runs/${tampered}`)).status).toBe(404);
  });
});

describe("extend emulator: seed data", () => {
  it("is the same for the same seed number and differs for another", async () => {
    const [a, b, c] = await Promise.all([
      startExtend({ seed: { runs: 50, seed: 5 } }),
      startExtend({ seed: { runs: 50, seed: 5 } }),
      startExtend({ seed: { runs: 50, seed: 6 } }),
    ]);
    try {
      const page = async (harness: ExtendHarness) =>
        (await harness.call("GET", "/workflow_runs?maxPageSize=50")).body.data;
      expect(await page(a)).toEqual(await page(b));
      expect((await page(a)).map((run: any) => run.id)).not.toEqual(
        (await page(c)).map((run: any) => run.id),
      );
    } finally {
      await Promise.all([a.emulator.close(), b.emulator.close(), c.emulator.close()]);
    }
  });

  it("serves 100,000 seeded runs with realistic ids, statuses and timestamps", async () => {
    const harness = await startExtend({ seed: { runs: 100_000, seed: 1 } });
    try {
      const page = (await harness.call("GET", "/workflow_runs?maxPageSize=1000&sortBy=createdAt&sortDir=asc"))
        .body;
      expect(page.data).toHaveLength(1000);
      for (const run of page.data) {
        expect(run.id).toMatch(/^workflow_run_[A-Za-z0-9_-]{21}$/);
        expect(run.files[0].id).toMatch(/^file_[A-Za-z0-9_-]{21}$/);
        expect(run.workflow.id).toMatch(/^workflow_[A-Za-z0-9_-]{21}$/);
        expect(new Date(run.createdAt).toISOString()).toBe(run.createdAt);
      }
      const statuses = new Set(page.data.map((run: any) => run.status));
      for (const status of ["PROCESSED", "FAILED", "NEEDS_REVIEW", "CANCELLED"])
        expect(statuses).toContain(status);
      const oldest = (await harness.call("GET", "/workflow_runs?maxPageSize=1&sortBy=createdAt&sortDir=asc"))
        .body.data[0];
      expect((await harness.call("GET", `/workflow_runs/${oldest.id}`)).status).toBe(200);
      const pending = (await harness.call("GET", "/workflow_runs?status=PENDING&maxPageSize=5")).body.data;
      expect(pending).toHaveLength(5);
    } finally {
      await harness.emulator.close();
    }
  });
});
