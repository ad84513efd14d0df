import {
  createThenPoll,
  expectShape,
  runManyWith,
  type BulkJob,
  type BulkRunOptions,
  paginatePageNumber,
  requestOptions,
  type ListOptions,
  type Paginator,
  type RequestOptions,
} from "@docrun/core";
import { requireId, requirePageSize, SHAPES, type ClientContext } from "./context.js";
import { bulkTagOf, withBulkTag } from "./bulk-tag.js";
import { toRunForm, type RunInput } from "./file-input.js";
import { waitForResults, type WaitOptions } from "./wait-for-results.js";
import type { FileCollection, FileResults, Workflow, WorkflowRun, WorkflowRunResponse } from "./types.js";

/**
 * Options of the page-number listings (`list`, `listRuns`, `listFiles`).
 * @example `af.workflows.listRuns(workflowId, { pageSize: 50, concurrency: 4, maxItems: 500 });`
 */
export interface PageListOptions extends ListOptions {
  /** Items per request, 1–100 (default 100, AnyFormat's maximum, for the fewest requests). */
  pageSize?: number | undefined;
  /** Pages fetched at once after the first told the total (default 1). Items still come in order. */
  concurrency?: number | undefined;
  /** Page to start from (default 1); a page's `nextCursor` resumes a listing. */
  startPage?: number | undefined;
}

/**
 * The fields `workflows.list` sorts by. AnyFormat does not document its accepted values; these are
 * the workflow fields its docs sort on. For another value, call `af.api.GET("/v2/workflows/")`.
 * @example `const by: WorkflowSortBy = "created_at";`
 */
export type WorkflowSortBy = "created_at" | "updated_at" | "name";

/**
 * Options of `workflows.list`: the listing options plus AnyFormat's filters.
 * @example `af.workflows.list({ sort_by: "name", order: "asc" });`
 */
export interface WorkflowListOptions extends PageListOptions {
  status?: string | undefined;
  sort_by?: WorkflowSortBy | undefined;
  order?: "asc" | "desc" | undefined;
}

const DEFAULT_PAGE_SIZE = 100;

/**
 * The `workflows` resource.
 *
 * @example
 * ```ts
 * const workflows = createWorkflows(context);
 * ```
 */
