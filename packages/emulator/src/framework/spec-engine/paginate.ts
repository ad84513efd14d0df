import type { PaginationDeclaration } from "./declarations.js";

/** One page: its items and the cursor fields to write (dot path → value). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly fields: Readonly<Record<string, unknown>>;
}

/**
 * Cuts one page out of an ordered list as the declaration says. id-cursor: `after` = the items
 * following that id, `before` = the items preceding it; the response's `before` is the page's
 * first id when something precedes it and `after` its last id when something follows (else null).
 * token: an opaque offset token. page-number: 1-based pages with the total count.
 * Returns a message when the page request is unusable (both cursors, a bad token).
 *
 * @example
 * ```ts
 * paginate(items, declaration, { limit: 2 }, (item) => item.id, 10);
 * ```
 */
export function paginate<T>(
  items: readonly T[],
  declaration: PaginationDeclaration,
  query: Readonly<Record<string, unknown>>,
  keyOf: (item: T) => string,
  defaultLimit: number,
): Page<T> | { error: string } {
  if (declaration.style === "id-cursor") {
    const limit = numberOr(query[declaration.request.limit], defaultLimit);
    const after = query[declaration.request.after];
    const before = query[declaration.request.before];
    if (typeof after === "string" && typeof before === "string")
      return {
        error: `${declaration.request.after} and ${declaration.request.before} cannot be used together`,
      };
    let start = 0;
    let end = Math.min(items.length, limit);
    if (typeof after === "string") {
      start = items.findIndex((item) => keyOf(item) === after) + 1;
      if (start === 0) start = items.length;
      end = Math.min(items.length, start + limit);
    } else if (typeof before === "string") {
      end = items.findIndex((item) => keyOf(item) === before);
      if (end === -1) end = 0;
      start = Math.max(0, end - limit);
    }
    const page = items.slice(start, end);
    return {
      items: page,
      fields: {
        [declaration.response.before]: start > 0 && page.length > 0 ? keyOf(page[0]!) : null,
        [declaration.response.after]:
          end < items.length && page.length > 0 ? keyOf(page[page.length - 1]!) : null,
      },
    };
  }
  if (declaration.style === "token") {
    const limit = numberOr(query[declaration.request.limit], defaultLimit);
    const token = query[declaration.request.token];
    let start = 0;
    if (typeof token === "string" && token !== "") {
      const decoded = /^o(\d+)$/.exec(Buffer.from(token, "base64url").toString("utf8"));
      if (decoded === null) return { error: `${declaration.request.token} is not a token this API issued` };
      start = Number(decoded[1]);
    }
    const end = Math.min(items.length, start + limit);
    return {
      items: items.slice(start, end),
      fields: {
        [declaration.response.next]: end < items.length ? Buffer.from(`o${end}`).toString("base64url") : null,
      },
    };
  }
  const size = numberOr(query[declaration.request.pageSize], defaultLimit);
  const page = Math.max(1, numberOr(query[declaration.request.page], 1));
  return {
    items: items.slice((page - 1) * size, page * size),
    fields: { [declaration.response.total]: items.length },
  };
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
