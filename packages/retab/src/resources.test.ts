import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConfigurationError,
  NotFoundError,
  toRunState,
  UnprocessableEntityError,
  type WorkflowRun,
} from "./index.js";
import {
  fastPoll,
  INVOICES,
  ONBOARDING,
  pdfBytes,
  startHarness,
  type Harness,
} from "./retab.test-helpers.js";

describe("steps, workflows and blocks", () => {
  let harness: Harness;
  let finished: WorkflowRun;
  beforeAll(async () => {
    harness = await startHarness({ processingMs: 40, seed: { runs: 60, seed: 8 } });
    finished = await harness.client().workflowRuns.createAndPoll(
      {
        workflow_id: INVOICES,
        documents: { "start-document-1": { file: pdfBytes, filename: "invoice.pdf" } },
      },
      fastPoll,
    );
  });
  afterAll(() => harness.emulator.close());

  it("lists a run's steps, gets one, and collects a finished run's results from handle_outputs", async () => {
    const retab = harness.client();
    const steps = await retab.steps.list({ run_id: finished.id }).toArray();
    expect(steps.map((step) => [step.block_type, step.lifecycle.status])).toEqual([
      ["start_document", "completed"],
      ["extract", "completed"],
    ]);
    const extract = await retab.steps.get(steps[1]!.step_id, { runId: finished.id });
    expect(extract).toEqual(steps[1]);
    const results = await retab.steps.results(finished.id);
    expect(Object.keys(results)).toEqual(["start-document-1", "extract-1"]);
    expect(results["extract-1"]?.["output-json"]).toMatchObject({
      type: "json",
      data: { currency: expect.any(String) },
    });
    expect(results["start-document-1"]?.["output-file"]?.document).toMatchObject({ filename: "invoice.pdf" });
    await expect(retab.steps.get("nope", { runId: finished.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(() => retab.steps.list({ limit: 1001 })).toThrow(ConfigurationError);
  });

  it("pages steps across the organisation with filters", async () => {
    const retab = harness.client();
    const extracts = await retab.steps
      .list({ block_type: ["extract"], status: ["completed"], limit: 7 })
      .toArray({ limit: 15 });
    expect(extracts).toHaveLength(15);
    for (const step of extracts)
      expect(step).toMatchObject({ block_type: "extract", lifecycle: { status: "completed" } });
  });

  it("lists and gets workflows, and lists a workflow's blocks", async () => {
    const retab = harness.client();
    const workflows = await retab.workflows.list({ limit: 2, order: "asc", sort_by: "created_at" }).toArray();
    expect(workflows.map((workflow) => workflow.id).slice(0, 3)).toEqual([
      INVOICES,
      "wf_7Rt2yUi4oPa6",
      ONBOARDING,
    ]);
    expect(await retab.workflows.get(INVOICES)).toMatchObject({ id: INVOICES, name: "Invoice extraction" });
    const blocks = await retab.blocks.list(ONBOARDING, { limit: 3 }).toArray();
    expect(blocks.map((block) => [block.id, block.type])).toEqual([
      ["start-document-1", "start_document"],
      ["start-json-1", "start_json"],
      ["classifier-1", "classifier"],
      ["extract-1", "extract"],
    ]);
    await expect(retab.blocks.list("wf_missing").toArray()).rejects.toBeInstanceOf(NotFoundError);
    await expect(retab.workflows.list({ sort_by: "colour" }).toArray()).rejects.toBeInstanceOf(
      UnprocessableEntityError,
    );
    expect(() => retab.blocks.list("")).toThrow(ConfigurationError);
  });

  it("maps Retab statuses to the shared run-state vocabulary", async () => {
    const runs = await harness.client().workflowRuns.list({ limit: 100 }).toArray();
    const expected: Record<string, string> = {
      pending: "queued",
      running: "running",
      awaiting_review: "needs_review",
      completed: "succeeded",
      error: "failed",
      cancelled: "cancelled",
    };
    expect(new Set(runs.map((run) => run.lifecycle.status)).size).toBeGreaterThan(2);
    for (const run of runs) expect(toRunState(run)).toBe(expected[run.lifecycle.status]);
    expect(toRunState({ lifecycle: { status: "awaiting_review", waiting_for_block_ids: [] } })).toBe(
      "needs_review",
    );
    expect(toRunState({ lifecycle: { status: "pending" } })).toBe("queued");
    expect(toRunState("completed")).toBe("succeeded");
    expect(toRunState({ lifecycle: { status: "archived" } } as never)).toBe("running");
  });
});
