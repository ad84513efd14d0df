// Test-only helper (not exported from the package): checks emulator responses against a
// provider's OpenAPI document. ajv, ajv-formats and yaml come from the workspace root's
// devDependencies; nothing in the published entry point imports this file.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse as parseYaml } from "yaml";
import type { ProviderName } from "../framework/types.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** One operation of a spec: method + path template. */
export interface SpecOperation {
  readonly method: string;
  readonly template: string;
  readonly operation: Record<string, unknown>;
  /** `"GET /v1/runs/{id}"` */
  readonly key: string;
  readonly pattern: RegExp;
}

/** A parsed spec ready for validation (one Ajv instance, validators cached per response). */
export interface LoadedSpec {
  readonly name: string;
  readonly document: Record<string, any>;
  readonly operations: readonly SpecOperation[];
  readonly basePath: string;
  readonly ajv: Ajv2020;
  readonly schemaId: string;
  readonly validators: Map<string, ValidateFunction>;
}

/**
 * Loads `specs/<provider>.openapi.yaml` from the repository (or any YAML/JSON file by path).
 *
 * @example
 * ```ts
 * const spec = loadSpec("extend");
 * const retabPublished = loadSpec("specs/upstream/retab.openapi.json");
 * ```
 */
export function loadSpec(providerOrPath: ProviderName | string): LoadedSpec {
  const isName = providerOrPath === "anyformat" || providerOrPath === "extend" || providerOrPath === "retab";
  const path = isName
    ? fileURLToPath(new URL(`../../../../specs/${providerOrPath}.openapi.yaml`, import.meta.url))
    : providerOrPath;
  const document = parseYaml(readFileSync(path, "utf8")) as Record<string, any>;
  return createSpec(document, isName ? providerOrPath : path);
}

/**
 * Prepares an in-memory OpenAPI document (3.0 or 3.1) for {@link assertConformsToSpec}.
 *
 * @example
 * ```ts
 * const spec = createSpec({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {} }, "tiny");
 * ```
 */
export function createSpec(document: Record<string, any>, name: string): LoadedSpec {
  // The whole document is added as one schema so every `#/components/...` $ref resolves.
  const schemaId = `urn:docrun:spec:${encodeURIComponent(name)}`;
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false, validateSchema: false });
  addFormats.default(ajv);
  ajv.addSchema({ ...document, $id: schemaId }, undefined, undefined, false);
  const operations: SpecOperation[] = [];
  for (const [template, item] of Object.entries(
    (document.paths ?? {}) as Record<string, Record<string, unknown>>,
  )) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      operations.push({
        method: method.toUpperCase(),
        template,
        operation: operation as Record<string, unknown>,
        key: `${method.toUpperCase()} ${template}`,
        pattern: templatePattern(template),
      });
    }
  }
  // Literal paths win over templated ones (`/runs/batch` before `/runs/{id}`).
  operations.sort((a, b) => templateCount(a.template) - templateCount(b.template));
  return {
    name,
    document,
    operations,
    basePath: serverBasePath(document),
    ajv,
    schemaId,
    validators: new Map(),
  };
}

/** What {@link assertConformsToSpec} checks. */
export interface ConformanceInput {
  spec: LoadedSpec;
  method: string;
  /** Request path (a query string is ignored). */
  path: string;
  status: number;
  /** Parsed JSON, or the raw text (parsed here for JSON media types). */
  body: unknown;
  headers?: Headers | Record<string, string>;
  /** Records the operation as exercised. */
  coverage?: CoverageTracker;
}

/**
 * Fails unless the spec documents this status for the operation and the body matches the
 * response schema for its content type. A status the spec does not describe is a failure.
 *
 * @example
 * ```ts
 * const response = await fetch(`${url}/v1/runs/run_1`, { headers });
 * assertConformsToSpec({ spec, method: "GET", path: "/v1/runs/run_1", status: response.status,
 *   body: await response.json(), headers: response.headers });
 * ```
 */
export function assertConformsToSpec(input: ConformanceInput): void {
  const { spec, status } = input;
  const method = input.method.toUpperCase();
  const path = input.path.split("?")[0]!;
  const found = findOperation(spec, method, path);
  const label = `${method} ${path} → ${status}`;
  if (found === undefined)
    throw new Error(`${label}: no operation in ${spec.name} matches ${method} ${path}`);
  input.coverage?.record(found.key, status);
  const responses = (found.operation.responses ?? {}) as Record<string, unknown>;
  const responseKey = [String(status), `${Math.floor(status / 100)}XX`, "default"].find(
    (key) => key in responses,
  );
  if (responseKey === undefined) {
    throw new Error(
      `${label}: status ${status} is not documented for ${found.key} (documented: ${Object.keys(responses).join(", ")})`,
    );
  }
  const pointer = ["paths", found.template, found.method.toLowerCase(), "responses", responseKey];
  const response = resolveLocalRef(spec.document, getAt(spec.document, pointer), pointer);
  const content = response.value.content as Record<string, { schema?: unknown }> | undefined;
  if (content === undefined || Object.keys(content).length === 0) {
    if (!isEmptyBody(input.body)) throw new Error(`${label}: the spec documents no body but one was sent`);
    return;
  }
  const contentType = readHeader(input.headers, "content-type")?.split(";")[0]?.trim().toLowerCase();
  if (contentType === undefined)
    throw new Error(
      `${label}: response has no content-type (documented: ${Object.keys(content).join(", ")})`,
    );
  const [major] = contentType.split("/");
  const mediaKey = [contentType, `${major}/*`, "*/*"].find((key) => key in content);
  if (mediaKey === undefined)
    throw new Error(
      `${label}: content-type ${contentType} is not documented (documented: ${Object.keys(content).join(", ")})`,
    );
  if (content[mediaKey]?.schema === undefined) return;
  const body =
    isJson(contentType) && typeof input.body === "string" ? parseJson(input.body, label) : input.body;
  const validate = validatorFor(spec, [...response.pointer, "content", mediaKey, "schema"]);
  if (!validate(body)) {
    const details = (validate.errors ?? [])
      .slice(0, 10)
      .map((error) => `${error.instancePath || "/"} ${error.message ?? ""} ${JSON.stringify(error.params)}`);
    throw new Error(
      `${label}: body does not match the ${found.key} ${responseKey} schema:\n  ${details.join("\n  ")}`,
    );
  }
}

