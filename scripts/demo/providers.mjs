// The three providers as the demo uses them: each entry says, in that provider's own words, how
// to find a workflow, list its runs, send a document and wait, and verify a webhook. Everything
// goes through the published package API (`@docrun/<provider>`), exactly as a user would write it.

/** A few bytes that look like a PDF: the emulator only cares about the file name. */
const PDF = new TextEncoder().encode("%PDF-1.7\n% docrun demo document\n%%EOF\n");

const first = async (paginator) => (await paginator.toArray({ limit: 1 }))[0];

export const PROVIDERS = [
  {
    key: "anyformat",
    label: "AnyFormat",
    specifier: "@docrun/anyformat",
    factory: "createAnyformatClient",
    apiKeyEnv: "ANYFORMAT_API_KEY",
    style: "page numbers, 4 pages read ahead",
    firstWorkflow: (client) => first(client.workflows.list()),
    listRuns: (client, workflowId) =>
      client.workflows.listRuns(workflowId, { pageSize: 100, concurrency: 4 }),
    helper: "workflows.runAndWait",
    submit: (client, workflowId, filename, onProgress) =>
      client.workflows.runAndWait(
        workflowId,
        { file: new Blob([PDF], { type: "application/pdf" }), filename },
        {
          onProgress: (results) => onProgress(results ? "results ready" : "processing (412: not ready yet)"),
        },
      ),
    describeResult: (results) => {
      const fields = results?.extraction ? Object.keys(results.extraction).length : 0;
      return `results ready, ${fields} fields extracted`;
    },
    missing: (client) => client.workflows.get("00000000-0000-4000-8000-000000000000"),
    describeEvent: (event) =>
      `${event.event} for ${event.data?.extraction_id ?? event.data?.collection_id ?? "a file"}`,
  },
  {
    key: "extend",
    label: "Extend",
    specifier: "@docrun/extend",
    factory: "createExtendClient",
    apiKeyEnv: "EXTEND_API_KEY",
    style: "opaque page tokens",
    firstWorkflow: (client) => first(client.workflows.list()),
    listRuns: (client, workflowId) => client.workflowRuns.list({ workflowId, maxPageSize: 100 }),
    helper: "workflowRuns.createAndPoll",
    submit: (client, workflowId, filename, onProgress) =>
      client.workflowRuns.createAndPoll(
        { workflow: { id: workflowId }, file: { url: `https://files.example.com/${filename}` } },
        { onProgress: (run) => onProgress(run?.status ?? "checking") },
      ),
    describeResult: (run) => `${run.status} (${run.id})`,
    missing: (client) => client.workflowRuns.get("workflow_run_doesNotExist000000000"),
    describeEvent: (event) => `${event.eventType} for ${event.payload?.id ?? "a run"}`,
  },
  {
    key: "retab",
    label: "Retab",
    specifier: "@docrun/retab",
    factory: "createRetabClient",
    apiKeyEnv: "RETAB_API_KEY",
    style: "id cursors (after)",
    firstWorkflow: (client) => first(client.workflows.list()),
    listRuns: (client, workflowId) => client.workflowRuns.list({ workflow_id: workflowId, limit: 100 }),
    helper: "workflowRuns.createAndPoll",
    submit: async (client, workflowId, filename, onProgress) => {
      const blocks = await client.blocks.list(workflowId).toArray();
      const start = blocks.find(
        (block) => block.type === "start_document" || block.block_type === "start_document",
      );
      if (!start) throw new Error(`workflow ${workflowId} has no start_document block`);
      return client.workflowRuns.createAndPoll(
        { workflow_id: workflowId, documents: { [start.id]: { file: PDF, filename } } },
        { onProgress: (run) => onProgress(run?.lifecycle?.status ?? "checking") },
      );
    },
    describeResult: (run) => `${run.lifecycle.status} (${run.id})`,
    missing: (client) => client.workflowRuns.get("run_doesNotExist0000"),
    describeEvent: (event) => `${event.type} for ${event.data?.id ?? "a run"}`,
  },
];

/**
 * Imports each provider package; a package that is not built (or lacks its factory) is reported
 * by the demo instead of faked.
 */
export async function loadProviders() {
  return Promise.all(
    PROVIDERS.map(async (provider) => {
      try {
        const module = await import(provider.specifier);
        const create = module[provider.factory];
        if (typeof create !== "function")
          return { ...provider, module, unavailable: `${provider.specifier} has no ${provider.factory} yet` };
        return { ...provider, module, create };
      } catch (error) {
        return {
          ...provider,
          unavailable: `${provider.specifier} is not built (${error.code ?? error.message})`,
        };
      }
    }),
  );
}
