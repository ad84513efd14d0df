// The only module that touches `node:`; browser code never loads it (subpath `@docrun/anyformat/node`).
import { readFile } from "node:fs/promises";
import { basename } from "node:path";

/**
 * Reads a file from disk into a `File` named after it, ready for `workflows.run`.
 *
 * @example
 * ```ts
 * import { fileFromPath } from "@docrun/anyformat/node";
 * const run = await af.workflows.run(workflowId, { file: await fileFromPath("./invoice.pdf") });
 * ```
 */
export async function fileFromPath(path: string, options: { type?: string } = {}): Promise<File> {
  const bytes = await readFile(path);
  return new File([bytes], basename(path), options.type === undefined ? {} : { type: options.type });
}
