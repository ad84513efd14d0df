import type { RunState } from "@docrun/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  createRetabClient,
  toRunState,
  type CancelWorkflowResponse,
  type Paginator,
  type IdCursor,
  type MIMEData,
  type RetabWebhookEvent,
  type RunResults,
  type Workflow,
  type WorkflowBlock,
  type WorkflowRun,
  type WorkflowStep,
} from "./index.js";

const retab = createRetabClient({ apiKey: "sk_test" });

describe("raw .api follows specs/retab.openapi.yaml", () => {
  it("accepts documented paths, parameters and bodies, and types the responses", async () => {
    const { data: run } = await retab.api.GET("/v1/workflows/runs/{run_id}", {
      params: { path: { run_id: "run_1" } },
    });
    expectTypeOf(run).toEqualTypeOf<WorkflowRun | undefined>();
    const { data: page } = await retab.api.GET("/v1/workflows/runs", {
      params: { query: { status: "error", limit: 10, order: "asc" } },
    });
    expectTypeOf(page!.list_metadata.after).toEqualTypeOf<string | null>();
    const { data: created } = await retab.api.POST("/v1/workflows/runs", {
      body: {
        workflow_id: "wf_1",
        documents: { "start-document-1": { filename: "a.pdf", url: "data:application/pdf;base64,AA==" } },
      },
      params: { header: { "Idempotency-Key": "k" } },
    });
    expectTypeOf(created).toEqualTypeOf<WorkflowRun | undefined>();
    const { data: cancelled } = await retab.api.POST("/v1/workflows/runs/{run_id}/cancel", {
      params: { path: { run_id: "run_1" } },
    });
    expectTypeOf(cancelled).toEqualTypeOf<CancelWorkflowResponse | undefined>();
    expectTypeOf(run!.lifecycle.status).toEqualTypeOf<
      "pending" | "running" | "awaiting_review" | "completed" | "error" | "cancelled"
    >();
  });

  it("rejects a wrong path, a wrong query parameter, a wrong enum value and a wrong body field", () => {
    // @ts-expect-error: no such path
    void retab.api.GET("/v1/workflow/runs");
    // @ts-expect-error: no such query parameter
    void retab.api.GET("/v1/workflows/runs", { params: { query: { colour: "red" } } });
    // @ts-expect-error: not a run status
    void retab.api.GET("/v1/workflows/runs", { params: { query: { status: "exploded" } } });
    // @ts-expect-error: a body field of the wrong type (openapi-fetch infers bodies generically, so
    // an unknown extra key is only caught by the helpers below, which take a fixed type)
    void retab.api.POST("/v1/workflows/runs", { body: { workflow_id: "wf_1", version: 3 } });
    // @ts-expect-error: workflow_id is required
    void retab.api.POST("/v1/workflows/runs", { body: { version: "draft" } });
    // @ts-expect-error: run_id path parameter missing
    void retab.api.GET("/v1/workflows/runs/{run_id}", { params: { path: {} } });
  });
});

describe("helpers are typed from the spec", () => {
  it("returns provider-shaped objects", () => {
    expectTypeOf(retab.workflowRuns.list()).toEqualTypeOf<Paginator<WorkflowRun, IdCursor>>();
    expectTypeOf(retab.workflowRuns.get("run_1")).toEqualTypeOf<Promise<WorkflowRun>>();
    expectTypeOf(retab.workflowRuns.createAndPoll({ workflow_id: "wf_1" })).toEqualTypeOf<
      Promise<WorkflowRun>
    >();
    expectTypeOf(retab.workflowRuns.cancel("run_1")).toEqualTypeOf<Promise<CancelWorkflowResponse>>();
    expectTypeOf(retab.workflowRuns.delete("run_1")).toEqualTypeOf<Promise<void>>();
    expectTypeOf(retab.steps.list({ run_id: "run_1" })).toEqualTypeOf<Paginator<WorkflowStep, IdCursor>>();
    expectTypeOf(retab.steps.results("run_1")).toEqualTypeOf<Promise<RunResults>>();
    expectTypeOf(retab.workflows.get("wf_1")).toEqualTypeOf<Promise<Workflow>>();
    expectTypeOf(retab.blocks.list("wf_1")).toEqualTypeOf<Paginator<WorkflowBlock, IdCursor>>();
    expectTypeOf(retab.webhooks.verify("{}", {}, "secret")).toEqualTypeOf<Promise<RetabWebhookEvent>>();
    expectTypeOf(toRunState).returns.toEqualTypeOf<RunState>();
    expectTypeOf(retab.files.upload(new File([], "a.pdf"))).toEqualTypeOf<Promise<MIMEData>>();
  });

  it("rejects unknown filters and wrong filter values", () => {
    // @ts-expect-error: not a run status
    retab.workflowRuns.list({ status: "exploded" });
    // @ts-expect-error: Retab's name is workflow_id
    retab.workflowRuns.list({ workflowId: "wf_1" });
    // @ts-expect-error: order is asc | desc
    retab.workflows.list({ order: "up" });
    // @ts-expect-error: no such body field
    void retab.workflowRuns.create({ workflow_id: "wf_1", documentz: {} });
    // @ts-expect-error: no such cancel option
    void retab.workflowRuns.cancel("run_1", { command_id: "c" });
    // @ts-expect-error: a document needs a file name
    void retab.workflowRuns.create({ workflow_id: "wf_1", documents: { start: { file: new Uint8Array() } } });
  });
});