export function createWorkflows(context: ClientContext) {
  const { api, unwrap, send } = context;

  function pages<Item>(
    operation: string,
    options: PageListOptions,
    fetchPage: (
      page: number,
      pageSize: number,
      o: RequestOptions,
    ) => Promise<{ data: { results: Item[]; count: number; page_size: number }; response: Response }>,
  ): Paginator<Item, number> {
    const { pageSize = DEFAULT_PAGE_SIZE, ...listOptions } = options;
    requirePageSize(pageSize);
    return paginatePageNumber<Item>(
      {
        pageSize,
        async fetchPage(page, size, o) {
          const { data, response } = await fetchPage(page, size, o);
          const body = expectShape<typeof data>(`AnyFormat ${operation}`, data, SHAPES.page);
          return { items: body.results, count: body.count, pageSize: body.page_size ?? undefined, response };
        },
      },
      listOptions,
    );
  }

  // A run's only field read back that the request sets is its file name: the tag rides there.
  async function* taggedFilesSince(workflowId: string, since: number, signal: AbortSignal) {
    for await (const file of workflows.listFiles(workflowId, { signal })) {
      if (file.created_at != null && Date.parse(file.created_at) < since) return;
      yield { runId: file.id, tag: bulkTagOf(file.name) };
    }
  }

  const workflows = {
    /**
     * Every workflow of the organization, page by page (`for await`, `.pages()`, `.toArray()`).
     *
     * @example
     * ```ts
     * for await (const workflow of af.workflows.list()) console.log(workflow.id, workflow.name);
     * ```
     */
    list(options: WorkflowListOptions = {}): Paginator<Workflow, number> {
      const { status, sort_by, order, ...rest } = options;
      const filters = {
        ...(status !== undefined && { status }),
        ...(sort_by !== undefined && { sort_by }),
        ...(order !== undefined && { order }),
      };
      return pages("workflows.list", rest, (page, page_size, o) =>
        send(
          api.GET("/v2/workflows/", {
            params: { query: { page, page_size, ...filters } },
            ...requestOptions(o),
          }),
        ),
      );
    },

    /**
     * One workflow with its fields.
     *
     * @example
     * ```ts
     * const workflow = await af.workflows.get(workflowId);
     * console.log(workflow.fields?.map((field) => field.name));
     * ```
     */
    async get(workflowId: string, options: RequestOptions = {}): Promise<Workflow> {
      requireId("workflowId", workflowId);
      return expectShape(
        "AnyFormat workflows.get",
        await unwrap(
          api.GET("/v2/workflows/{workflow_id}/", {
            params: { path: { workflow_id: workflowId } },
            ...requestOptions(options),
          }),
        ),
        SHAPES.workflow,
      );
    },

    /**
     * Starts a run on a file or text and returns AnyFormat's 202 answer at once; `id` is the file
     * collection to wait on (`poll`) or fetch (`results`).
     *
     * @example
     * ```ts
     * const run = await af.workflows.run(workflowId, { file: new Blob([pdfBytes]), filename: "invoice.pdf" });
     * console.log(run.id, run.version_id);
     * ```
     */
    async run(
      workflowId: string,
      input: RunInput,
      options: RequestOptions = {},
    ): Promise<WorkflowRunResponse> {
      requireId("workflowId", workflowId);
      const form = toRunForm(input);
      return expectShape(
        "AnyFormat workflows.run",
        await unwrap(
          api.POST("/v2/workflows/{workflow_id}/run/", {
            params: { path: { workflow_id: workflowId } },
            body: {},
            bodySerializer: () => form,
            ...requestOptions(options),
          }),
        ),
        SHAPES.run,
      );
    },

    /**
     * The results of a run, once: throws `ApiError` with status 412 (`PRECONDITION_FAILED`) while it
     * is processing and `UnprocessableEntityError` (`EXTRACTION_FAILED` / `EXTRACTION_CANCELLED`)
     * when it ended without results. Use `poll` to wait.
     *
     * @example
     * ```ts
     * const results = await af.workflows.results(workflowId, run.id);
     * console.log(results.extraction?.["invoice_number"]);
     * ```
     */
    async results(
      workflowId: string,
      collectionId: string,
      options: RequestOptions = {},
    ): Promise<FileResults> {
      requireId("workflowId", workflowId);
      requireId("collectionId", collectionId);
      return expectShape(
        "AnyFormat workflows.results",
        await unwrap(
          api.GET("/v2/workflows/{workflow_id}/files/{collection_id}/results/", {
            params: { path: { workflow_id: workflowId, collection_id: collectionId } },
            ...requestOptions(options),
          }),
        ),
        SHAPES.results,
      );
    },

    /**
     * Waits for an existing run's results: polls the results endpoint (412 = not yet) with core's
     * backoff until 200, then returns them. A failed or cancelled run throws `RunFailedError`;
     * `timeoutMs` (default 10 min) bounds the whole wait (`PollTimeoutError`); `signal` aborts it.
     *
     * @example
     * ```ts
     * const results = await af.workflows.poll(workflowId, run.id, { timeoutMs: 120_000 });
     * ```
     */
    async poll(workflowId: string, collectionId: string, options: WaitOptions = {}): Promise<FileResults> {
      requireId("workflowId", workflowId);
      requireId("collectionId", collectionId);
      return waitForResults(context, workflowId, collectionId, options);
    },

    /**
     * Runs a workflow and waits for its results (`run` then `poll`). `timeoutMs` bounds the whole
     * call, upload included.
     *
     * @example
     * ```ts
     * const results = await af.workflows.runAndWait(workflowId, { text: "Invoice #12345 from Acme Corp." }, {
     *   timeoutMs: 300_000,
     *   onProgress: (_, { attempt }) => console.log("check", attempt),
     * });
     * ```
     */
    async runAndWait(workflowId: string, input: RunInput, options: WaitOptions = {}): Promise<FileResults> {
      return createThenPoll(
        (o) => workflows.run(workflowId, input, o),
        (run, timeoutMs) => waitForResults(context, workflowId, run.id, { ...options, timeoutMs }, run),
        options,
      );
    },

    /**
     * Runs the workflow on every input (a file or text, or anything `prepare` turns into one) and
     * waits for each one's results, with adaptive concurrency, yielding `{ ok, key, input, runId,
     * run | error }` as each finishes (`run` is what `runAndWait` returns). Named like
     * `workflowRuns.runMany` elsewhere; here it sits beside `run` and `runAndWait`. See core's
     * README, "Bulk runs". A file is uploaded under its name with the job's tag before the
     * extension (`invoice.docrun-9f3a61c0b2d4e857.pdf`): the tag finds the run again after a lost
     * create. Text inputs carry no tag (AnyFormat keeps nothing of them to list).
     *
     * @example
     * ```ts
     * const inputs = texts.map((text) => ({ text }));
     * for await (const r of af.workflows.runMany(workflowId, inputs, { concurrency: 8 })) console.log(r.key, r.ok);
     * ```
     */
    runMany<Input = RunInput>(
      workflowId: string,
      inputs: Iterable<Input> | AsyncIterable<Input>,
      options: BulkRunOptions<Input, RunInput> = {},
    ): BulkJob<Input, FileResults> {
      requireId("workflowId", workflowId);
      return runManyWith(inputs, options, {
        create: async (input, { tag, signal, timeoutMs }) =>
          (await workflows.run(workflowId, withBulkTag(input, tag), { signal, timeoutMs })).id,
        wait: (id, o) => waitForResults(context, workflowId, id, o),
        listCreatedSince: (since, { signal }) => taggedFilesSince(workflowId, since, signal),
      });
    },

    /**
     * A workflow's runs, newest first. With `concurrency`, later pages are fetched ahead once the
     * first page told the total.
     *
     * @example
     * ```ts
     * for await (const run of af.workflows.listRuns(workflowId, { concurrency: 4 })) console.log(run.id, run.status);
     * ```
     */
    listRuns(workflowId: string, options: PageListOptions = {}): Paginator<WorkflowRun, number> {
      requireId("workflowId", workflowId);
      return pages("workflows.listRuns", options, (page, page_size, o) =>
        send(
          api.GET("/v2/workflows/{workflow_id}/runs/", {
            params: { path: { workflow_id: workflowId }, query: { page, page_size } },
            ...requestOptions(o),
          }),
        ),
      );
    },

    /**
     * A workflow's file collections (name, status, timestamps), newest first.
     *
     * @example
     * ```ts
     * const recent = await af.workflows.listFiles(workflowId).toArray({ limit: 50 });
     * ```
     */
    listFiles(workflowId: string, options: PageListOptions = {}): Paginator<FileCollection, number> {
      requireId("workflowId", workflowId);
      return pages("workflows.listFiles", options, (page, page_size, o) =>
        send(
          api.GET("/v2/workflows/{workflow_id}/files/", {
            params: { path: { workflow_id: workflowId }, query: { page, page_size } },
            ...requestOptions(o),
          }),
        ),
      );
    },
  };
  return workflows;
}
