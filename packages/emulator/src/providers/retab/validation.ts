import type { ValidationIssue } from "./errors.js";

function quoteList(values: readonly string[]): string {
  const quoted = values.map((value) => `'${value}'`);
  return quoted.length <= 1
    ? quoted.join("")
    : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

/**
 * Reads query parameters the way FastAPI + pydantic v2 validate them, collecting every problem
 * (FastAPI reports them all at once) with pydantic's `type`, `msg` and `ctx`.
 *
 * @example
 * ```ts
 * const query = new QueryReader(request.query);
 * const limit = query.integer("limit", { min: 1, max: 100, fallback: 20 });
 * if (query.issues.length > 0) return validationError(query.issues);
 * ```
 */
export class QueryReader {
  readonly issues: ValidationIssue[] = [];

  constructor(private readonly query: URLSearchParams) {}

  /** An optional string (FastAPI takes the last value when a scalar parameter repeats). */
  string(name: string): string | undefined {
    const values = this.query.getAll(name);
    return values.length === 0 ? undefined : values[values.length - 1];
  }

  /** A required string; missing → `missing`. */
  requiredString(name: string): string | undefined {
    const value = this.string(name);
    if (value === undefined)
      this.issues.push({ type: "missing", loc: ["query", name], msg: "Field required", input: null });
    return value;
  }

  /** Every value of a repeatable parameter. */
  list(name: string): string[] {
    return this.query.getAll(name);
  }

  /** An integer with optional bounds. */
  integer(name: string, bounds: { min?: number; max?: number; fallback: number }): number;
  integer(name: string, bounds?: { min?: number; max?: number }): number | undefined;
  integer(name: string, bounds: { min?: number; max?: number; fallback?: number } = {}): number | undefined {
    const raw = this.string(name);
    if (raw === undefined) return bounds.fallback;
    const trimmed = raw.trim();
    if (!/^[+-]?\d+$/.test(trimmed)) {
      this.issues.push({
        type: "int_parsing",
        loc: ["query", name],
        msg: "Input should be a valid integer, unable to parse string as an integer",
        input: raw,
      });
      return bounds.fallback;
    }
    const value = Number(trimmed);
    if (bounds.min !== undefined && value < bounds.min) {
      this.issues.push({
        type: "greater_than_equal",
        loc: ["query", name],
        msg: `Input should be greater than or equal to ${bounds.min}`,
        input: raw,
        ctx: { ge: bounds.min },
      });
    } else if (bounds.max !== undefined && value > bounds.max) {
      this.issues.push({
        type: "less_than_equal",
        loc: ["query", name],
        msg: `Input should be less than or equal to ${bounds.max}`,
        input: raw,
        ctx: { le: bounds.max },
      });
    }
    return value;
  }

  /** One of `values` (pydantic `literal_error` otherwise). */
  oneOf<const Value extends string>(name: string, values: readonly Value[], fallback: Value): Value;
  oneOf<const Value extends string>(name: string, values: readonly Value[]): Value | undefined;
  oneOf<const Value extends string>(
    name: string,
    values: readonly Value[],
    fallback?: Value,
  ): Value | undefined {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if ((values as readonly string[]).includes(raw)) return raw as Value;
    const expected = quoteList(values);
    this.issues.push({
      type: "literal_error",
      loc: ["query", name],
      msg: `Input should be ${expected}`,
      input: raw,
      ctx: { expected },
    });
    return fallback;
  }

  /** A `YYYY-MM-DD` calendar day; returns its UTC midnight in ms. */
  day(name: string): number | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
    const ms = match === null ? NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== raw) {
      this.issues.push({
        type: "value_error",
        loc: ["query", name],
        msg: "Value error, expected a date as YYYY-MM-DD",
        input: raw,
        ctx: { error: {} },
      });
      return undefined;
    }
    return ms;
  }

  /** A JSON object of string values (the `metadata` filter). */
  stringMap(name: string): Record<string, string> | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      this.issues.push({
        type: "value_error",
        loc: ["query", name],
        msg: "Value error, metadata must be a JSON object of key/value pairs",
        input: raw,
        ctx: { error: {} },
      });
      return undefined;
    }
    return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, String(value)]));
  }
}

