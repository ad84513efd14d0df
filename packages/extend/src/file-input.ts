import { ConfigurationError } from "@docrun/core";

/**
 * What `files.upload` accepts: a `Blob`/`File`, or bytes (then a `filename` is required).
 * @example `const input: FileInput = new Uint8Array(bytes); await extend.files.upload(input, { filename: "invoice.pdf" });`
 */
export type FileInput = Blob | Uint8Array | ArrayBuffer;

/**
 * Turns an upload input into a `Blob` and the file name to send with it. A `File` brings its own
 * name; a `Blob` or raw bytes need `filename`.
 *
 * @example
 * ```ts
 * const { blob, filename } = toUploadPart(new Uint8Array([37, 80, 68, 70]), "invoice.pdf");
 * ```
 */
export function toUploadPart(
  input: FileInput,
  filename: string | undefined,
): { blob: Blob; filename: string } {
  const ownName = typeof File !== "undefined" && input instanceof File ? input.name : undefined;
  const name = filename ?? ownName;
  if (name === undefined || name === "") {
    throw new ConfigurationError(
      "files.upload needs a file name: pass a File, or { filename } with a Blob or bytes",
    );
  }
  if (input instanceof Blob) return { blob: input, filename: name };
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    // Copy into a fresh ArrayBuffer-backed view: Blob parts must not be SharedArrayBuffer views.
    const bytes = input instanceof Uint8Array ? new Uint8Array(input) : new Uint8Array(input.slice(0));
    return { blob: new Blob([bytes]), filename: name };
  }
  throw new ConfigurationError("files.upload takes a Blob, File, Uint8Array or ArrayBuffer");
}
