import { describe, expect, it } from "vitest";
import { retabSpecDocument } from "../../providers/retab/spec-fallback.js";
import { readRetabDocument } from "./retab-document.test-helpers.js";
import { createSchemaDocument, type Schema } from "./schema-document.js";
import { sampleSchema } from "./schema-sampler.js";

const retab = readRetabDocument();
const doc = createSchemaDocument(retab);
const names = Object.keys(retab.components.schemas as object);

describe("sampleSchema", () => {
  it("samples every component schema of Retab's document to an instance ajv accepts", () => {
    expect(names.length).toBe(347);
    const invalid: string[] = [];
    for (const name of names) {
      const schema = doc.at(`#/components/schemas/${name}`) as Schema;
      const value = sampleSchema(doc, schema, { seed: 7 });
      const errors = doc.validate(schema, value);
      if (errors.length > 0)
        invalid.push(`${name}: ${errors.map((e) => `${e.instancePath} ${e.message}`).join("; ")}`);
    }
    expect(invalid).toEqual([]);
  });

  it("samples every component schema of docrun's Retab spec (document + overlay) validly too", () => {
    const merged = retabSpecDocument();
    const mergedDoc = createSchemaDocument(merged);
    const invalid = Object.keys(merged.components.schemas as object).filter((name) => {
      const schema = mergedDoc.at(`#/components/schemas/${name}`) as Schema;
      return mergedDoc.validate(schema, sampleSchema(mergedDoc, schema, { seed: 7 })).length > 0;
    });
    expect(Object.keys(merged.components.schemas as object).length).toBeGreaterThanOrEqual(347);
    expect(invalid).toEqual([]);
  });

  it("is deterministic for a seed and differs across seeds", () => {
    const schema = doc.at("#/components/schemas/Extraction") as Schema;
    expect(sampleSchema(doc, schema, { seed: 3 })).toEqual(sampleSchema(doc, schema, { seed: 3 }));
    expect(sampleSchema(doc, schema, { seed: 3 })).not.toEqual(sampleSchema(doc, schema, { seed: 4 }));
  });

  const tiny = createSchemaDocument({
    openapi: "3.1.0",
    components: {
      schemas: {
        Node: {
          type: "object",
          required: ["name", "children", "parent"],
          properties: {
            name: { type: "string", minLength: 3, maxLength: 5 },
            children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
            parent: { anyOf: [{ $ref: "#/components/schemas/Node" }, { type: "null" }] },
          },
        },
        Pet: {
          oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
          discriminator: { propertyName: "kind", mapping: { dog: "#/components/schemas/Dog" } },
        },
        Cat: { type: "object", required: ["kind"], properties: { kind: { const: "cat" } } },
        Dog: {
          type: "object",
          required: ["kind", "born", "site", "mail", "tag", "age"],
          properties: {
            kind: { type: "string", enum: ["dog"] },
            born: { type: "string", format: "date-time" },
            site: { type: "string", format: "uri" },
            mail: { type: "string", format: "email" },
            tag: { type: "string", pattern: "^rvr_[A-Z2-7]{26}$" },
            age: { type: "integer", exclusiveMinimum: 3, maximum: 9 },
            ids: { type: "array", minItems: 3, items: { type: "string", format: "uuid" } },
          },
        },
        Labels: {
          type: "object",
          required: ["x_count", "name"],
          properties: { name: { type: ["string", "null"], format: "email" } },
          patternProperties: { "^x_": { type: "integer", minimum: 10 } },
          additionalProperties: false,
        },
      },
    },
  });

  it("fills a required name from the matching patternProperties schema", () => {
    const schema = tiny.at("#/components/schemas/Labels") as Schema;
    const value = sampleSchema(tiny, schema) as Record<string, unknown>;
    expect(value["x_count"]).toBe(10);
    expect(value["name"]).toMatch(/@example\.com$/);
    expect(tiny.validate(schema, value)).toEqual([]);
  });

  it("ends recursive schemas at the depth limit with a valid instance", () => {
    const schema = tiny.at("#/components/schemas/Node") as Schema;
    const value = sampleSchema(tiny, schema, { maxDepth: 4 });
    expect(tiny.validate(schema, value)).toEqual([]);
    expect(JSON.stringify(value).length).toBeLessThan(2_000);
  });

  it("follows the discriminator mapping and honours formats, bounds, patterns and minItems", () => {
    const schema = tiny.at("#/components/schemas/Pet") as Schema;
    const value = sampleSchema(tiny, schema) as Record<string, unknown>;
    expect(value["kind"]).toBe("dog");
    expect(value["age"]).toBe(4);
    expect(value["tag"]).toMatch(/^rvr_[A-Z2-7]{26}$/);
    expect(value["ids"]).toHaveLength(3);
    expect(tiny.validate(schema, value)).toEqual([]);
  });
});
