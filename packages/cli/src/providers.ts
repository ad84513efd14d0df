import { join } from "node:path";
import { createAnyformatClient } from "@docrun/anyformat";
import { fileFromPath as anyformatFile } from "@docrun/anyformat/node";
import { ConfigurationError, type BulkJob, type RunManyOptions } from "@docrun/core";
import { createExtendClient } from "@docrun/extend";
import { fileFromPath as extendFile } from "@docrun/extend/node";
import { createRetabClient } from "@docrun/retab";
import { fileFromPath as retabFile } from "@docrun/retab/node";
import type { ProviderName } from "./args.js";

/**
 * Starts a job over file paths (keys, relative to `cwd`).
 * @example `const job = await startJob("extend", { workflow, cwd, baseUrl }, paths, { concurrency: { max: 16 } });`
 */
export type JobStarter = (
  paths: AsyncIterable<string> | Iterable<string>,
  options: RunManyOptions<string>,
) => BulkJob<string, unknown>;

/**
 * The provider's client (key from the environment only) and a `runMany` over files: each file
 * is read (and uploaded, where the API wants an uploaded file) only when its turn comes.
 *
 * @example `const start = await jobStarter("retab", { workflow: "wf_3Fh8kLmN2pQr", cwd: process.cwd() });`
 */
export async function jobStarter(
  provider: ProviderName,
  { workflow, cwd, baseUrl }: { workflow: string; cwd: string; baseUrl?: string | undefined },
): Promise<JobStarter> {
  const clientOptions = baseUrl === undefined ? {} : { baseUrl };
  const path = (key: string) => join(cwd, key);
  if (provider === "extend") {
    const extend = createExtendClient(clientOptions);
    return (paths, options) =>
      extend.workflowRuns.runMany(paths, {
        ...options,
        prepare: async (key, { signal }) => {
          const file = await extend.files.upload(await extendFile(path(key)), { signal });
          return { workflow: { id: workflow }, file: { id: file.id } };
        },
      });
  }
  if (provider === "retab") {
    const retab = createRetabClient(clientOptions);
    // The workflow's first document input; its id is the key of `documents` in every create.
    const blocks = await retab.blocks.list(workflow).toArray();
    const start = blocks.find((block) => block.type === "start_document");
    if (!start)
      throw new ConfigurationError(`workflow ${workflow} has no start_document block to send files to`);
    return (paths, options) =>
      retab.workflowRuns.runMany(paths, {
        ...options,
        prepare: async (key) => ({
          workflow_id: workflow,
          documents: { [start.id]: await retabFile(path(key)) },
        }),
      });
  }
  const anyformat = createAnyformatClient(clientOptions);
  return (paths, options) =>
    anyformat.workflows.runMany(workflow, paths, {
      ...options,
      prepare: async (key) => ({ file: await anyformatFile(path(key)) }),
    });
}
