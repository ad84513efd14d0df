// What a generated resource method knows about its operation: data, not code, so one small set of
// core functions serves every operation of every spec (the generator writes the descriptors).
import type { ResponseShape } from "../client/expect-shape.js";

/** An HTTP method as the spec names it. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * How an operation's list pages (the spec's `x-docrun-pagination`, resolved). Field names are dot
 * paths in the response body; request names are query parameters.
 *
 * @example
 * ```ts
 * const retabList: PaginationDeclaration = {
 *   style: "id-cursor", items: "data",
 *   request: { after: "after", before: "before", limit: "limit" },
 *   response: { after: "list_metadata.after", before: "list_metadata.before" },
 * };
 * ```
 */
export type PaginationDeclaration =
  | {
      style: "id-cursor";
      items: string;
      request: { after: string; before: string; limit?: string | undefined };
      response: { after: string; before: string };
      /** The largest page size the spec allows (`limit`'s `maximum`). */
      maxLimit?: number | undefined;
    }
  | {
      style: "token";
      items: string;
      request: { token: string; limit?: string | undefined };
      response: { next: string };
      maxLimit?: number | undefined;
    }
  | {
      style: "page-number";
      items: string;
      request: { page: string; pageSize: string };
      response: { total: string; pageSize?: string | undefined };
      /** Page size used when the caller gives none. */
      defaultPageSize: number;
      maxLimit?: number | undefined;
    };

/**
 * How to wait for what an operation started (the spec's `x-docrun-wait`, resolved).
 *
 * @example
 * ```ts
 * const extraction: WaitDeclaration = {
 *   id: "id", status: "status", pending: ["pending", "queued", "in_progress"],
 *   succeeded: ["completed"], failed: ["failed", "cancelled"], request: { background: true },
 * };
 * ```
 */
export interface WaitDeclaration {
  /** Dot path of the job id in the create response: the poll operation's path parameter. */
  id: string;
  /** Dot path of the status in the polled body. */
  status: string;
  /** Statuses that mean "keep waiting"; any status not listed anywhere also keeps waiting. */
  pending: readonly string[];
  /** Statuses that end the wait with the object. */
  succeeded: readonly string[];
  /** Statuses that end the wait with `RunFailedError`. */
  failed: readonly string[];
  /** Body fields `…AndPoll` sets unless the caller gives them (e.g. `{ background: true }`). */
  request?: Readonly<Record<string, unknown>> | undefined;
  /** Dot path of a human-readable failure reason in the polled body, if any. */
  reason?: string | undefined;
}

/**
 * One operation of a spec, as a generated method calls it.
 *
 * @example
 * ```ts
 * const getExtraction: Operation = {
 *   name: "extractions.get", method: "GET", path: "/v1/extractions/{extraction_id}",
 *   pathParams: ["extraction_id"], shape: { id: "string" },
 * };
 * ```
 */
export interface Operation {
  /** `resource.method`, used in error messages. */
  name: string;
  method: HttpMethod;
  /** The spec's path template. */
  path: string;
  /** Path parameter names in the order the method takes them. */
  pathParams: readonly string[];
  /** The operation takes the provider's idempotency header: one key per call, kept across retries. */
  idempotent?: boolean | undefined;
  /** The request body media type when it is not JSON. */
  bodyType?: "multipart/form-data" | undefined;
  /** How the success body is read when it is not JSON. */
  parseAs?: "text" | "stream" | undefined;
  /** Fields the SDK relies on in the success body (checked, so a wrong shape is a typed error). */
  shape?: ResponseShape | undefined;
  pagination?: PaginationDeclaration | undefined;
}
