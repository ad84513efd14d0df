import { createHash } from "node:crypto";
import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../../framework/types.js";
import { detailError, validationError } from "../errors.js";
import { retabId } from "../ids.js";
import type { RetabState } from "../state.js";
import { BodyReader, parseJsonBody } from "../validation.js";

const UPLOAD_TTL_MS = 15 * 60_000;
const SHA256 = /^[a-fA-F0-9]{64}$/;

/** Where the emulator accepts the bytes of an upload (its stand-in for a signed storage URL). */
export const UPLOAD_CONTENT_PREFIX = "/_emulator/uploads/";

function origin(request: EmulatorRequest): string {
  return `http://${request.headers["host"] ?? "127.0.0.1"}`;
}

/**
 * `POST /v1/files/upload`: reserves a file and answers where to `PUT` its bytes (camelCase keys,
 * as Retab's response has them).
 *
 * @example
 * ```ts
 * startUpload(request, state, ctx); // { fileId, uploadUrl, uploadMethod: "PUT", … }
 * ```
 */
export function startUpload(
  request: EmulatorRequest,
  state: RetabState,
  ctx: ProviderContext,
): EmulatorResponse {
  const parsed = parseJsonBody(request.body);
  if (!parsed.ok) return validationError(parsed.issues);
  const body = new BodyReader(parsed.value);
  const filename = body.string("filename", { required: true, minLength: 1 });
  const contentType = body.string("content_type", { nullable: true });
  const sizeBytes = body.integer("size_bytes", { required: true, min: 0 });
  const sha256 = body.string("sha256", { nullable: true, pattern: SHA256 });
  if (body.issues.length > 0 || filename === undefined || sizeBytes === undefined)
    return validationError(body.issues);
  const fileId = retabId("file_", ctx.random);
  const expiresAt = ctx.now() + UPLOAD_TTL_MS;
  const type = contentType ?? "application/octet-stream";
  state.uploads.set(fileId, {
    fileId,
    filename,
    contentType: type,
    sizeBytes,
    sha256: sha256?.toLowerCase() ?? null,
    expiresAt,
    content: null,
    completed: false,
  });
  const url = `${origin(request)}${UPLOAD_CONTENT_PREFIX}${fileId}`;
  return {
    status: 200,
    json: {
      fileId,
      uploadUrl: url,
      uploadMethod: "PUT",
      uploadHeaders: { "Content-Type": type },
      mimeData: { filename, url },
      expiresAt: new Date(expiresAt).toISOString(),
    },
  };
}

/**
 * `PUT /_emulator/uploads/{file_id}` stores the bytes; `GET` returns them (not part of Retab's API:
 * it plays the signed storage URL).
 *
 * @example
 * ```ts
 * uploadContent(request, "file_…", state);
 * ```
 */
export function uploadContent(request: EmulatorRequest, fileId: string, state: RetabState): EmulatorResponse {
  const upload = state.uploads.get(fileId);
  if (upload === undefined) return detailError(404, "Upload not found");
  if (request.method === "GET") {
    if (upload.content === null) return detailError(404, "Upload has no content yet");
    return { status: 200, headers: { "content-type": upload.contentType }, body: upload.content };
  }
  upload.content = request.body.slice();
  return { status: 200, body: "" };
}

/**
 * `POST /v1/files/upload/{file_id}/complete`: 404 unknown, 410 expired, 422 when the bytes'
 * size or sha256 do not match; otherwise the durable MIMEData.
 *
 * @example
 * ```ts
 * completeUpload(request, "file_…", state, ctx); // { filename, url }
 * ```
 */
export function completeUpload(
  request: EmulatorRequest,
  fileId: string,
  state: RetabState,
  ctx: ProviderContext,
): EmulatorResponse {
  const parsed = parseJsonBody(request.body);
  if (!parsed.ok) return validationError(parsed.issues);
  const body = new BodyReader(parsed.value);
  const sha256 = body.string("sha256", { nullable: true, pattern: SHA256 });
  if (body.issues.length > 0) return validationError(body.issues);
  const upload = state.uploads.get(fileId);
  if (upload === undefined) return detailError(404, "Upload session not found");
  if (!upload.completed && ctx.now() > upload.expiresAt) return detailError(410, "Upload session expired");
  const content = upload.content ?? new Uint8Array();
  if (content.byteLength !== upload.sizeBytes) {
    return validationError([
      {
        type: "value_error",
        loc: ["body"],
        msg: `Value error, uploaded ${content.byteLength} bytes, expected ${upload.sizeBytes}`,
        input: null,
        ctx: { error: {} },
      },
    ]);
  }
  const expected = sha256?.toLowerCase() ?? upload.sha256;
  if (expected !== null && createHash("sha256").update(content).digest("hex") !== expected) {
    return validationError([
      {
        type: "value_error",
        loc: ["body", "sha256"],
        msg: "Value error, sha256 does not match the uploaded content",
        input: sha256 ?? null,
        ctx: { error: {} },
      },
    ]);
  }
  upload.completed = true;
  return {
    status: 200,
    json: { filename: upload.filename, url: `${origin(request)}${UPLOAD_CONTENT_PREFIX}${fileId}` },
  };
}
