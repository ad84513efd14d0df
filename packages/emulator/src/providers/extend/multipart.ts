import { Buffer } from "node:buffer";
import { invalidRequest } from "./errors.js";

/** One part of a multipart/form-data body. */
export interface MultipartPart {
  name: string;
  filename: string | undefined;
  contentType: string | undefined;
  data: Uint8Array;
}

/**
 * Splits a `multipart/form-data` body into its parts; a wrong content type or a body without the
 * boundary is a 400, as Extend answers a malformed upload.
 *
 * @example
 * ```ts
 * const parts = parseMultipart(request.body, request.headers["content-type"]);
 * ```
 */
export function parseMultipart(body: Uint8Array, contentType: string | undefined): MultipartPart[] {
  const boundary =
    contentType === undefined
      ? null
      : /^multipart\/form-data\s*;.*boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (boundary === undefined || boundary === null)
    throw invalidRequest("Content-Type must be multipart/form-data with a boundary");
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let position = buffer.indexOf(delimiter);
  if (position === -1) throw invalidRequest("Multipart body has no parts");
  while (position !== -1) {
    let start = position + delimiter.length;
    if (buffer[start] === 0x2d && buffer[start + 1] === 0x2d) break; // closing "--boundary--"
    if (buffer[start] === 0x0d && buffer[start + 1] === 0x0a) start += 2;
    const next = buffer.indexOf(delimiter, start);
    if (next === -1) throw invalidRequest("Multipart body is truncated");
    const headerEnd = buffer.indexOf("\r\n\r\n", start);
    if (headerEnd === -1 || headerEnd > next) throw invalidRequest("Multipart part has no headers");
    const headers = buffer.subarray(start, headerEnd).toString("utf8");
    // The part's data ends before the CRLF that precedes the next delimiter.
    const dataEnd = buffer[next - 2] === 0x0d && buffer[next - 1] === 0x0a ? next - 2 : next;
    const disposition = /content-disposition:\s*form-data;([^\r\n]*)/i.exec(headers)?.[1] ?? "";
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name !== undefined) {
      parts.push({
        name,
        filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
        contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim(),
        data: new Uint8Array(buffer.subarray(headerEnd + 4, dataEnd)),
      });
    }
    position = next;
  }
  return parts;
}
