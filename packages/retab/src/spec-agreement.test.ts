// The project's Retab spec must agree with Retab's own published OpenAPI document for every
// operation it covers. This test reads both and compares parameters, statuses, request bodies and
// success-response schemas after normalisation (refs resolved, prose dropped). The few places
// where the project deliberately differs are listed in KNOWN_DEVIATIONS, each checked to still be
// a real difference so the list cannot go stale.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// Retab's own document, vendored with its provenance in specs/upstream/.
const officialUrl = new URL("../../../specs/upstream/retab.openapi.json", import.meta.url);
const projectUrl = new URL("../../../specs/retab.openapi.yaml", import.meta.url);

const official = JSON.parse(readFileSync(officialUrl, "utf8")) as JsonObject;
const project = parse(readFileSync(projectUrl, "utf8")) as JsonObject;

const COVERED: ReadonlyArray<readonly [method: string, path: string]> = [
  ["post", "/v1/workflows/runs"],
  ["get", "/v1/workflows/runs"],
  ["get", "/v1/workflows/runs/{run_id}"],
  ["delete", "/v1/workflows/runs/{run_id}"],
  ["post", "/v1/workflows/runs/{run_id}/cancel"],
  ["get", "/v1/workflows/steps"],
  ["get", "/v1/workflows/steps/{step_id}"],
  ["get", "/v1/workflows"],
  ["get", "/v1/workflows/{workflow_id}"],
  ["get", "/v1/workflows/blocks"],
  ["post", "/v1/files/upload"],
  ["post", "/v1/files/upload/{file_id}/complete"],
];

/** Parameters the project adds on purpose (documented in specs/README.md). */
const ADDED_PARAMETERS = new Set(["post /v1/workflows/runs header Idempotency-Key"]);

const LIFECYCLE_VARIANTS = [
  "PendingRun",
  "RunningRun",
  "AwaitingReviewRun",
  "CompletedTerminal",
  "ErrorTerminal",
  "CancelledTerminal",
  "PendingStepLifecycle",
  "QueuedStepLifecycle",
  "RunningStepLifecycle",
  "CompletedStepLifecycle",
  "AwaitingReviewStepLifecycle",
  "ErrorStepLifecycle",
  "SkippedStepLifecycle",
  "CancelledStepLifecycle",
];
const REQUEST_DEFAULTS_IN_PROSE = ["documents", "json_inputs", "version"];

/**
 * Applies the project's deliberate differences to a copy of the official document, so what is
 * left to compare must be identical.
 */
const KNOWN_DEVIATIONS: ReadonlyArray<{ why: string; apply(schemas: JsonObject): void }> = [
  {
    why: "a discriminator needs its property present: `status` is required in every lifecycle variant",
    apply(schemas) {
      for (const name of LIFECYCLE_VARIANTS) {
        const schema = asObject(schemas[name]);
        const required = Array.isArray(schema["required"]) ? schema["required"] : [];
        expect(required, `${name} already requires status officially`).not.toContain("status");
        schema["required"] = ["status", ...required];
      }
    },
  },
  {
    why: "request defaults stated in prose so generated request types keep these fields optional",
    apply(schemas) {
      const properties = asObject(asObject(schemas["CreateWorkflowRunRequest"])["properties"]);
      for (const name of REQUEST_DEFAULTS_IN_PROSE) {
        const property = asObject(properties[name]);
        expect(property, `official ${name} has no default any more`).toHaveProperty("default");
        delete property["default"];
      }
    },
  },
];

function asObject(value: Json | undefined): JsonObject {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new Error(`expected an object, got ${JSON.stringify(value)}`);
  }
  return value;
}

