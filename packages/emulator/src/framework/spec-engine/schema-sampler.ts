import { createSeededRandom } from "../random.js";
import { samplePattern } from "./pattern-sample.js";
import type { Schema, SchemaDocument } from "./schema-document.js";

type SchemaObject = { readonly [keyword: string]: unknown };

/** How {@link sampleSchema} builds an instance. */
export interface SampleOptions {
  /** Seed for the generated strings, numbers of ids and dates. Same seed, same instance. */
  seed?: number;
  /**
   * Nesting depth past which the sampler takes the smallest valid choice: null branches, empty
   * arrays, required properties only. Keeps recursive schemas finite.
   */
  maxDepth?: number;
  /** Optional properties are filled down to this depth (required ones always are). */
  optionalDepth?: number;
}

const HARD_DEPTH = 48;
const SAMPLE_EPOCH_MS = Date.UTC(2026, 0, 15, 9, 30, 0);

/**
 * A deterministic instance of `schema` that the schema accepts: required properties first,
 * `$ref`, `allOf` (merged), `anyOf`/`oneOf` (the discriminator's first mapping when there is one,
 * otherwise the first branch that validates alone), type arrays, `enum`/`const`, string formats,
 * numeric bounds, `minItems` and patterns. Recursive schemas end at `maxDepth`.
 *
 * @example
 * ```ts
 * const doc = createSchemaDocument(openapi);
 * const extraction = sampleSchema(doc, doc.at("#/components/schemas/Extraction") as Schema, { seed: 1 });
 * ```
 */
