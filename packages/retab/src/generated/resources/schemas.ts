// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, type CallOptions, type Operation, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  generateFromExamples: { name: "schemas.generateFromExamples", method: "POST", path: "/v1/schemas/generate", pathParams: [], idempotent: true, shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `retab.schemas`: 1 operation of the Retab API (Schemas).
 *
 * @example
 * ```ts
 * const schemas = retab.schemas;
 * ```
 */
export interface Schemas {
  /**
   * Generate Schema From Examples.
   *
   * Generates a JSON Schema from scratch by inferring structure from the content of the provided example documents.
   *
   * `POST /v1/schemas/generate`
   *
   * @example
   * ```ts
   * const result = await retab.schemas.generateFromExamples(body);
   * ```
   */
  generateFromExamples(body: components["schemas"]["GenerateSchemaRequest"], options?: CallOptions): Promise<components["schemas"]["SchemaGeneration"]>;
}

/**
 * Builds `schemas` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const schemas = createSchemas(ctx);
 * ```
 */
export function createSchemas(ctx: WaitContext): Schemas {
  return {
    generateFromExamples: (body, options) => callOperation(ctx, OPERATIONS.generateFromExamples, [], { body }, options),
  };
}
