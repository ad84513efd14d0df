// specs/retab.openapi.yaml is Retab's published document with docrun's overlay applied (written by
// `pnpm generate`). It must keep every operation and schema of Retab's document, add no operation
// of its own, and differ in schemas only where the overlay says so.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Doc = {
  paths: Record<string, Record<string, { operationId?: string }>>;
  components: { schemas: Record<string, Json> };
};

const official = JSON.parse(
  readFileSync(new URL("../../../specs/upstream/retab.openapi.json", import.meta.url), "utf8"),
) as Doc;
const merged = parse(
  readFileSync(new URL("../../../specs/retab.openapi.yaml", import.meta.url), "utf8"),
) as Doc;

const METHODS = new Set(["get", "post", "put", "patch", "delete"]);
const operations = (doc: Doc) =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, op]) => `${method} ${path} ${op.operationId}`),
  );

describe("specs/retab.openapi.yaml against Retab's published document", () => {
  it("has exactly the official operations, all 145, with their operationIds", () => {
    expect(operations(official)).toHaveLength(145);
    expect(operations(merged).sort()).toEqual(operations(official).sort());
  });

  it("keeps every official schema and adds only the error bodies Retab sends", () => {
    const added = Object.keys(merged.components.schemas).filter(
      (name) => !(name in official.components.schemas),
    );
    expect(added.sort()).toEqual(["ErrorDetailObject", "ErrorResponse"]);
  });

  it("changes official schemas only by requiring `status` in lifecycle variants and dropping request defaults", () => {
    const changed = Object.keys(official.components.schemas).filter(
      (name) =>
        JSON.stringify(official.components.schemas[name]) !== JSON.stringify(merged.components.schemas[name]),
    );
    expect(changed.length).toBeGreaterThan(0);
    for (const name of changed) {
      const before = official.components.schemas[name] as {
        required?: string[];
        properties?: Record<string, Json>;
      };
      const after = merged.components.schemas[name] as {
        required?: string[];
        properties?: Record<string, Json>;
      };
      if (name === "CreateWorkflowRunRequest") {
        for (const field of ["documents", "json_inputs", "version"])
          expect(after.properties?.[field], field).not.toHaveProperty("default");
        continue;
      }
      expect(after.required, name).toEqual([...(before.required ?? []), "status"]);
      expect({ ...after, required: before.required }).toEqual({ ...before, required: before.required });
    }
  });
});
