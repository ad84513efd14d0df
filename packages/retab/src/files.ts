import { ConfigurationError } from "@docrun/core";
import type { MIMEData } from "./types.js";

/**
 * Bytes plus the name Retab should see (and optionally their MIME type).
 * @example `const input: NamedBytes = { file: bytes, filename: "invoice.pdf", mimeType: "application/pdf" };`
 */
export interface NamedBytes {
  file: Blob | Uint8Array | ArrayBuffer;
  filename: string;
  /** Default: the Blob's type, else guessed from the file name's extension. */
  mimeType?: string;
}

/**
 * A document input: a `File` (has a name), bytes with a file name, or ready-made MIMEData
 * (`{ filename, url }` with a `data:` or http(s) URL, passed through unchanged).
 * @example `const input: DocumentInput = new File([bytes], "invoice.pdf");`
 */
export type DocumentInput = File | NamedBytes | MIMEData;

const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  tif: "image/tiff",
  tiff: "image/tiff",
  txt: "text/plain",
  csv: "text/csv",
  html: "text/html",
  json: "application/json",
  xml: "application/xml",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

/**
 * The MIME type for a file name from its extension (`application/octet-stream` when unknown).
 *
 * @example
 * ```ts
 * mimeTypeFor("invoice.PDF"); // "application/pdf"
 * ```
 */
export function mimeTypeFor(filename: string): string {
  const extension = filename.includes(".") ? (filename.split(".").pop() ?? "").toLowerCase() : "";
  return MIME_BY_EXTENSION[extension] ?? "application/octet-stream";
}

/**
 * Base64 of bytes without Node's `Buffer` (runs in browsers, Deno, Bun and edge runtimes).
 *
 * @example
 * ```ts
 * toBase64(new TextEncoder().encode("hi")); // "aGk="
 * ```
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}

function isMimeData(input: DocumentInput): input is MIMEData {
  return (
    typeof (input as MIMEData).url === "string" &&
    typeof (input as MIMEData).filename === "string" &&
    !(input instanceof Blob)
  );
}

async function bytesOf(file: Blob | Uint8Array | ArrayBuffer): Promise<Uint8Array> {
  if (file instanceof Uint8Array) return file;
  if (file instanceof ArrayBuffer) return new Uint8Array(file);
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * Turns a document input into Retab's MIMEData: `{ filename, url: "data:<mime>;base64,…" }`.
 * MIMEData given as is comes back unchanged.
 *
 * @example
 * ```ts
 * const document = await toMimeData({ file: new TextEncoder().encode("%PDF-1.7"), filename: "invoice.pdf" });
 * // { filename: "invoice.pdf", url: "data:application/pdf;base64,JVBERi0xLjc=" }
 * ```
 */
export async function toMimeData(input: DocumentInput): Promise<MIMEData> {
  if (isMimeData(input)) return { filename: input.filename, url: input.url };
  if (input instanceof Blob && !(typeof File !== "undefined" && input instanceof File)) {
    throw new ConfigurationError("A Blob has no file name: pass { file: blob, filename } instead");
  }
  const named: NamedBytes = input instanceof Blob ? { file: input, filename: (input as File).name } : input;
  if (typeof named.filename !== "string" || named.filename === "")
    throw new ConfigurationError("A document needs a filename");
  const blobType = named.file instanceof Blob ? named.file.type : "";
  const mimeType = named.mimeType ?? (blobType !== "" ? blobType : mimeTypeFor(named.filename));
  return { filename: named.filename, url: `data:${mimeType};base64,${toBase64(await bytesOf(named.file))}` };
}
