import { ConfigurationError } from "@docrun/core";

/**
 * Bytes to upload: a `Blob`/`File`, or raw bytes (which then need a `filename`).
 * @example `const data: FileData = new Uint8Array(await response.arrayBuffer());`
 */
export type FileData = Blob | Uint8Array | ArrayBuffer;

/**
 * What to run a workflow on: a file (`Blob`, `File`, or bytes with a `filename`) or plain text.
 * Exactly one of `file` and `text`.
 * @example `const input: RunInput = { file: bytes, filename: "invoice.pdf" };`
 */
export type RunInput =
  | { file: FileData; filename?: string | undefined; text?: never }
  | { text: string; file?: never; filename?: never };

/**
 * Builds the multipart body of `POST /v2/workflows/{id}/run/`, checking the input first so a
 * mistake is a `ConfigurationError` before any request: exactly one of `file` / `text`, a
 * non-empty text, and a `filename` for raw bytes (a `File` brings its own name).
 *
 * @example
 * ```ts
 * toRunForm({ file: new Uint8Array([37, 80, 68, 70]), filename: "invoice.pdf" });
 * toRunForm({ text: "Invoice #12345 from Acme Corp." });
 * ```
 */
export function toRunForm(input: RunInput): FormData {
  const value = input as { file?: unknown; text?: unknown; filename?: unknown };
  const hasFile = value.file !== undefined && value.file !== null;
  const hasText = value.text !== undefined && value.text !== null;
  if (hasFile === hasText) throw new ConfigurationError("Provide exactly one of `file` or `text`.");
  const form = new FormData();
  if (hasText) {
    if (typeof value.text !== "string" || value.text === "")
      throw new ConfigurationError("`text` must be a non-empty string.");
    form.append("text", value.text);
    return form;
  }
  const filename = typeof value.filename === "string" && value.filename !== "" ? value.filename : undefined;
  const file = value.file;
  if (file instanceof Blob) {
    const name =
      filename ??
      (typeof (file as File).name === "string" && (file as File).name !== ""
        ? (file as File).name
        : "upload");
    form.append("file", file, name);
    return form;
  }
  if (file instanceof Uint8Array || file instanceof ArrayBuffer) {
    if (filename === undefined)
      throw new ConfigurationError("`filename` is required when `file` is a Uint8Array or ArrayBuffer.");
    form.append("file", new Blob([file as Uint8Array<ArrayBuffer>]), filename);
    return form;
  }
  throw new ConfigurationError("`file` must be a Blob, File, Uint8Array or ArrayBuffer.");
}
