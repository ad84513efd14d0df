import {
  checkServerTarget,
  createApiError,
  expectShape,
  createTransport,
  type ClientOptions,
  requestOptions,
  responseMeta,
  type CallExtras,
  type RequestOptions,
} from "@docrun/core";
import { toMimeData, type DocumentInput, type NamedBytes } from "./files.js";
import type { Files as GeneratedFiles } from "./generated/resources/index.js";
import type { components } from "./generated/schema.js";
import type { MIMEData } from "./types.js";

type CreateFileUploadResponse = components["schemas"]["CreateFileUploadResponse"];

const UPLOAD_STARTED = {
  fileId: "string",
  uploadUrl: "string",
  uploadMethod: "string?",
  uploadHeaders: "object?",
} as const;
const MIME_DATA = { filename: "string", url: "string" } as const;

/**
 * `retab.files`: Retab's two-call upload.
 *
 * @example
 * ```ts
 * const invoice = await retab.files.upload(await fileFromPath("invoice.pdf"));
 * ```
 */
export interface Files extends GeneratedFiles {
  /**
   * Uploads a document with Retab's two-call flow (reserve → PUT to the signed URL → complete) and
   * returns the durable MIMEData to use in `documents`, instead of inlining the bytes as base64.
   *
   * @example
   * ```ts
   * const document = await retab.files.upload({ file: bytes, filename: "invoice.pdf" });
   * await retab.workflowRuns.create({ workflow_id, documents: { "start-document-1": document } });
   * ```
   */
  upload(input: File | NamedBytes, options?: RequestOptions): Promise<MIMEData>;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function decodeDataUrl(url: string): { bytes: Uint8Array; mimeType: string } {
  const comma = url.indexOf(",");
  const mimeType = url.slice(5, url.indexOf(";"));
  const binary = atob(url.slice(comma + 1));
  return { bytes: Uint8Array.from(binary, (char) => char.charCodeAt(0)), mimeType };
}

// Retab's spec: "`PUT` the bytes there with the returned headers". The headers a signed storage
// upload may need (content description, checksums, the stores' metadata and blob-type headers);
// never credentials, cookies, hosts or hop-by-hop headers.
const uploadTargetRules = {
  what: "Retab upload target",
  methods: ["PUT"],
  headers: [
    "content-type",
    "content-md5",
    "content-disposition",
    "content-language",
    "cache-control",
    "x-amz-meta-*",
    "x-amz-checksum-sha256",
    "x-goog-meta-*",
    "x-ms-meta-*",
    "x-ms-blob-type",
  ],
} as const;

/** Core's transport without credentials: what sends the bytes to the storage URL. */
export type StorageTransport = (input: Request) => Promise<Response>;

/**
 * The transport for storage uploads: the client's fetch, retries, timeouts and backoff, but no
 * API key, no `Authorization` and none of the client's extra headers (the URL is a third party's).
 *
 * @example
 * ```ts
 * const storage = storageTransport({ maxRetries: 3, timeoutMs: 120_000 });
 * ```
 */
export function storageTransport(options: ClientOptions): StorageTransport {
  const { apiKey: _key, baseUrl: _url, headers: _headers, ...transport } = options;
  return createTransport(transport);
}

/**
 * Builds `retab.files`. The PUT goes to the storage URL Retab returns through `storage` (core's
 * transport built with no API key, so retries, timeouts and typed errors apply), with Retab's
 * upload headers only: never the API key. A PUT of the same bytes is idempotent, so it is retried.
 *
 * @example
 * ```ts
 * const files = createFiles(generated.files, createTransport({ maxRetries: 2 }));
 * ```
 */
export function createFiles(
  files: GeneratedFiles,
  storage: StorageTransport,
  allowInsecureHttp?: boolean | undefined,
): Files {
  return {
    ...files,
    async upload(input, options = {}) {
      const { filename, url } = await toMimeData(input as DocumentInput);
      const { bytes, mimeType } = decodeDataUrl(url);
      const sha256 = await sha256Hex(bytes);
      const call = requestOptions(options);
      const started = expectShape<CreateFileUploadResponse>(
        "Retab files.createUpload",
        await files.createUpload(
          { filename, content_type: mimeType, size_bytes: bytes.byteLength, sha256 },
          options,
        ),
        UPLOAD_STARTED,
      );
      // The server chose where the bytes go: checked before anything is sent.
      const target = checkServerTarget(
        // Retab's documented defaults when a minimal answer leaves method or headers out.
        {
          url: started.uploadUrl,
          method: started.uploadMethod ?? "PUT",
          headers: started.uploadHeaders ?? {},
        },
        { ...uploadTargetRules, allowInsecureHttp },
      );
      const { signal, ...extras } = call;
      // The transport reads per-call timeoutMs / deadlineMs from the Request itself.
      const request: Request & CallExtras = Object.assign(
        new Request(target.url, {
          method: target.method,
          headers: target.headers,
          body: bytes as Uint8Array<ArrayBuffer>,
          ...(signal && { signal }),
        }),
        extras,
      );
      const put = await storage(request);
      if (!put.ok) {
        throw createApiError(
          put,
          await put.text(),
          { message: `upload of ${filename} to storage failed` },
          responseMeta.get(put)?.attempts ?? 1,
        );
      }
      return expectShape<MIMEData>(
        "Retab files.completeUpload",
        await files.completeUpload(started.fileId, { sha256 }, options),
        MIME_DATA,
      );
    },
  };
}
