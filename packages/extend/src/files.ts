import { requestOptions, type ListOptions, type Paginator, type RequestOptions } from "@docrun/core";
import { listByToken, requireId, sendChecked, SHAPES, type ClientContext } from "./context.js";
import { toUploadPart, type FileInput } from "./file-input.js";
import type { ExtendFile, FileListFilters, FileSummary } from "./types.js";

/**
 * Options of `files.list()`: `nameContains`, `sortDir`, `maxPageSize` and core's listing options.
 * @example `extend.files.list({ nameContains: "invoice", maxPageSize: 100, maxItems: 500 });`
 */
export type FileListOptions = FileListFilters & ListOptions & { startToken?: string | undefined };

/**
 * Options of `files.upload()`.
 * @example `await extend.files.upload(bytes, { filename: "scan.pdf", convertToPdf: true, timeoutMs: 60_000 });`
 */
export interface UploadOptions extends RequestOptions {
  /** File name (required for a `Blob` or bytes; a `File` brings its own). */
  filename?: string | undefined;
  /** Password of a protected PDF. */
  password?: string | undefined;
  /** Ask Extend to convert the file to PDF. */
  convertToPdf?: boolean | undefined;
}

/**
 * Options of `files.get()`.
 * @example `const file = await extend.files.get(fileId, { markdown: true });`
 */
export interface GetFileOptions extends RequestOptions {
  /** Include the raw text in `contents` (deprecated by Extend in favour of parse runs). */
  rawText?: boolean | undefined;
  /** Include markdown in `contents` (deprecated by Extend in favour of parse runs). */
  markdown?: boolean | undefined;
  /** Include HTML in `contents` (deprecated by Extend in favour of parse runs). */
  html?: boolean | undefined;
}

/**
 * The `files` resource: upload (multipart), get, list (token paginator).
 *
 * @example
 * ```ts
 * const files = createFiles(context);
 * const file = await files.upload(new File(["hello"], "hello.txt"));
 * ```
 */
export function createFiles({ api, send }: ClientContext) {
  return {
    /**
     * Uploads a file; use the returned `id` as a run input (`file: { id }`).
     *
     * @example
     * ```ts
     * const file = await extend.files.upload(new Uint8Array(bytes), { filename: "invoice.pdf" });
     * ```
     */
    async upload(input: FileInput, options: UploadOptions = {}): Promise<ExtendFile> {
      const { blob, filename } = toUploadPart(input, options.filename);
      const form = new FormData();
      form.append("file", blob, filename);
      if (options.password !== undefined) form.append("password", options.password);
      const query = options.convertToPdf === undefined ? {} : { convertToPdf: options.convertToPdf };
      // The generated body type describes the parts; openapi-fetch sends a FormData as it is.
      const call = api.POST("/files/upload", {
        params: { query },
        body: form as never,
        ...requestOptions(options),
      });
      return sendChecked(send, "files.upload", SHAPES.withId, call);
    },

    /**
     * Gets a file with a download URL valid for 15 minutes.
     *
     * @example
     * ```ts
     * const { presignedUrl } = await extend.files.get(fileId);
     * ```
     */
    async get(id: string, options: GetFileOptions = {}): Promise<ExtendFile> {
      requireId("id", id);
      const { rawText, markdown, html } = options;
      const query = Object.fromEntries(
        Object.entries({ rawText, markdown, html }).filter(([, value]) => value !== undefined),
      );
      return sendChecked(
        send,
        "files.get",
        SHAPES.withId,
        api.GET("/files/{id}", { params: { path: { id }, query }, ...requestOptions(options) }),
      );
    },

    /**
     * Lists file summaries, newest first by default.
     *
     * @example
     * ```ts
     * for await (const file of extend.files.list({ nameContains: "invoice" })) console.log(file.name);
     * ```
     */
    list(options: FileListOptions = {}): Paginator<FileSummary, string> {
      return listByToken(
        send,
        "files.list",
        options,
        ["nameContains", "sortDir", "maxPageSize"] as const,
        (query, o) => api.GET("/files", { params: { query }, ...requestOptions(o) }),
      );
    },
  };
}