function resolveRef(doc: JsonObject, ref: string): Json {
  let node: Json = doc;
  for (const part of ref.replace(/^#\//, "").split("/")) node = asObject(node)[part] ?? null;
  return node;
}

const PROSE_KEYS = new Set(["title", "description", "examples", "example", "summary"]);

/** Refs resolved, prose and vendor extensions dropped, `required` sorted. */
function normalize(doc: JsonObject, value: Json, depth = 0): Json {
  if (depth > 40) throw new Error("schema nesting too deep (cycle?)");
  if (Array.isArray(value)) return value.map((item) => normalize(doc, item, depth + 1));
  if (value === null || typeof value !== "object") return value;
  const ref = value["$ref"];
  if (typeof ref === "string") return normalize(doc, resolveRef(doc, ref), depth + 1);
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) {
    if (PROSE_KEYS.has(key) || key.startsWith("x-")) continue;
    const child = value[key] ?? null;
    if (key === "required" && Array.isArray(child)) out[key] = [...child].sort();
    else if (key === "mapping") out[key] = child;
    else out[key] = normalize(doc, child, depth + 1);
  }
  return out;
}

/** A query string cannot carry JSON null, so `anyOf: [X, null]` on a query parameter means X. */
function withoutNullAlternative(schema: Json): Json {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return schema;
  const anyOf = schema["anyOf"];
  if (!Array.isArray(anyOf)) return schema;
  const rest = anyOf.filter(
    (option) => !(option && typeof option === "object" && "type" in option && option.type === "null"),
  );
  if (rest.length !== 1) return schema;
  const { anyOf: _dropped, ...others } = schema;
  return { ...asObject(rest[0] ?? null), ...others };
}

function operation(doc: JsonObject, method: string, path: string): JsonObject {
  return asObject(asObject(asObject(doc["paths"])[path])[method]);
}

interface Parameter {
  key: string;
  required: boolean;
  schema: Json;
}

function parameters(doc: JsonObject, method: string, path: string): Map<string, Parameter> {
  const item = asObject(asObject(doc["paths"])[path]);
  const all = [
    ...((item["parameters"] as Json[] | undefined) ?? []),
    ...((operation(doc, method, path)["parameters"] as Json[] | undefined) ?? []),
  ];
  const out = new Map<string, Parameter>();
  for (const raw of all) {
    const parameter = asObject(normalize(doc, raw));
    const location = String(parameter["in"]);
    const schema =
      location === "query"
        ? withoutNullAlternative(parameter["schema"] ?? null)
        : (parameter["schema"] ?? null);
    const key = `${location} ${String(parameter["name"])}`;
    out.set(key, { key, required: parameter["required"] === true, schema: normalize(doc, schema) });
  }
  return out;
}

function statuses(doc: JsonObject, method: string, path: string): string[] {
  return Object.keys(asObject(operation(doc, method, path)["responses"]));
}

function successSchema(doc: JsonObject, method: string, path: string): Json {
  const responses = asObject(operation(doc, method, path)["responses"]);
  const success = Object.keys(responses).find((status) => status.startsWith("2"));
  if (success === undefined) throw new Error(`${method} ${path}: no success response`);
  const content = asObject(normalize(doc, responses[success] ?? null))["content"];
  if (content === undefined) return null;
  return asObject(asObject(content ?? null)["application/json"])["schema"] ?? null;
}

function requestBody(doc: JsonObject, method: string, path: string): Json {
  const body = operation(doc, method, path)["requestBody"];
  if (body === undefined) return null;
  const normalized = asObject(normalize(doc, body));
  return {
    required: normalized["required"] ?? false,
    schema: asObject(asObject(normalized["content"] ?? null)["application/json"])["schema"] ?? null,
  };
}

const adjustedOfficial = structuredClone(official);
for (const deviation of KNOWN_DEVIATIONS)
  deviation.apply(asObject(asObject(adjustedOfficial["components"])["schemas"]));

describe("specs/retab.openapi.yaml agrees with Retab's published OpenAPI document", () => {
  it("covers exactly the operations it claims, and nothing the official document lacks", () => {
    const projectOperations = Object.entries(asObject(project["paths"])).flatMap(([path, item]) =>
      Object.keys(asObject(item))
        .filter((key) => ["get", "post", "put", "patch", "delete"].includes(key))
        .map((method) => `${method} ${path}`),
    );
    expect(projectOperations.sort()).toEqual(COVERED.map(([method, path]) => `${method} ${path}`).sort());
    for (const [method, path] of COVERED) expect(() => operation(official, method, path)).not.toThrow();
  });

  it("uses the official auth scheme (HTTP bearer)", () => {
    const schemes = (doc: JsonObject) => asObject(asObject(doc["components"])["securitySchemes"]);
    expect(normalize(project, schemes(project)["HTTPBearer"] ?? null)).toEqual(
      normalize(official, schemes(official)["HTTPBearer"] ?? null),
    );
    for (const [method, path] of COVERED) {
      expect(operation(official, method, path)["security"]).toEqual([{ HTTPBearer: [] }]);
      expect(operation(project, method, path)["security"] ?? project["security"]).toEqual([
        { HTTPBearer: [] },
      ]);
    }
  });

  for (const [method, path] of COVERED) {
    describe(`${method.toUpperCase()} ${path}`, () => {
      it("has the same operationId", () => {
        expect(operation(project, method, path)["operationId"]).toBe(
          operation(official, method, path)["operationId"],
        );
      });

      it("declares every official parameter with the same location, requiredness and schema", () => {
        const mine = parameters(project, method, path);
        const theirs = parameters(official, method, path);
        for (const parameter of theirs.values())
          expect(mine.get(parameter.key), parameter.key).toEqual(parameter);
        const added = [...mine.keys()]
          .filter((key) => !theirs.has(key))
          .map((key) => `${method} ${path} ${key}`);
        for (const key of added) expect(ADDED_PARAMETERS, `unexpected extra parameter ${key}`).toContain(key);
      });

      it("answers with the same success status and documents every official status", () => {
        const mine = statuses(project, method, path);
        const theirs = statuses(official, method, path);
        expect(mine.filter((status) => status.startsWith("2"))).toEqual(
          theirs.filter((status) => status.startsWith("2")),
        );
        for (const status of theirs) expect(mine).toContain(status);
      });

      it("takes the same request body", () => {
        expect(requestBody(project, method, path)).toEqual(requestBody(adjustedOfficial, method, path));
      });

      it("returns the same success schema (required properties, types, enums)", () => {
        expect(successSchema(project, method, path)).toEqual(successSchema(adjustedOfficial, method, path));
      });

      it("uses the official validation error body for 422", () => {
        const body = (doc: JsonObject) =>
          asObject(
            asObject(
              asObject(normalize(doc, asObject(operation(doc, method, path)["responses"])["422"] ?? null))[
                "content"
              ] ?? null,
            )["application/json"],
          )["schema"];
        expect(body(project)).toEqual(body(official));
      });
    });
  }
});
