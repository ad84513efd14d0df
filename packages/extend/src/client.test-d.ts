import type { Paginator, RunState } from "@docrun/core";
import { describe, expectTypeOf, it } from "vitest";
import type { components } from "./generated/schema.js";
import {
  createExtendClient,
  isWorkflowRunEvent,
  toRunState,
  type ExtendFile,
  type ExtendWebhookEvent,
  type WorkflowRun,
  type WorkflowRunStatus,
  type WorkflowRunSummary,
} from "./index.js";

type Schemas = components["schemas"];
const extend = createExtendClient({ apiKey: "sk_key", baseUrl: "http://127.0.0.1:1" });

describe("typed .api", () => {
  it("rejects a wrong path, a wrong query parameter and a wrong body field", () => {
    // @ts-expect-error — Extend paths have no version prefix
    void extend.api.GET("/v1/workflow_runs");
    // @ts-expect-error — no such path (it is /workflow_runs)
    void extend.api.GET("/runs");
    // @ts-expect-error — `limit` is not a query parameter (it is `maxPageSize`)
    void extend.api.GET("/workflow_runs", { params: { query: { limit: 5 } } });
    // @ts-expect-error — `maxPageSize` is an integer
    void extend.api.GET("/workflow_runs", { params: { query: { maxPageSize: "20" } } });
    // @ts-expect-error — `DONE` is not a run status
    void extend.api.GET("/workflow_runs", { params: { query: { status: "DONE" } } });
    void extend.api.POST("/workflow_runs", {
      // @ts-expect-error — `workflowId` is not a body field (it is `workflow: { id }`)
      body: { workflowId: "workflow_x", file: { url: "https://x.test/a.pdf" } },
    });
    // @ts-expect-error — the run id path parameter is required
    void extend.api.GET("/workflow_runs/{id}", {});
    // @ts-expect-error — GET /workflows has no `nameContains` filter
    void extend.api.GET("/workflows", { params: { query: { nameContains: "x" } } });
  });

  it("types responses as the spec describes them", async () => {
    const { data } = await extend.api.GET("/workflow_runs/{id}", {
      params: { path: { id: "workflow_run_x" } },
    });
    // Mutually assignable (expectTypeOf's strict equality trips on openapi-fetch's mapped types).
    expectTypeOf<NonNullable<typeof data>>().toMatchTypeOf<Schemas["WorkflowRun"]>();
    expectTypeOf<Schemas["WorkflowRun"]>().toMatchTypeOf<NonNullable<typeof data>>();
    expectTypeOf<NonNullable<typeof data>["status"]>().toEqualTypeOf<WorkflowRunStatus>();
    const list = await extend.api.GET("/workflow_runs");
    expectTypeOf<NonNullable<typeof list.data>>().toMatchTypeOf<Schemas["WorkflowRunsListResponse"]>();
    expectTypeOf<Schemas["WorkflowRunsListResponse"]>().toMatchTypeOf<NonNullable<typeof list.data>>();
    const batch = await extend.api.POST("/workflow_runs/batch", {
      body: { workflow: { id: "w" }, inputs: [{ file: { id: "file_x" } }] },
    });
    expectTypeOf(batch.data).toEqualTypeOf<{ batchId: string } | undefined>();
    expectTypeOf<WorkflowRunStatus>().toEqualTypeOf<
      | "PENDING"
      | "PROCESSING"
      | "NEEDS_REVIEW"
      | "REJECTED"
      | "PROCESSED"
      | "FAILED"
      | "CANCELLED"
      | "CANCELLING"
    >();
  });
});

describe("helpers", () => {
  it("return the spec's types", () => {
    expectTypeOf(extend.workflowRuns.list()).toEqualTypeOf<Paginator<WorkflowRunSummary, string>>();
    expectTypeOf(extend.workflowRuns.get("id")).toEqualTypeOf<Promise<WorkflowRun>>();
    expectTypeOf(extend.workflowRuns.createAndPoll).returns.toEqualTypeOf<Promise<WorkflowRun>>();
    expectTypeOf(extend.workflowRuns.delete("id")).toEqualTypeOf<Promise<{ id: string }>>();
    expectTypeOf(extend.files.upload(new Blob(), { filename: "a.pdf" })).toEqualTypeOf<Promise<ExtendFile>>();
    expectTypeOf(toRunState("PROCESSED")).toEqualTypeOf<RunState>();
  });

  it("reject wrong filters and bodies", () => {
    // @ts-expect-error — not a filter of the runs list
    extend.workflowRuns.list({ nameContains: "x" });
    // @ts-expect-error — not a status
    extend.workflowRuns.list({ status: "DONE" });
    // @ts-expect-error — sortBy takes updatedAt or createdAt
    extend.workflowRuns.list({ sortBy: "name" });
    // @ts-expect-error — the file input has url, id or text
    void extend.workflowRuns.create({ workflow: { id: "w" }, file: { path: "./a.pdf" } });
    // @ts-expect-error — update takes name and metadata only
    void extend.workflowRuns.update("id", { status: "PROCESSED" });
  });

  it("narrow webhook events to workflow runs", () => {
    const event = {} as ExtendWebhookEvent;
    if (isWorkflowRunEvent(event)) expectTypeOf(event.payload).toEqualTypeOf<WorkflowRun>();
    else expectTypeOf(event.payload).toEqualTypeOf<unknown>();
  });
});
