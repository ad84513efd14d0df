// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  generate: { name: "editSchemas.generate", method: "POST", path: "/edit_schemas/generate", pathParams: [], shape: {} },
} satisfies Record<string, Operation>;

/**
 * `extend.editSchemas`: 1 operation of the Extend API (Edit Schemas).
 *
 * @example
 * ```ts
 * const editSchemas = extend.editSchemas;
 * ```
 */
export interface EditSchemas {
  /**
   * **Deprecated:** Use `POST /detect_form` for synchronous form detection or `POST /form_detection_runs` for asynchronous processing.
   *
   * **Deprecated:** Use `POST /detect_form` for synchronous form detection or `POST /form_detection_runs` for asynchronous processing.
   *
   * `POST /edit_schemas/generate`
   *
   * @example
   * ```ts
   * const result = await extend.editSchemas.generate(body);
   * ```
   */
  generate(body: components["schemas"]["EditSchemasGenerateRequest"], options?: RequestOptions): Promise<components["schemas"]["EditSchemaGenerationResponse"]>;
}

/**
 * Builds `editSchemas` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const editSchemas = createEditSchemas(ctx);
 * ```
 */
export function createEditSchemas(ctx: WaitContext): EditSchemas {
  return {
    generate: (body, options) => callOperation(ctx, OPERATIONS.generate, [], { body }, options),
  };
}
