import { readFile } from "node:fs/promises";
import { basename } from "node:path";

/**
 * Reads a file from disk into a `File` for `files.upload` (Node only; this subpath is the
 * package's only `node:` import, so browser bundles never load it).
 *
 * @example
 * ```ts
 * import { fileFromPath } from "@docrun/extend/node";
 *
 * const file = await extend.files.upload(await fileFromPath("./invoice.pdf"));
 * ```
 */
export async function fileFromPath(
  path: string,
  options: { filename?: string; type?: string } = {},
): Promise<File> {
  const bytes = await readFile(path);
  return new File(
    [new Uint8Array(bytes)],
    options.filename ?? basename(path),
    options.type === undefined ? {} : { type: options.type },
  );
}
