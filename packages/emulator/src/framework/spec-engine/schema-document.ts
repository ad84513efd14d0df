import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** A JSON Schema node of an OpenAPI 3.1 document (boolean schemas included). */
export type Schema = boolean | { readonly [keyword: string]: unknown };

/** One failed check, as ajv reports it. */
export type SchemaError = ErrorObject;

/**
 * An OpenAPI 3.1 document prepared for sampling and validation: every local `$ref` is made
 * absolute (so any subschema can be compiled on its own), one ajv instance validates strictly and
 * another coerces query/path strings the way a web framework does before validating them.
 */
export interface SchemaDocument {
  /** The document with absolute `$ref`s; subschemas handed out are parts of it. */
  readonly root: Readonly<Record<string, any>>;
  /** Follows `$ref`s (keeping sibling keywords) until a schema without one. */
  resolve(schema: Schema): Schema;
  /** The node a `#/...` JSON pointer names, or undefined. */
  at(pointer: string): unknown;
  /** The absolute form of a local `#/...` reference (as the document's own refs now read). */
  ref(pointer: string): string;
  /** Validates without changing `value`. */
  validate(schema: Schema, value: unknown): readonly SchemaError[];
  /** Validates, coercing strings to the schema's types in place (wrap the value in an object). */
  validateCoercing(schema: Schema, holder: Record<string, unknown>): readonly SchemaError[];
}

let documentCount = 0;

/**
 * Prepares a parsed OpenAPI 3.1 document. The input is not modified.
 *
 * @example
 * ```ts
 * const doc = createSchemaDocument(JSON.parse(readFileSync("retab.openapi.json", "utf8")));
 * doc.validate(doc.at("#/components/schemas/Extraction") as Schema, { id: "x" });
 * ```
 */
export function createSchemaDocument(document: Readonly<Record<string, unknown>>): SchemaDocument {
  documentCount += 1;
  const id = `urn:docrun:spec-engine:${documentCount}`;
  const root = absolutize(document, id) as Record<string, any>;
  const strict = makeAjv(false);
  const coercing = makeAjv(true);
  strict.addSchema({ ...root, $id: id });
  coercing.addSchema({ ...root, $id: id });
  const strictCache = new WeakMap<object, ValidateFunction>();
  const coercingCache = new WeakMap<object, ValidateFunction>();

  function at(pointer: string): unknown {
    const hash = pointer.indexOf("#");
    const path = hash === -1 ? pointer : pointer.slice(hash + 1);
    let node: unknown = root;
    for (const raw of path.split("/").slice(1)) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      if (node === null || typeof node !== "object") return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  }

  function resolve(schema: Schema): Schema {
    let current = schema;
    for (let hops = 0; typeof current === "object" && typeof current["$ref"] === "string"; hops += 1) {
      if (hops > 64) throw new Error(`$ref cycle at ${String(current["$ref"])}`);
      const target = at(current["$ref"]);
      if (target === undefined) throw new Error(`unresolvable $ref ${String(current["$ref"])}`);
      const { $ref: _ref, ...siblings } = current;
      current =
        Object.keys(siblings).length === 0 || typeof target !== "object"
          ? (target as Schema)
          : { ...(target as object), ...siblings };
    }
    return current;
  }

  function compile(cache: WeakMap<object, ValidateFunction>, ajv: Ajv2020, schema: Schema) {
    const key = typeof schema === "object" ? schema : { schema };
    let validator = cache.get(key);
    if (validator === undefined) {
      // A shallow copy: compiling a node of the registered document itself sends ajv into a loop.
      validator = ajv.compile(typeof schema === "object" ? { ...schema } : schema ? {} : { not: {} });
      if (typeof schema === "object") cache.set(key, validator);
    }
    return validator;
  }

  return {
    root,
    at,
    ref: (pointer) => (pointer.startsWith("#") ? `${id}${pointer}` : pointer),
    resolve,
    validate(schema, value) {
      const validator = compile(strictCache, strict, schema);
      return validator(value) ? [] : [...(validator.errors ?? [])];
    },
    validateCoercing(schema, holder) {
      const validator = compile(coercingCache, coercing, schema);
      return validator(holder) ? [] : [...(validator.errors ?? [])];
    },
  };
}

function makeAjv(coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    logger: false,
    validateSchema: false,
    ...(coerce ? { coerceTypes: "array" as const } : {}),
  });
  addFormats.default(ajv);
  return ajv;
}

// Local refs become `<id>#/...` so a subschema compiled alone still finds its targets.
function absolutize(node: unknown, id: string): unknown {
  if (Array.isArray(node)) return node.map((item) => absolutize(item, id));
  if (node === null || typeof node !== "object") return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] =
      key === "$ref" && typeof value === "string" && value.startsWith("#")
        ? `${id}${value}`
        : absolutize(value, id);
  }
  return copy;
}