export function sampleSchema(doc: SchemaDocument, schema: Schema, options: SampleOptions = {}): unknown {
  const random = createSeededRandom(options.seed ?? 1);
  const maxDepth = options.maxDepth ?? 6;
  const optionalDepth = options.optionalDepth ?? 2;

  // $refs on the way down: a branch that re-enters one of them is taken only when nothing else is.
  const refs: string[] = [];

  function sample(input: Schema, depth: number, hint: string | undefined): unknown {
    if (input === true || input === false) return null;
    const ref = typeof input["$ref"] === "string" ? input["$ref"] : undefined;
    if (ref === undefined) return sampleResolved(input, depth, hint);
    refs.push(ref);
    try {
      return sampleResolved(input, depth, hint);
    } finally {
      refs.pop();
    }
  }

  function recursive(branch: Schema): boolean {
    return typeof branch === "object" && typeof branch["$ref"] === "string" && refs.includes(branch["$ref"]);
  }

  function sampleResolved(input: SchemaObject, depth: number, hint: string | undefined): unknown {
    const schema = doc.resolve(input) as SchemaObject;
    if (depth > HARD_DEPTH) return null;
    const deep = depth >= maxDepth;
    if ("const" in schema) return schema["const"];
    if (Array.isArray(schema["enum"])) {
      const values = schema["enum"] as unknown[];
      return deep && values.includes(null) ? null : (values.find((value) => value !== null) ?? null);
    }
    if (Array.isArray(schema["allOf"])) return sample(mergeAllOf(doc, schema), depth, hint);
    const branches = (schema["oneOf"] ?? schema["anyOf"]) as Schema[] | undefined;
    if (Array.isArray(branches)) return sampleBranch(schema, branches, depth, hint);
    const type = pickType(schema, deep);
    switch (type) {
      case "null":
        return null;
      case "object":
        return sampleObject(schema, depth);
      case "array":
        return sampleArray(schema, depth, hint);
      case "string":
        return sampleString(schema, hint);
      case "integer":
      case "number":
        return sampleNumber(schema, type);
      case "boolean":
        return true;
      default:
        return null;
    }
  }

  function sampleBranch(schema: SchemaObject, branches: Schema[], depth: number, hint: string | undefined) {
    const { oneOf: _one, anyOf: _any, discriminator, ...base } = schema;
    const withBase = (branch: Schema): Schema =>
      Object.keys(base).length === 0 || typeof branch !== "object" ? branch : { allOf: [base, branch] };
    // The branch's own $ref stays on the chain even when it is merged with the base keywords.
    const sampleBranchOf = (branch: Schema): unknown => {
      const ref = typeof branch === "object" ? branch["$ref"] : undefined;
      if (typeof ref === "string") refs.push(ref);
      try {
        return sample(withBase(branch), depth, hint);
      } finally {
        if (typeof ref === "string") refs.pop();
      }
    };
    const mapping = (discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined)
      ?.mapping;
    const property = (discriminator as { propertyName?: string } | undefined)?.propertyName;
    if (mapping !== undefined && property !== undefined) {
      const entries = Object.entries(mapping);
      const [tag, ref] = entries.find(([, target]) => !recursive({ $ref: doc.ref(target) })) ?? entries[0]!;
      const value = sampleBranchOf({ $ref: doc.ref(ref) });
      if (value !== null && typeof value === "object" && !Array.isArray(value))
        (value as Record<string, unknown>)[property] = tag;
      return value;
    }
    const nullable = branches.find((branch) => isNullSchema(doc, branch));
    if (depth >= maxDepth && nullable !== undefined) return null;
    const others = branches.filter((branch) => branch !== nullable);
    const ordered = [...others.filter((branch) => !recursive(branch)), ...others.filter(recursive)];
    if (nullable !== undefined)
      ordered.splice(depth >= maxDepth || ordered.length === 0 ? 0 : 1, 0, nullable);
    let first: unknown;
    for (const [index, branch] of ordered.entries()) {
      const value = sampleBranchOf(branch);
      if (index === 0) first = value;
      // A value some other oneOf branch also accepts is not valid for the oneOf.
      if (doc.validate(schema, value).length === 0) return value;
    }
    return first;
  }

  function sampleObject(schema: SchemaObject, depth: number): Record<string, unknown> {
    const properties = (schema["properties"] ?? {}) as Record<string, Schema>;
    const required = new Set((schema["required"] ?? []) as string[]);
    const out: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(properties)) {
      if (!required.has(name) && (depth >= optionalDepth || depth >= maxDepth)) continue;
      out[name] = sample(property, depth + 1, name);
    }
    for (const name of required) {
      if (name in out) continue;
      out[name] = sample(patternSchema(schema, name) ?? extraSchema(schema), depth + 1, name);
    }
    const minProperties = Number(schema["minProperties"] ?? 0);
    for (let index = Object.keys(out).length; index < minProperties; index += 1) {
      out[`key${index}`] = sample(extraSchema(schema), depth + 1, undefined);
    }
    return out;
  }

  function sampleArray(schema: SchemaObject, depth: number, hint: string | undefined): unknown[] {
    const min = Number(schema["minItems"] ?? 0);
    const max = Number(schema["maxItems"] ?? Infinity);
    const count = Math.min(max, Math.max(min, depth >= maxDepth ? 0 : 1));
    const prefix = (schema["prefixItems"] ?? []) as Schema[];
    const items = (schema["items"] ?? true) as Schema;
    const out: unknown[] = [];
    for (let index = 0; index < Math.max(count, prefix.length); index += 1) {
      out.push(sample(prefix[index] ?? items, depth + 1, hint));
    }
    return out;
  }

  function sampleString(schema: SchemaObject, hint: string | undefined): string {
    const draw = Math.floor(random() * 1_000_000);
    let value: string;
    switch (schema["format"]) {
      case "date-time":
        return new Date(SAMPLE_EPOCH_MS + draw * 1000).toISOString();
      case "date":
        return new Date(SAMPLE_EPOCH_MS + draw * 1000).toISOString().slice(0, 10);
      case "time":
        return "09:30:00Z";
      case "uri":
      case "url":
      case "iri":
        return `https://example.com/${hint ?? "resource"}/${draw}`;
      case "email":
        return `user${draw}@example.com`;
      case "uuid":
        return uuidFrom(random);
      case "ipv4":
        return "127.0.0.1";
      default:
        value = hint === undefined ? `sample-${draw}` : `${hint}-${draw}`;
    }
    if (typeof schema["pattern"] === "string") value = samplePattern(schema["pattern"], random) ?? value;
    const minLength = Number(schema["minLength"] ?? 0);
    const maxLength = Number(schema["maxLength"] ?? Infinity);
    if (value.length < minLength) value = value.padEnd(minLength, "x");
    if (value.length > maxLength) value = value.slice(0, maxLength);
    return value;
  }

  return sample(schema, 0, undefined);
}

