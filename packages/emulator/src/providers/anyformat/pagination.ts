import type { EmulatorResponse } from "../../framework/types.js";
import { validationFailed, type ValidationIssue } from "./errors.js";

/** A validated `page` / `page_size` pair. */
export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
}

const INTEGER = /^[+-]?\d+$/;

/**
 * Reads `page` (≥ 1, default 1) and `page_size` (1–100, default 20) the way FastAPI validates
 * them: a 422 `HTTPValidationError` listing every bad parameter.
 *
 * @example
 * ```ts
 * parsePageRequest(new URLSearchParams("page=2&page_size=50")); // { page: 2, pageSize: 50 }
 * ```
 */
export function parsePageRequest(query: URLSearchParams): PageRequest | EmulatorResponse {
  const issues: ValidationIssue[] = [];
  const page = readInteger(query, "page", 1, 1, undefined, issues);
  const pageSize = readInteger(query, "page_size", 20, 1, 100, issues);
  if (issues.length > 0) return validationFailed(issues);
  return { page, pageSize };
}

function readInteger(
  query: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number | undefined,
  issues: ValidationIssue[],
): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!INTEGER.test(raw.trim())) {
    issues.push({
      type: "int_parsing",
      loc: ["query", name],
      msg: "Input should be a valid integer, unable to parse string as an integer",
      input: raw,
    });
    return fallback;
  }
  const value = Number(raw);
  if (value < min) {
    issues.push({
      type: "greater_than_equal",
      loc: ["query", name],
      msg: `Input should be greater than or equal to ${min}`,
      input: raw,
      ctx: { ge: min },
    });
  } else if (max !== undefined && value > max) {
    issues.push({
      type: "less_than_equal",
      loc: ["query", name],
      msg: `Input should be less than or equal to ${max}`,
      input: raw,
      ctx: { le: max },
    });
  }
  return value;
}

/**
 * One page of `items` in newest-first order, where `items` is kept oldest first. Slices instead
 * of copying, so a page of a 100,000-item list costs only `pageSize`. A page past the end is empty.
 *
 * @example
 * ```ts
 * newestFirstPage([1, 2, 3, 4, 5], { page: 1, pageSize: 2 }); // [5, 4]
 * ```
 */
export function newestFirstPage<Item>(items: readonly Item[], request: PageRequest): Item[] {
  const end = items.length - (request.page - 1) * request.pageSize;
  if (end <= 0) return [];
  const start = Math.max(0, end - request.pageSize);
  return items.slice(start, end).reverse();
}

/**
 * AnyFormat's page envelope `{count, page, page_size, results}`.
 *
 * @example
 * ```ts
 * pageEnvelope(42, { page: 1, pageSize: 20 }, runs);
 * ```
 */
export function pageEnvelope<Item>(count: number, request: PageRequest, results: Item[]) {
  return { count, page: request.page, page_size: request.pageSize, results };
}