/**
 * Parses a JSON request body as FastAPI does: a decode error is a 422 `json_invalid` issue.
 *
 * @example
 * ```ts
 * const body = parseJsonBody(request.body);
 * if (!body.ok) return validationError(body.issues);
 * ```
 */
export function parseJsonBody(
  bytes: Uint8Array,
): { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] } {
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          type: "json_invalid",
          loc: ["body", 0],
          msg: "JSON decode error",
          input: {},
          ctx: { error: error instanceof Error ? error.message : "Expecting value" },
        },
      ],
    };
  }
}

/** Checks on one JSON body object, collecting pydantic-style issues. */
export class BodyReader {
  readonly issues: ValidationIssue[] = [];
  readonly object: Record<string, unknown>;

  constructor(value: unknown) {
    if (value === undefined) {
      this.issues.push({ type: "missing", loc: ["body"], msg: "Field required", input: null });
      this.object = {};
    } else if (value === null || typeof value !== "object" || Array.isArray(value)) {
      this.issues.push({
        type: "model_attributes_type",
        loc: ["body"],
        msg: "Input should be a valid dictionary or object to extract fields from",
        input: value,
      });
      this.object = {};
    } else {
      this.object = value as Record<string, unknown>;
    }
  }

  /** A string field; `required` reports `missing` when absent. */
  string(
    name: string,
    options: { required?: boolean; nullable?: boolean; minLength?: number; pattern?: RegExp } = {},
  ): string | undefined {
    const value = this.object[name];
    if (value === undefined || (value === null && options.nullable === true)) {
      if (value === undefined && options.required === true) {
        this.issues.push({ type: "missing", loc: ["body", name], msg: "Field required", input: this.object });
      }
      return undefined;
    }
    if (typeof value !== "string") {
      this.issues.push({
        type: "string_type",
        loc: ["body", name],
        msg: "Input should be a valid string",
        input: value,
      });
      return undefined;
    }
    if (options.minLength !== undefined && value.length < options.minLength) {
      this.issues.push({
        type: "string_too_short",
        loc: ["body", name],
        msg: `String should have at least ${options.minLength} character${options.minLength === 1 ? "" : "s"}`,
        input: value,
        ctx: { min_length: options.minLength },
      });
    }
    if (options.pattern !== undefined && !options.pattern.test(value)) {
      this.issues.push({
        type: "string_pattern_mismatch",
        loc: ["body", name],
        msg: `String should match pattern '${options.pattern.source}'`,
        input: value,
        ctx: { pattern: options.pattern.source },
      });
    }
    return value;
  }

  /** An integer field with an optional lower bound. */
  integer(name: string, options: { required?: boolean; min?: number } = {}): number | undefined {
    const value = this.object[name];
    if (value === undefined) {
      if (options.required === true)
        this.issues.push({ type: "missing", loc: ["body", name], msg: "Field required", input: this.object });
      return undefined;
    }
    if (typeof value !== "number" || !Number.isInteger(value)) {
      this.issues.push({
        type: "int_type",
        loc: ["body", name],
        msg: "Input should be a valid integer",
        input: value,
      });
      return undefined;
    }
    if (options.min !== undefined && value < options.min) {
      this.issues.push({
        type: "greater_than_equal",
        loc: ["body", name],
        msg: `Input should be greater than or equal to ${options.min}`,
        input: value,
        ctx: { ge: options.min },
      });
    }
    return value;
  }

  /** An object field (`dict`); `nullable` accepts null. */
  record(name: string, options: { nullable?: boolean } = {}): Record<string, unknown> | undefined {
    const value = this.object[name];
    if (value === undefined || (value === null && options.nullable === true)) return undefined;
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      this.issues.push({
        type: "dict_type",
        loc: ["body", name],
        msg: "Input should be a valid dictionary",
        input: value,
      });
      return undefined;
    }
    return value as Record<string, unknown>;
  }
}
