import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { REPO_ROOT, specFiles } from "./specs.js";

/**
 * A temporary copy of what `scripts/generate.mjs` reads and writes: specs/, the script, and the
 * committed generated code. node_modules is linked, not copied, so the script resolves its deps.
 */
export function copyGenerationInputs(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), "docrun-drift-"));
  cpSync(join(REPO_ROOT, "specs"), join(dir, "specs"), { recursive: true });
  mkdirSync(join(dir, "scripts"));
  cpSync(join(REPO_ROOT, "scripts", "generate.mjs"), join(dir, "scripts", "generate.mjs"));
  cpSync(join(REPO_ROOT, "scripts", "lib", "generate"), join(dir, "scripts", "lib", "generate"), {
    recursive: true,
  });
  for (const { provider } of specFiles()) {
    const generated = join(REPO_ROOT, "packages", provider, "src", "generated");
    if (existsSync(generated))
      cpSync(generated, join(dir, "packages", provider, "src", "generated"), { recursive: true });
    const reference = join(REPO_ROOT, "packages", provider, "reference.md");
    if (existsSync(reference)) cpSync(reference, join(dir, "packages", provider, "reference.md"));
  }
  symlinkSync(join(REPO_ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const PAGING = new Set(["before", "after", "limit", "page", "page_size", "nextPageToken", "maxPageSize"]);

/** A query parameter an operation declares inline, found in a spec. */
export interface QueryParameter {
  path: string;
  method: string;
  name: string;
  schema: Record<string, unknown>;
}

type Operation = { parameters?: unknown[] };
type Spec = { paths?: Record<string, Record<string, Operation>> };

const isInlineQuery = (
  parameter: unknown,
): parameter is { in: string; name: string; schema: Record<string, unknown> } =>
  typeof parameter === "object" && parameter !== null && (parameter as { in?: unknown }).in === "query";

/**
 * The first GET operation without path parameters that has an inline, optional, scalar query
 * parameter: what a simple list call passes.
 */
export function findQueryParameter(specText: string): QueryParameter | undefined {
  const spec = parse(specText) as Spec;
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    if (path.includes("{") || !item.get) continue;
    for (const parameter of item.get.parameters ?? []) {
      if (!isInlineQuery(parameter) || (parameter as { required?: boolean }).required) continue;
      // Paging parameters are named by pagination declarations; dropping one is another failure.
      if (PAGING.has(parameter.name)) continue;
      const type = parameter.schema.type;
      if (
        type === "string" ||
        type === "integer" ||
        type === "boolean" ||
        Array.isArray(parameter.schema.enum)
      ) {
        return { path, method: "get", name: parameter.name, schema: parameter.schema };
      }
    }
  }
  return undefined;
}

/** Rewrites the spec file at `file` without `parameter`. */
export function removeQueryParameter(file: string, parameter: QueryParameter): void {
  const spec = parse(readFileSync(file, "utf8")) as Spec;
  const operation = spec.paths?.[parameter.path]?.[parameter.method];
  if (!operation?.parameters) throw new Error(`${parameter.method} ${parameter.path} has no parameters`);
  operation.parameters = operation.parameters.filter((p) => !(isInlineQuery(p) && p.name === parameter.name));
  writeFileSync(file, stringify(spec));
}

/** A literal of the parameter's type, as a caller would write it. */
export function sampleLiteral(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return JSON.stringify(schema.enum[0]);
  if (schema.type === "integer" || schema.type === "number")
    return String(typeof schema.minimum === "number" ? schema.minimum : 1);
  if (schema.type === "boolean") return "true";
  return JSON.stringify("2026-01-01T00:00:00Z");
}
