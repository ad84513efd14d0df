import type { Schema, SchemaDocument } from "./schema-document.js";
import { mergeAllOf, sampleSchema } from "./schema-sampler.js";

/**
 * A value of `schema` that keeps as much of `source` as the schema allows: `source` itself when
 * it is already valid, otherwise a sampled instance with each of `source`'s top-level fields laid
 * over it when that field is valid there. This is how a stored object is shown through another
 * schema (a create request's fields on the created object, an item in a list, a job in a cancel
 * answer) without ever answering something the document does not allow.
 *
 * @example
 * ```ts
 * conformTo(doc, extractionSchema, { model: "retab-small", unknown: 1 }, 1); // valid Extraction with that model
 * ```
 */
export function conformTo(doc: SchemaDocument, schema: Schema, source: unknown, seed: number): unknown {
  if (source !== undefined && doc.validate(schema, source).length === 0) return structuredClone(source);
  const sampled = sampleSchema(doc, schema, { seed });
  if (!isObject(sampled) || !isObject(source)) return sampled;
  const properties = propertiesOf(doc, schema);
  const out: Record<string, unknown> = { ...sampled };
  for (const [name, value] of Object.entries(source)) {
    const property = properties[name];
    if (property === undefined) continue;
    if (doc.validate(property, value).length === 0) out[name] = structuredClone(value);
    // An envelope or nested object: keep what fits of it rather than dropping it whole.
    else if (isObject(value) && isObject(out[name])) out[name] = conformTo(doc, property, value, seed + 1);
  }
  // A field can be valid alone and not together (oneOf, dependent fields): fall back to the sample.
  return doc.validate(schema, out).length === 0 ? out : sampled;
}

/**
 * The declared properties of an object schema (through `$ref` and `allOf`).
 *
 * @example
 * ```ts
 * Object.keys(propertiesOf(doc, extractionSchema)); // ["id", "file", "model", ...]
 * ```
 */
export function propertiesOf(doc: SchemaDocument, schema: Schema): Record<string, Schema> {
  let resolved = doc.resolve(schema);
  if (typeof resolved !== "object") return {};
  if (Array.isArray(resolved["allOf"])) resolved = mergeAllOf(doc, resolved);
  return (resolved["properties"] ?? {}) as Record<string, Schema>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
