import type { EngineOperation, ParameterSpec } from "./operations.js";
import type { Schema, SchemaDocument, SchemaError } from "./schema-document.js";

/** One problem with a request, in neutral terms; the provider turns a list into its own body. */
export interface RequestIssue {
  readonly location: "path" | "query" | "body";
  /** Where in that location: parameter name, then nested keys / indexes. */
  readonly path: readonly (string | number)[];
  /** `missing`, `json_invalid`, `body_type`, or the JSON Schema keyword that failed. */
  readonly keyword: string;
  readonly message: string;
  /** The offending value (null when missing). */
  readonly value: unknown;
  /** The keyword's parameters (e.g. `{ limit: 100 }` for `maximum`). */
  readonly params: Readonly<Record<string, unknown>>;
}

/** The request's parameters and body after validation (query values coerced to their types). */
export interface ValidatedRequest {
  readonly issues: readonly RequestIssue[];
  readonly path: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

const objectSchemas = new WeakMap<readonly ParameterSpec[], Schema>();

/**
 * Validates path and query parameters (strings coerced to their schema's types, repeated values
 * collected for array parameters) and a JSON body against the operation's schemas, collecting
 * every issue. Bodies of other media types (multipart forms) are accepted as they are.
 *
 * @example
 * ```ts
 * const checked = validateRequest(doc, operation, { extraction_id: "x" }, new URLSearchParams("limit=500"), new Uint8Array());
 * checked.issues[0]; // { location: "query", path: ["limit"], keyword: "maximum", ... }
 * ```
 */
export function validateRequest(
  doc: SchemaDocument,
  operation: EngineOperation,
  pathParams: Readonly<Record<string, string>>,
  query: URLSearchParams,
  body: Uint8Array,
): ValidatedRequest {
  const issues: RequestIssue[] = [];
  const path: Record<string, unknown> = { ...pathParams };
  checkParameters(doc, operation.pathParams, path, "path", issues);
  const queryValues: Record<string, unknown> = {};
  for (const parameter of operation.queryParams) {
    const values = query.getAll(parameter.name);
    if (values.length === 0) continue;
    queryValues[parameter.name] = isArraySchema(doc, parameter.schema) ? values : values[values.length - 1];
  }
  checkParameters(doc, operation.queryParams, queryValues, "query", issues);
  let parsed: unknown;
  if (operation.body !== undefined && operation.body.json) {
    const text = new TextDecoder().decode(body);
    if (text.trim() === "") {
      if (operation.body.required)
        issues.push({
          location: "body",
          path: [],
          keyword: "missing",
          message: "Field required",
          value: null,
          params: {},
        });
    } else {
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        issues.push({
          location: "body",
          path: [],
          keyword: "json_invalid",
          message: "JSON decode error",
          value: text,
          params: { error: error instanceof Error ? error.message : "invalid JSON" },
        });
      }
      if (parsed !== undefined) {
        for (const error of doc.validate(operation.body.schema, parsed))
          issues.push(toIssue("body", error, parsed));
      }
    }
  }
  return { issues: dedupe(issues), path, query: queryValues, body: parsed };
}

function checkParameters(
  doc: SchemaDocument,
  parameters: readonly ParameterSpec[],
  holder: Record<string, unknown>,
  location: "path" | "query",
  issues: RequestIssue[],
): void {
  if (parameters.length === 0) return;
  let schema = objectSchemas.get(parameters);
  if (schema === undefined) {
    schema = {
      type: "object",
      properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema])),
      required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
    };
    objectSchemas.set(parameters, schema);
  }
  const original = { ...holder };
  for (const error of doc.validateCoercing(schema, holder)) issues.push(toIssue(location, error, original));
}

function toIssue(location: RequestIssue["location"], error: SchemaError, root: unknown): RequestIssue {
  const path: (string | number)[] = error.instancePath
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  if (error.keyword === "required") {
    path.push(String(error.params["missingProperty"]));
    return { location, path, keyword: "missing", message: "Field required", value: null, params: {} };
  }
  let value = root;
  for (const key of path)
    value = value === null || typeof value !== "object" ? undefined : (value as any)[key];
  return {
    location,
    path,
    keyword: error.keyword,
    message: error.message ?? "is invalid",
    value,
    params: error.params,
  };
}

// anyOf/oneOf report one error per branch plus their own: keep the first per place.
function dedupe(issues: RequestIssue[]): RequestIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.location}/${issue.path.join("/")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isArraySchema(doc: SchemaDocument, schema: Schema): boolean {
  const resolved = doc.resolve(schema);
  if (typeof resolved !== "object") return false;
  if (resolved["type"] === "array" || (Array.isArray(resolved["type"]) && resolved["type"].includes("array")))
    return true;
  const branches = (resolved["anyOf"] ?? resolved["oneOf"]) as Schema[] | undefined;
  return Array.isArray(branches) && branches.some((branch) => isArraySchema(doc, branch));
}
