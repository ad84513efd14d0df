import {
  readPagination,
  readWait,
  type PaginationDeclaration,
  type WaitDeclaration,
} from "./declarations.js";
import type { Schema, SchemaDocument } from "./schema-document.js";

/**
 * What the engine does for an operation, inferred from the shape of the paths:
 * `/things` with a `/things/{id}` beside it is a collection, `/things/{id}` an item,
 * `/things/{id}/cancel` a cancel, other `/things/{id}/…` paths act on or read from the item,
 * and anything else is a remote procedure answered with a sampled response.
 */
export type OperationKind =
  | "list"
  | "create"
  | "get"
  | "update"
  | "replace"
  | "delete"
  | "cancel"
  | "item-action"
  | "item-read"
  | "rpc";

/** One declared parameter. */
export interface ParameterSpec {
  readonly name: string;
  readonly required: boolean;
  readonly schema: Schema;
}

/** An operation of the document, ready to route and answer. */
export interface EngineOperation {
  readonly id: string;
  readonly method: string;
  readonly template: string;
  readonly segments: readonly string[];
  readonly kind: OperationKind;
  /** Template of the collection the operation works on (item ops and their sub-paths). */
  readonly collection: string | undefined;
  /** Index of the path segment that holds the item id, when there is one. */
  readonly itemSegment: number | undefined;
  readonly pathParams: readonly ParameterSpec[];
  readonly queryParams: readonly ParameterSpec[];
  readonly body: { readonly schema: Schema; readonly required: boolean; readonly json: boolean } | undefined;
  /** The 2xx answer the engine gives: its status and, for JSON, its schema. */
  readonly success: {
    readonly status: number;
    readonly schema: Schema | undefined;
    readonly mediaType: string | undefined;
  };
  readonly pagination: PaginationDeclaration | undefined;
  readonly wait: WaitDeclaration | undefined;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

const isParam = (segment: string): boolean => segment.startsWith("{") && segment.endsWith("}");

/**
 * Reads every operation of the document, infers its kind and reads its `x-docrun-*` declarations
 * (throwing a message naming the operation when one is malformed).
 *
 * @example
 * ```ts
 * const operations = readOperations(createSchemaDocument(openapi));
 * operations.find((operation) => operation.id === "list_extractions")?.kind; // "list"
 * ```
 */
export function readOperations(doc: SchemaDocument): EngineOperation[] {
  const paths = (doc.root["paths"] ?? {}) as Record<string, Record<string, any>>;
  const templates = Object.keys(paths);
  const ids = new Set<string>();
  for (const item of Object.values(paths))
    for (const method of METHODS) if (item[method]?.operationId) ids.add(item[method].operationId);
  const operations: EngineOperation[] = [];
  for (const [template, item] of Object.entries(paths)) {
    const segments = template.split("/");
    const pathLevel = (item["parameters"] ?? []) as any[];
    for (const method of METHODS) {
      const node = item[method];
      if (node === undefined) continue;
      const id = String(node.operationId ?? `${method} ${template}`);
      const parameters = [...pathLevel, ...((node.parameters ?? []) as any[])].map((parameter) =>
        doc.resolve(parameter),
      ) as Record<string, any>[];
      const toSpec = (parameter: Record<string, any>): ParameterSpec => ({
        name: parameter["name"],
        required: parameter["required"] === true || parameter["in"] === "path",
        schema: (parameter["schema"] ?? true) as Schema,
      });
      const structure = inferKind(method.toUpperCase(), segments, templates);
      operations.push({
        id,
        method: method.toUpperCase(),
        template,
        segments,
        ...structure,
        pathParams: parameters.filter((p) => p["in"] === "path").map(toSpec),
        queryParams: parameters.filter((p) => p["in"] === "query").map(toSpec),
        body: readBody(doc, node),
        success: readSuccess(doc, node),
        pagination: readPagination(doc.root, id, node["x-docrun-pagination"]),
        wait: readWait(id, node["x-docrun-wait"], ids),
      });
    }
  }
  return operations;
}

function inferKind(
  method: string,
  segments: readonly string[],
  templates: readonly string[],
): { kind: OperationKind; collection: string | undefined; itemSegment: number | undefined } {
  const template = segments.join("/");
  const last = segments[segments.length - 1] ?? "";
  if (isParam(last)) {
    const collection = segments.slice(0, -1).join("/");
    const itemSegment = segments.length - 1;
    const kinds: Record<string, OperationKind> = {
      GET: "get",
      PATCH: "update",
      PUT: "replace",
      DELETE: "delete",
      POST: "item-action",
    };
    return { kind: kinds[method] ?? "rpc", collection, itemSegment };
  }
  const hasItems = templates.some((other) => {
    const parts = other.split("/");
    return (
      parts.length === segments.length + 1 &&
      other.startsWith(`${template}/`) &&
      isParam(parts[parts.length - 1]!)
    );
  });
  if (hasItems && (method === "GET" || method === "POST"))
    return { kind: method === "GET" ? "list" : "create", collection: template, itemSegment: undefined };
  let itemSegment: number | undefined;
  for (let index = segments.length - 1; index >= 0; index -= 1) {
    if (isParam(segments[index]!)) {
      itemSegment = index;
      break;
    }
  }
  if (itemSegment !== undefined) {
    const collection = segments.slice(0, itemSegment).join("/");
    if (method === "POST" && last === "cancel" && itemSegment === segments.length - 2)
      return { kind: "cancel", collection, itemSegment };
    return { kind: method === "GET" ? "item-read" : "item-action", collection, itemSegment };
  }
  return {
    kind: method === "GET" && hasItems ? "list" : "rpc",
    collection: undefined,
    itemSegment: undefined,
  };
}

function readBody(doc: SchemaDocument, node: Record<string, any>): EngineOperation["body"] {
  if (node["requestBody"] === undefined) return undefined;
  const body = doc.resolve(node["requestBody"]) as Record<string, any>;
  const content = (body["content"] ?? {}) as Record<string, { schema?: Schema }>;
  const json = Object.keys(content).find((type) => type === "application/json" || type.endsWith("+json"));
  const mediaType = json ?? Object.keys(content)[0];
  return {
    schema: (mediaType === undefined ? true : (content[mediaType]?.schema ?? true)) as Schema,
    required: body["required"] === true,
    json: json !== undefined,
  };
}

function readSuccess(doc: SchemaDocument, node: Record<string, any>): EngineOperation["success"] {
  const responses = (node["responses"] ?? {}) as Record<string, unknown>;
  const statuses = Object.keys(responses)
    .filter((status) => /^2\d\d$/.test(status))
    .sort();
  // Prefer a JSON answer (create_extraction documents a 200 stream beside its 201 JSON).
  let chosen: EngineOperation["success"] | undefined;
  for (const status of statuses) {
    const response = doc.resolve(responses[status] as Schema) as Record<string, any>;
    const content = (response["content"] ?? {}) as Record<string, { schema?: Schema }>;
    const types = Object.keys(content);
    const json = types.find((type) => type === "application/json");
    const candidate = {
      status: Number(status),
      schema:
        json !== undefined
          ? (content[json]?.schema ?? true)
          : types[0] !== undefined
            ? (content[types[0]]?.schema ?? true)
            : undefined,
      mediaType: json ?? types[0],
    };
    if (json !== undefined || types.length === 0) return candidate;
    chosen ??= candidate;
  }
  return chosen ?? { status: 200, schema: undefined, mediaType: undefined };
}

/** The operation for a method and path, or why there is none. */
export type OperationMatch =
  | { readonly operation: EngineOperation; readonly params: Record<string, string> }
  | { readonly allowed: readonly string[] }
  | undefined;

interface PathNode {
  readonly literals: Map<string, PathNode>;
  param: PathNode | undefined;
  /** Operations of the template ending here, by method. */
  readonly methods: Map<string, EngineOperation>;
}

const newNode = (): PathNode => ({ literals: new Map(), param: undefined, methods: new Map() });

/**
 * Builds a matcher over the operations' path templates: one walk down a segment tree per
 * request (every request of the emulator goes through it), a literal segment beating a parameter
 * at the same place (`/v1/workflows/runs` before `/v1/workflows/{workflow_id}`). A path that
 * exists with other methods answers `{ allowed }`.
 *
 * @example
 * ```ts
 * const match = createOperationMatcher(operations);
 * match("GET", "/v1/extractions/ext_1"); // { operation, params: { extraction_id: "ext_1" } }
 * ```
 */
export function createOperationMatcher(
  operations: readonly EngineOperation[],
): (method: string, path: string) => OperationMatch {
  const root = newNode();
  for (const operation of operations) {
    let node = root;
    for (const part of operation.segments) {
      if (isParam(part)) node = node.param ??= newNode();
      else {
        let next = node.literals.get(part);
        if (next === undefined) node.literals.set(part, (next = newNode()));
        node = next;
      }
    }
    node.methods.set(operation.method, operation);
  }
  const find = (node: PathNode, segments: readonly string[], index: number): PathNode | undefined => {
    if (index === segments.length) return node.methods.size > 0 ? node : undefined;
    const literal = node.literals.get(segments[index]!);
    const found = literal === undefined ? undefined : find(literal, segments, index + 1);
    if (found !== undefined || node.param === undefined || segments[index] === "") return found;
    return find(node.param, segments, index + 1);
  };
  return (method, path) => {
    let segments: string[];
    try {
      segments = path.split("/");
      if (path.includes("%")) segments = segments.map((segment) => decodeURIComponent(segment));
    } catch {
      return undefined;
    }
    const node = find(root, segments, 0);
    if (node === undefined) return undefined;
    const operation = node.methods.get(method);
    if (operation === undefined) return { allowed: [...node.methods.keys()] };
    const params: Record<string, string> = {};
    operation.segments.forEach((part, index) => {
      if (isParam(part)) params[part.slice(1, -1)] = segments[index]!;
    });
    return { operation, params };
  };
}
