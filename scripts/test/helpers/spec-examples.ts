import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** One example found in a spec, and the schema (a JSON pointer into the spec) it must match. */
export interface SpecExample {
  /** Where the example is, as a JSON pointer, for the failure message. */
  where: string;
  /** Pointer of the schema the example is checked against. */
  schemaPointer: string;
  value: unknown;
}

/** Keys whose values are data, not schemas or spec objects: never walked into. */
const DATA_KEYWORDS = new Set(["example", "examples", "enum", "const", "default"]);

const escape = (part: string) => part.replace(/~/g, "~0").replace(/\//g, "~1");
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Every example in an OpenAPI 3.1 document: schema `example` / `examples[]`, and on parameters,
 * headers and media types `example` and `examples.<name>.value` (following `$ref`s into
 * `components/examples`; `externalValue` examples have nothing local to check).
 */
export function collectExamples(spec: Record<string, unknown>): SpecExample[] {
  const found: SpecExample[] = [];

  const resolveExampleObject = (entry: unknown): unknown => {
    if (isObject(entry) && typeof entry.$ref === "string" && entry.$ref.startsWith("#/")) {
      return entry.$ref
        .slice(2)
        .split("/")
        .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
        .reduce<unknown>((node, part) => (isObject(node) ? node[part] : undefined), spec);
    }
    return entry;
  };

  const walkSchema = (schema: unknown, pointer: string): void => {
    if (Array.isArray(schema)) {
      schema.forEach((item, index) => walkSchema(item, `${pointer}/${index}`));
      return;
    }
    if (!isObject(schema)) return;
    if ("example" in schema)
      found.push({ where: `${pointer}/example`, schemaPointer: pointer, value: schema.example });
    if (Array.isArray(schema.examples)) {
      schema.examples.forEach((value, index) =>
        found.push({ where: `${pointer}/examples/${index}`, schemaPointer: pointer, value }),
      );
    }
    for (const [key, child] of Object.entries(schema)) {
      if (!DATA_KEYWORDS.has(key)) walkSchema(child, `${pointer}/${escape(key)}`);
    }
  };

  const walkSpec = (node: unknown, pointer: string, parts: string[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walkSpec(item, `${pointer}/${index}`, [...parts, String(index)]));
      return;
    }
    if (!isObject(node)) return;
    const isSchemaComponent = parts.length === 3 && parts[0] === "components" && parts[1] === "schemas";
    if (isSchemaComponent) return walkSchema(node, pointer);
    if (isObject(node.schema)) {
      // A parameter, header or media type: its examples belong to its schema.
      const schemaPointer = `${pointer}/schema`;
      if ("example" in node) found.push({ where: `${pointer}/example`, schemaPointer, value: node.example });
      if (isObject(node.examples)) {
        for (const [name, entry] of Object.entries(node.examples)) {
          const example = resolveExampleObject(entry);
          if (isObject(example) && "value" in example) {
            found.push({ where: `${pointer}/examples/${escape(name)}`, schemaPointer, value: example.value });
          }
        }
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (DATA_KEYWORDS.has(key)) continue;
      if (key === "schema") walkSchema(child, `${pointer}/schema`);
      else walkSpec(child, `${pointer}/${escape(key)}`, [...parts, key]);
    }
  };

  walkSpec(spec, "#", []);
  return found;
}

/**
 * A validator for examples of one spec: JSON Schema 2020-12 (the OpenAPI 3.1 dialect), formats
 * checked, `$ref`s resolved inside the spec. Returns the error text, or `null` when valid.
 */
export function createExampleValidator(
  spec: Record<string, unknown>,
): (example: SpecExample) => string | null {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  // OpenAPI's own format names that JSON Schema format libraries don't know.
  ajv.addFormat("binary", true);
  ajv.addVocabulary(["discriminator", "xml", "externalDocs", "example"]);
  ajv.addSchema(spec, "spec.json");
  return (example) => {
    const validate = ajv.getSchema(`spec.json${example.schemaPointer}`);
    if (!validate) return `schema ${example.schemaPointer} not found`;
    if (validate(example.value)) return null;
    return ajv.errorsText(validate.errors, { dataVar: "example" });
  };
}
