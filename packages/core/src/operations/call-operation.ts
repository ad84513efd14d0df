import { requestOptions, type RequestOptions } from "../client/create-api-client.js";
import { expectShape } from "../client/expect-shape.js";
import { ConfigurationError } from "../errors/errors.js";
import type { Operation } from "./operation.js";
import type { OperationContext } from "./operation-context.js";

/**
 * Per-call options of a generated method: core's request options, plus the idempotency key of an
 * operation that takes one and query parameters of an operation whose main argument is its body.
 *
 * @example
 * ```ts
 * await retab.extractions.create(body, { idempotencyKey: `invoice-${id}`, timeoutMs: 30_000 });
 * ```
 */
export interface CallOptions extends RequestOptions {
  /** Your own idempotency key (operations that take one); default: a fresh UUID per call, kept across retries. */
  idempotencyKey?: string | undefined;
}

/** What one call sends besides the path parameters. */
export interface CallInput {
  query?: object | undefined;
  body?: unknown;
}

/**
 * Throws `ConfigurationError` (before anything is sent) unless every path value is a non-empty
 * string; returns them keyed by parameter name. Core's path serializer then keeps each inside its
 * own segment.
 */
function pathValues(op: Operation, args: readonly unknown[]): Record<string, string> {
  const out: Record<string, string> = {};
  op.pathParams.forEach((name, i) => {
    const value = args[i];
    if (typeof value !== "string" || value.trim() === "")
      throw new ConfigurationError(
        `${op.name}: ${name} must be a non-empty string (got ${JSON.stringify(value) ?? String(value)})`,
      );
    out[name] = value;
  });
  return out;
}

function dropUndefined(query: object | undefined): Record<string, unknown> | undefined {
  if (query === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) if (value !== undefined) out[key] = value;
  return out;
}

/** A plain object to `FormData`: Blobs as files, arrays as repeated fields, objects as JSON. */
function toFormData(body: unknown): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (item instanceof Blob) form.append(key, item, (item as File).name ?? key);
      else form.append(key, typeof item === "object" ? JSON.stringify(item) : String(item));
    }
  }
  return form;
}

/**
 * Sends one operation and returns its success body: the typed `ApiError` for an error status, an
 * `InvalidResponseError` naming the operation and field when the body lacks what the SDK relies
 * on, `undefined` for a body-less success.
 *
 * @example
 * ```ts
 * const extraction = await callOperation(ctx, getExtraction, ["ext_01"], {}, { timeoutMs: 10_000 });
 * ```
 */
export async function callOperation<T>(
  ctx: OperationContext,
  op: Operation,
  args: readonly unknown[],
  input: CallInput = {},
  options: CallOptions = {},
): Promise<T> {
  const path = pathValues(op, args);
  const { idempotencyKey, ...rest } = options;
  if (idempotencyKey !== undefined && (typeof idempotencyKey !== "string" || idempotencyKey.trim() === ""))
    throw new ConfigurationError(`${op.name}: idempotencyKey must be a non-empty string`);
  const init: Record<string, unknown> = {
    params: { path, query: dropUndefined(input.query) },
    ...requestOptions(
      op.idempotent ? { ...rest, idempotencyKey: idempotencyKey ?? crypto.randomUUID() } : rest,
    ),
  };
  if (input.body !== undefined) {
    init["body"] = input.body;
    if (op.bodyType === "multipart/form-data") init["bodySerializer"] = toFormData;
  }
  if (op.parseAs) init["parseAs"] = op.parseAs;
  const data = await ctx.unwrap(ctx.api.request(op.method.toLowerCase(), op.path, init));
  if (op.shape === undefined || op.parseAs !== undefined) return data as T;
  return expectShape<T>(`${ctx.provider} ${op.name}`, data, op.shape);
}