/** Which operations (and statuses) a test exercised. */
export interface CoverageTracker {
  record(operationKey: string, status: number): void;
  /** Every operation key of the spec (`"GET /v1/runs"`). */
  readonly operations: readonly string[];
  /** Statuses seen per operation. */
  readonly seen: ReadonlyMap<string, ReadonlySet<number>>;
  /** Operations never exercised. */
  missing(): string[];
  /** Throws naming every operation that was never exercised. */
  assertAllCovered(): void;
}

/**
 * Records which operations were exercised so a conformance test can require all of them.
 *
 * @example
 * ```ts
 * const coverage = coverageTracker(spec);
 * assertConformsToSpec({ spec, coverage, method, path, status, body, headers });
 * afterAll(() => coverage.assertAllCovered());
 * ```
 */
export function coverageTracker(spec: LoadedSpec): CoverageTracker {
  const seen = new Map<string, Set<number>>();
  const operations = spec.operations.map((operation) => operation.key);
  const missing = () => operations.filter((key) => !seen.has(key));
  return {
    operations,
    seen,
    record(key, status) {
      let statuses = seen.get(key);
      if (statuses === undefined) seen.set(key, (statuses = new Set()));
      statuses.add(status);
    },
    missing,
    assertAllCovered() {
      const left = missing();
      if (left.length > 0)
        throw new Error(
          `${left.length} operation(s) of ${spec.name} never exercised:\n  ${left.join("\n  ")}`,
        );
    },
  };
}

/**
 * The operation of `spec` that serves `method path`, or undefined.
 *
 * @example
 * ```ts
 * findOperation(spec, "GET", "/v1/runs/run_1")?.key; // "GET /v1/runs/{run_id}"
 * ```
 */
export function findOperation(spec: LoadedSpec, method: string, path: string): SpecOperation | undefined {
  const upper = method.toUpperCase();
  const candidates =
    spec.basePath !== "" && path.startsWith(spec.basePath)
      ? [path, path.slice(spec.basePath.length) || "/"]
      : [path];
  for (const candidate of candidates) {
    const match = spec.operations.find(
      (operation) => operation.method === upper && operation.pattern.test(candidate),
    );
    if (match !== undefined) return match;
  }
  return undefined;
}

function validatorFor(spec: LoadedSpec, pointer: readonly string[]): ValidateFunction {
  const ref = `${spec.schemaId}#/${pointer.map((part) => encodeURIComponent(part.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/")}`;
  let validate = spec.validators.get(ref);
  if (validate === undefined) {
    validate = spec.ajv.compile({ $ref: ref });
    spec.validators.set(ref, validate);
  }
  return validate;
}

function resolveLocalRef(
  document: Record<string, any>,
  value: unknown,
  pointer: string[],
): { value: Record<string, any>; pointer: string[] } {
  let current = { value: value as Record<string, any>, pointer };
  for (let depth = 0; depth < 10 && typeof current.value?.$ref === "string"; depth += 1) {
    const ref = current.value.$ref as string;
    if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported here, got ${ref}`);
    const next = ref
      .slice(2)
      .split("/")
      .map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"));
    current = { value: getAt(document, next) as Record<string, any>, pointer: next };
  }
  return current;
}

function getAt(document: unknown, pointer: readonly string[]): unknown {
  let value: unknown = document;
  for (const part of pointer) value = (value as Record<string, unknown> | undefined)?.[part];
  return value;
}

function templatePattern(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`);
}

function templateCount(template: string): number {
  return (template.match(/\{/g) ?? []).length;
}

function serverBasePath(document: Record<string, any>): string {
  const server = (document.servers as { url?: string }[] | undefined)?.[0]?.url;
  if (server === undefined) return "";
  try {
    const path = new URL(server, "http://placeholder.invalid").pathname.replace(/\/$/, "");
    return path;
  } catch {
    return "";
  }
}

function readHeader(headers: ConformanceInput["headers"], name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : record[key];
}

function isJson(contentType: string): boolean {
  return contentType === "application/json" || contentType.endsWith("+json");
}

function isEmptyBody(body: unknown): boolean {
  return (
    body === undefined || body === null || body === "" || (body instanceof Uint8Array && body.length === 0)
  );
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${label}: body is not valid JSON: ${text.slice(0, 200)}`);
  }
}
