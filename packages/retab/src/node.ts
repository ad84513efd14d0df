// The only module of @docrun/retab that imports `node:`: browser bundles never load it.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { mimeTypeFor, type NamedBytes } from "./files.js";

/**
 * Reads a file from disk as a document input for `workflowRuns.create()` (Node, Bun, Deno).
 *
 * @example
 * ```ts
 * import { fileFromPath } from "@docrun/retab/node";
 *
 * await retab.workflowRuns.create({
 *   workflow_id: "wf_3Fh8kLmN2pQr",
 *   documents: { "start-document-1": await fileFromPath("./invoice.pdf") },
 * });
 * ```
 */
export async function fileFromPath(
  path: string,
  options: { filename?: string; mimeType?: string } = {},
): Promise<NamedBytes> {
  const filename = options.filename ?? basename(path);
  return {
    file: new Uint8Array(await readFile(path)),
    filename,
    mimeType: options.mimeType ?? mimeTypeFor(filename),
  };
}