function sampleNumber(schema: SchemaObject, type: "integer" | "number"): number {
  const step = type === "integer" ? 1 : 0.5;
  let low = -Infinity;
  let high = Infinity;
  if (typeof schema["minimum"] === "number") low = schema["minimum"];
  if (typeof schema["exclusiveMinimum"] === "number") low = Math.max(low, schema["exclusiveMinimum"] + step);
  if (typeof schema["maximum"] === "number") high = schema["maximum"];
  if (typeof schema["exclusiveMaximum"] === "number")
    high = Math.min(high, schema["exclusiveMaximum"] - step);
  let value = Math.min(Math.max(1, low), high);
  if (type === "integer") value = Number.isInteger(value) ? value : Math.ceil(value);
  const multiple = schema["multipleOf"];
  if (typeof multiple === "number" && multiple > 0) value = Math.ceil(value / multiple) * multiple;
  return value;
}

// A required name that only `patternProperties` describes takes the matching pattern's schema.
function patternSchema(schema: SchemaObject, name: string): Schema | undefined {
  const patterns = (schema["patternProperties"] ?? {}) as Record<string, Schema>;
  for (const [pattern, property] of Object.entries(patterns))
    if (new RegExp(pattern, "u").test(name)) return property;
  return undefined;
}

function extraSchema(schema: SchemaObject): Schema {
  const extra = schema["additionalProperties"];
  return (extra !== null && typeof extra === "object") || typeof extra === "boolean"
    ? (extra as Schema)
    : true;
}

function pickType(schema: SchemaObject, deep: boolean): string | undefined {
  const type = schema["type"];
  if (typeof type === "string") return type;
  if (Array.isArray(type)) {
    const concrete = (type as string[]).filter((name) => name !== "null");
    if ((deep || concrete.length === 0) && type.includes("null")) return "null";
    return concrete[0];
  }
  if (schema["properties"] !== undefined || schema["required"] !== undefined) return "object";
  if (schema["items"] !== undefined || schema["prefixItems"] !== undefined) return "array";
  if (schema["additionalProperties"] !== undefined) return "object";
  if (schema["pattern"] !== undefined || schema["format"] !== undefined) return "string";
  return undefined;
}

function isNullSchema(doc: SchemaDocument, branch: Schema): boolean {
  const resolved = doc.resolve(branch);
  return typeof resolved === "object" && resolved["type"] === "null";
}

/** `allOf` folded into one schema: properties and required united, the rest first-wins. */
export function mergeAllOf(doc: SchemaDocument, schema: SchemaObject): SchemaObject {
  const { allOf, ...rest } = schema;
  const merged: Record<string, unknown> = { ...rest };
  const properties: Record<string, unknown> = { ...((rest["properties"] as object) ?? {}) };
  const required = new Set<string>((rest["required"] as string[]) ?? []);
  for (const raw of allOf as Schema[]) {
    let part = doc.resolve(raw);
    if (typeof part !== "object") continue;
    if (Array.isArray(part["allOf"])) part = mergeAllOf(doc, part);
    for (const [key, value] of Object.entries(part)) {
      if (key === "properties") {
        for (const [name, property] of Object.entries(value as object))
          properties[name] = name in properties ? { allOf: [properties[name], property] } : property;
      } else if (key === "required") for (const name of value as string[]) required.add(name);
      else if (!(key in merged)) merged[key] = value;
    }
  }
  if (Object.keys(properties).length > 0) merged["properties"] = properties;
  if (required.size > 0) merged["required"] = [...required];
  return merged;
}

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
