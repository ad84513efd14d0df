import { getPath } from "./dot-path.js";

/** Where a paginated list reads its page request and writes its cursors (`x-docrun-pagination`). */
export type PaginationDeclaration =
  | {
      style: "id-cursor";
      items: string;
      request: { after: string; before: string; limit: string };
      response: { after: string; before: string };
    }
  | { style: "token"; items: string; request: { token: string; limit: string }; response: { next: string } }
  | {
      style: "page-number";
      items: string;
      request: { page: string; pageSize: string };
      response: { total: string };
    };

/** How a created job is waited for (`x-docrun-wait`). */
export interface WaitDeclaration {
  /** operationId of the GET that reads the job. */
  poll: string;
  /** Dot path of the job id in the create response. */
  id: string;
  /** Dot path of the status in the polled body. */
  status: string;
  pending: readonly string[];
  succeeded: readonly string[];
  failed: readonly string[];
}

const REQUIRED: Record<PaginationDeclaration["style"], { request: string[]; response: string[] }> = {
  "id-cursor": { request: ["after", "before", "limit"], response: ["after", "before"] },
  token: { request: ["token", "limit"], response: ["next"] },
  "page-number": { request: ["page", "pageSize"], response: ["total"] },
};

/**
 * Reads an operation's `x-docrun-pagination` (a preset name from the root `x-docrun.pagination`,
 * or an inline object) and checks its shape. Throws a message naming the operation and the field.
 *
 * @example
 * ```ts
 * readPagination(document, "list_extractions", "id-cursor-list");
 * ```
 */
export function readPagination(
  document: Readonly<Record<string, unknown>>,
  operationId: string,
  value: unknown,
): PaginationDeclaration | undefined {
  if (value === undefined) return undefined;
  const where = `x-docrun-pagination of ${operationId}`;
  let declaration: unknown = value;
  if (typeof value === "string") {
    declaration = getPath(document, `x-docrun.pagination.${value}`);
    if (declaration === undefined)
      throw new Error(`${where}: no preset ${JSON.stringify(value)} under x-docrun.pagination`);
  }
  const object = declaration as Record<string, any>;
  const style = object?.["style"] as PaginationDeclaration["style"];
  if (!(style in REQUIRED))
    throw new Error(`${where}: style must be id-cursor, token or page-number, got ${JSON.stringify(style)}`);
  if (typeof object["items"] !== "string") throw new Error(`${where}: items must be a dot path`);
  for (const side of ["request", "response"] as const) {
    for (const field of REQUIRED[style][side]) {
      if (typeof object[side]?.[field] !== "string")
        throw new Error(`${where}: ${side}.${field} is missing (style ${style})`);
    }
  }
  return object as PaginationDeclaration;
}

/**
 * Reads an operation's `x-docrun-wait` and checks it names an existing poll operation and status
 * lists. Throws a message naming the operation and the field.
 *
 * @example
 * ```ts
 * readWait("create_extraction", operation["x-docrun-wait"], new Set(["get_extraction"]));
 * ```
 */
export function readWait(
  operationId: string,
  value: unknown,
  operationIds: ReadonlySet<string>,
): WaitDeclaration | undefined {
  if (value === undefined) return undefined;
  const where = `x-docrun-wait of ${operationId}`;
  const object = value as Record<string, unknown>;
  for (const field of ["poll", "id", "status"]) {
    if (typeof object?.[field] !== "string") throw new Error(`${where}: ${field} must be a string`);
  }
  if (!operationIds.has(object["poll"] as string))
    throw new Error(`${where}: poll names ${JSON.stringify(object["poll"])}, which is no operationId`);
  for (const field of ["pending", "succeeded", "failed"]) {
    const list = object[field];
    if (
      !Array.isArray(list) ||
      list.some((item) => typeof item !== "string") ||
      (field !== "failed" && list.length === 0)
    )
      throw new Error(`${where}: ${field} must be a list of status strings`);
  }
  return object as unknown as WaitDeclaration;
}
