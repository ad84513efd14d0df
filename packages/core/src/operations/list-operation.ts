import { expectShape } from "../client/expect-shape.js";
import { ConfigurationError, InvalidResponseError } from "../errors/errors.js";
import type { ListOptions, Paginator } from "../pagination/paginator.js";
import {
  paginateIdCursor,
  paginatePageNumber,
  paginateToken,
  type IdCursor,
} from "../pagination/strategies.js";
import type { RequestOptions } from "../client/create-api-client.js";
import { callOperation } from "./call-operation.js";
import type { Operation, PaginationDeclaration } from "./operation.js";
import type { OperationContext } from "./operation-context.js";
import { readPath } from "./read-path.js";

/**
 * The options a generated `list` takes besides the operation's own query parameters: core's
 * listing options, a resume point, and read-ahead where the total is known.
 *
 * @example
 * ```ts
 * retab.extractions.list({ status: "failed", maxItems: 500, signal });
 * ```
 */
export interface ListCallOptions extends ListOptions {
  /** Id-cursor listings: start after this id (forward). */
  after?: string | undefined;
  /** Id-cursor listings: start before this id and walk backward. */
  before?: string | undefined;
  /** Token listings: resume from a `nextCursor` you saved. */
  startToken?: string | undefined;
  /** Page-number listings: resume from this page. */
  startPage?: number | undefined;
  /** Page-number listings: pages fetched ahead once the total is known. */
  concurrency?: number | undefined;
}

const LISTING_KEYS = [
  "maxItems",
  "maxPages",
  "signal",
  "timeoutMs",
  "deadlineMs",
  "maxRetries",
  "headers",
  "onResponse",
  "after",
  "before",
  "startToken",
  "startPage",
  "concurrency",
] as const;

/** Splits one options object into the query filters and the listing options. */
function split(options: object): [Record<string, unknown>, ListCallOptions] {
  const query: Record<string, unknown> = {};
  const listing: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    ((LISTING_KEYS as readonly string[]).includes(key) ? listing : query)[key] = value;
  }
  return [query, listing as ListCallOptions];
}

function checkLimit(op: Operation, name: string | undefined, value: unknown, max: number | undefined) {
  if (name === undefined || value === undefined) return;
  if (!Number.isInteger(value) || (value as number) < 1 || (max !== undefined && (value as number) > max))
    throw new ConfigurationError(
      `${op.name}: ${name} must be an integer from 1${max === undefined ? "" : ` to ${max}`} (got ${String(value)})`,
    );
}

/**
 * One page of the operation: its items and the raw body (for the cursors), with the items field
 * checked so a body of the wrong shape is an `InvalidResponseError` naming the operation.
 */
async function fetchPage(
  ctx: OperationContext,
  op: Operation,
  p: PaginationDeclaration,
  args: readonly unknown[],
  query: Record<string, unknown>,
  o: RequestOptions,
) {
  let response: Response | undefined;
  const data = await callOperation<unknown>(
    ctx,
    { ...op, shape: { [p.items]: "array" } },
    args,
    { query },
    {
      ...o,
      onResponse: (r) => {
        response = r;
        o.onResponse?.(r);
      },
    },
  );
  return { items: readPath(data, p.items) as unknown[], data, response: response! };
}

function optionalString(op: Operation, data: unknown, path: string): string | null {
  const value = readPath(data, path);
  if (value == null) return null;
  if (typeof value !== "string")
    throw new InvalidResponseError(`${op.name}: response field \`${path}\` should be a string or null`);
  return value;
}

/**
 * Lists every item of a paginated operation, however the spec says it pages: `for await` over
 * items, `.pages()`, `.toArray()`. Query filters and listing options come in one object, as
 * generated `list` methods take them; a page size outside the spec's bounds is a
 * `ConfigurationError` before anything is sent.
 *
 * @example
 * ```ts
 * for await (const e of listOperation(ctx, listExtractions, [], { status: "failed", limit: 50 })) console.log(e.id);
 * ```
 */
export function listOperation<Item>(
  ctx: OperationContext,
  op: Operation,
  args: readonly unknown[],
  options: object = {},
): Paginator<Item, any> {
  const p = op.pagination;
  if (p === undefined) throw new ConfigurationError(`${op.name} is not a paginated operation`);
  const [query, listing] = split(options);
  const name = `${ctx.provider} ${op.name}`;
  if (p.style === "id-cursor") {
    checkLimit(op, p.request.limit, p.request.limit && query[p.request.limit], p.maxLimit);
    return paginateIdCursor<Item>(
      {
        fetchPage: async (cursor: IdCursor, o) => {
          const q = { ...query };
          if (cursor.after !== undefined) q[p.request.after] = cursor.after;
          if (cursor.before !== undefined) q[p.request.before] = cursor.before;
          const page = await fetchPage(ctx, op, p, args, q, o);
          return {
            items: page.items as Item[],
            after: optionalString(op, page.data, p.response.after),
            before: optionalString(op, page.data, p.response.before),
            response: page.response,
          };
        },
      },
      listing,
    );
  }
  if (p.style === "token") {
    checkLimit(op, p.request.limit, p.request.limit && query[p.request.limit], p.maxLimit);
    return paginateToken<Item>(
      {
        fetchPage: async (token, o) => {
          const q = token === undefined ? query : { ...query, [p.request.token]: token };
          const page = await fetchPage(ctx, op, p, args, q, o);
          return {
            items: page.items as Item[],
            nextToken: optionalString(op, page.data, p.response.next),
            response: page.response,
          };
        },
      },
      listing,
    );
  }
  const pageSize = (query[p.request.pageSize] as number | undefined) ?? p.defaultPageSize;
  checkLimit(op, p.request.pageSize, pageSize, p.maxLimit);
  return paginatePageNumber<Item>(
    {
      pageSize,
      fetchPage: async (page, size, o) => {
        const q = { ...query, [p.request.page]: page, [p.request.pageSize]: size };
        const result = await fetchPage(ctx, op, p, args, q, o);
        const count = expectShape<unknown>(name, result.data, { [p.response.total]: "number" });
        return {
          items: result.items as Item[],
          count: readPath(count, p.response.total) as number,
          pageSize: p.response.pageSize ? (readPath(result.data, p.response.pageSize) as number) : size,
          response: result.response,
        };
      },
    },
    listing,
  );
}
