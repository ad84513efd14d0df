import type { RunInput } from "./file-input.js";

const TAG = /docrun-[0-9a-f]{16}/;

/**
 * The input with `tag` in its file name, before the extension: AnyFormat lists a run's file name
 * (`listFiles`), so `runMany` can find the run of a lost create by it. Text inputs are returned
 * as they are: AnyFormat keeps no name for them.
 *
 * @example `withBulkTag({ file: blob, filename: "invoice.pdf" }, "docrun-9f3a61c0b2d4e857"); // filename "invoice.docrun-9f3a61c0b2d4e857.pdf"`
 */
export function withBulkTag(input: RunInput, tag: string): RunInput {
  const value = input as { file?: unknown; filename?: unknown };
  if (value.file === undefined || value.file === null) return input;
  const given =
    typeof value.filename === "string" && value.filename !== ""
      ? value.filename
      : typeof (value.file as File).name === "string" && (value.file as File).name !== ""
        ? (value.file as File).name
        : "upload";
  const dot = given.lastIndexOf(".");
  const filename = dot > 0 ? `${given.slice(0, dot)}.${tag}${given.slice(dot)}` : `${given}.${tag}`;
  return { ...(input as { file: Blob }), filename };
}

/**
 * The `runMany` tag in a listed file name, if any.
 * @example `bulkTagOf("invoice.docrun-9f3a61c0b2d4e857.pdf"); // "docrun-9f3a61c0b2d4e857"`
 */
export function bulkTagOf(name: string | null | undefined): string | undefined {
  return name == null ? undefined : TAG.exec(name)?.[0];
}
