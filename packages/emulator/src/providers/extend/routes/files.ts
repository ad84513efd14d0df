import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../../framework/types.js";
import { notFound, invalidRequest } from "../errors.js";
import { seededId } from "../id-codec.js";
import { parseMultipart } from "../multipart.js";
import { seededFile, seededFileName } from "../seed.js";
import { encodeToken, keysetPage, type SortedTier } from "../pagination.js";
import { fileFull, fileSummary } from "../serialize.js";
import type { FileRecord, FileType } from "../model.js";
import { addFile, findFile, newId, type ExtendState } from "../state.js";
import { booleanParam, enumParam, pageSizeParam, tokenParam } from "../validation.js";

const TYPES_BY_EXTENSION: Record<string, FileType> = {
  pdf: "PDF",
  csv: "CSV",
  png: "IMG",
  jpg: "IMG",
  jpeg: "IMG",
  gif: "IMG",
  tif: "IMG",
  tiff: "IMG",
  bmp: "IMG",
  webp: "IMG",
  heic: "IMG",
  txt: "TXT",
  docx: "DOCX",
  doc: "DOCX",
  xlsx: "EXCEL",
  xls: "EXCEL",
  xml: "XML",
  html: "HTML",
  htm: "HTML",
};

/**
 * Extend's file type for a file name (null when unknown).
 *
 * @example
 * ```ts
 * fileTypeOf("scan.PNG"); // "IMG"
 * ```
 */
export function fileTypeOf(name: string): FileType | null {
  const dot = name.lastIndexOf(".");
  return dot === -1 ? null : (TYPES_BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? null);
}

function pdfPageCount(bytes: Uint8Array): number {
  const text = new TextDecoder("latin1").decode(bytes);
  const pages = text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  return Math.max(1, pages);
}

/**
 * Makes a file record (not yet stored).
 *
 * @example
 * ```ts
 * const file = makeFile(state, "invoice.pdf", ctx.now(), { pageCount: 2 });
 * ```
 */
export function makeFile(
  state: ExtendState,
  name: string,
  createdAtMs: number,
  extra: { text?: string; bytes?: Uint8Array; contentType?: string; pageCount?: number } = {},
): FileRecord {
  const type = fileTypeOf(name);
  let pageCount = extra.pageCount;
  if (pageCount === undefined && type === "PDF")
    pageCount = extra.bytes === undefined ? 1 : pdfPageCount(extra.bytes);
  return {
    id: newId(state, "file"),
    name,
    type,
    pageCount: type === "PDF" || type === "DOCX" ? (pageCount ?? 1) : undefined,
    createdAtMs,
    ...(extra.text === undefined ? {} : { text: extra.text }),
    ...(extra.bytes === undefined ? {} : { bytes: extra.bytes }),
    ...(extra.contentType === undefined ? {} : { contentType: extra.contentType }),
  };
}

/** `POST /files/upload` (multipart `file`, optional `password`). */
export function uploadFile(
  request: EmulatorRequest,
  state: ExtendState,
  ctx: ProviderContext,
): EmulatorResponse {
  booleanParam(request.query, "convertToPdf");
  const parts = parseMultipart(request.body, request.headers["content-type"]);
  const part = parts.find((candidate) => candidate.name === "file");
  if (part === undefined || part.filename === undefined)
    throw invalidRequest("A multipart field named file (with a file name) is required");
  if (part.filename === "") throw invalidRequest("The uploaded file needs a file name");
  const file = makeFile(state, part.filename, ctx.now(), {
    bytes: part.data,
    ...(part.contentType === undefined ? {} : { contentType: part.contentType }),
    ...(fileTypeOf(part.filename) === "TXT" ? { text: new TextDecoder().decode(part.data) } : {}),
  });
  addFile(state, file);
  return { status: 200, json: fileFull(file, null, false) };
}

/** `GET /files/{id}`. */
export function getFile(request: EmulatorRequest, state: ExtendState, id: string): EmulatorResponse {
  const includeText = booleanParam(request.query, "rawText");
  booleanParam(request.query, "markdown");
  booleanParam(request.query, "html");
  const file = findFile(state, id);
  if (file === undefined) throw notFound("File", id);
  const host = request.headers["host"] ?? "127.0.0.1";
  return {
    status: 200,
    json: fileFull(file, `http://${host}/_emulator/files/${file.id}/download`, includeText),
  };
}

/** The bytes behind a presigned URL (not part of Extend's API; no auth, like a presigned URL). */
export function downloadFile(state: ExtendState, id: string): EmulatorResponse | null {
  const file = findFile(state, id);
  if (file === undefined) return null;
  const body = file.bytes ?? new TextEncoder().encode(file.text ?? `%PDF-1.4\n% ${file.name}\n`);
  return { status: 200, headers: { "content-type": file.contentType ?? "application/octet-stream" }, body };
}

/** `GET /files`. */
export function listFiles(request: EmulatorRequest, state: ExtendState): EmulatorResponse {
  const query = request.query;
  const nameContains = query.get("nameContains")?.toLowerCase();
  const direction = enumParam(query, "sortDir", ["asc", "desc"] as const, "desc");
  const cursor = tokenParam(query);
  const limit = pageSizeParam(query);
  const matches = (name: string): boolean =>
    nameContains === undefined || name.toLowerCase().includes(nameContains);
  const table = state.seeded;
  const created = state.filesByCreated;
  const tiers: SortedTier<FileRecord>[] = [
    {
      length: created.length,
      key: (position) => created.keys[position]!,
      id: (position) => created.items[position]!.id,
      include: (position) => matches(created.items[position]!.name),
      item: (position) => created.items[position]!,
    },
  ];
  // Seeded files are in creation order (their times increase with the row).
  if (table !== null)
    tiers.push({
      length: table.rows,
      key: (row) => table.fileCreatedAt[row]!,
      id: (row) => seededId("file", table.seed, row),
      include: (row) => matches(seededFileName(table, row)),
      item: (row) => seededFile(table, row),
    });
  const page = keysetPage<FileRecord>({ sorted: tiers }, direction, cursor, limit);
  return {
    status: 200,
    json: {
      object: "list",
      data: page.items.map(fileSummary),
      ...(page.next === null ? {} : { nextPageToken: encodeToken(page.next) }),
    },
  };
}
