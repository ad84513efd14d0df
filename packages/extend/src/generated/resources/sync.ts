// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  classify: { name: "sync.classify", method: "POST", path: "/classify", pathParams: [], shape: {"id":"string"} },
  detectForm: { name: "sync.detectForm", method: "POST", path: "/detect_form", pathParams: [], shape: {"id":"string"} },
  edit: { name: "sync.edit", method: "POST", path: "/edit", pathParams: [], shape: {"id":"string"} },
  extract: { name: "sync.extract", method: "POST", path: "/extract", pathParams: [], shape: {"id":"string"} },
  parse: { name: "sync.parse", method: "POST", path: "/parse", pathParams: [], shape: {"id":"string"} },
  split: { name: "sync.split", method: "POST", path: "/split", pathParams: [], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.sync`: 6 operations of the Extend API (Sync).
 *
 * @example
 * ```ts
 * const sync = extend.sync;
 * ```
 */
export interface Sync {
  /**
   * Classify a document synchronously, waiting for the result before returning.
   *
   * Classify a document synchronously, waiting for the result before returning. This endpoint has a **5-minute timeout** — if processing takes longer, the request will fail.
   *
   * `POST /classify`
   *
   * @example
   * ```ts
   * const result = await extend.sync.classify(body);
   * ```
   */
  classify(body: components["schemas"]["ClassifyRequest"], options?: RequestOptions): Promise<components["schemas"]["ClassifyRun"]>;
  /**
   * Detect fields in a PDF form and wait for the generated edit schema before returning.
   *
   * Detect fields in a PDF form and wait for the generated edit schema before returning. This endpoint has a 5-minute timeout.
   *
   * `POST /detect_form`
   *
   * @example
   * ```ts
   * const result = await extend.sync.detectForm(body);
   * ```
   */
  detectForm(body: components["schemas"]["DetectFormRequest"], options?: RequestOptions): Promise<components["schemas"]["FormDetectionRun"]>;
  /**
   * Edit a file synchronously, waiting for the result before returning.
   *
   * Edit a file synchronously, waiting for the result before returning. This endpoint has a **5-minute timeout** — if processing takes longer, the request will fail.
   *
   * `POST /edit`
   *
   * @example
   * ```ts
   * const result = await extend.sync.edit(body);
   * ```
   */
  edit(body: components["schemas"]["EditRequest"], options?: RequestOptions): Promise<components["schemas"]["EditRun"]>;
  /**
   * Extract structured data from a file synchronously, waiting for the result before returning.
   *
   * Extract structured data from a file synchronously, waiting for the result before returning. This endpoint has a **5-minute timeout** — if processing takes longer, the request will fail.
   *
   * `POST /extract`
   *
   * @example
   * ```ts
   * const result = await extend.sync.extract(body);
   * ```
   */
  extract(body?: components["schemas"]["ExtractRequest"], options?: RequestOptions): Promise<components["schemas"]["ExtractRun"]>;
  /**
   * Parse a file synchronously, waiting for the result before returning.
   *
   * Parse a file synchronously, waiting for the result before returning. This endpoint has a **5-minute timeout** — if processing takes longer, the request will fail.
   *
   * `POST /parse`
   *
   * @example
   * ```ts
   * const result = await extend.sync.parse(body);
   * ```
   */
  parse(body: components["schemas"]["ParseRequest"], options?: RequestOptions & { query?: NonNullable<paths["/parse"]["post"]["parameters"]["query"]> }): Promise<components["schemas"]["ParseRun"]>;
  /**
   * Split a document synchronously, waiting for the result before returning.
   *
   * Split a document synchronously, waiting for the result before returning. This endpoint has a **5-minute timeout** — if processing takes longer, the request will fail.
   *
   * `POST /split`
   *
   * @example
   * ```ts
   * const result = await extend.sync.split(body);
   * ```
   */
  split(body: components["schemas"]["SplitRequest"], options?: RequestOptions): Promise<components["schemas"]["SplitRun"]>;
}

/**
 * Builds `sync` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const sync = createSync(ctx);
 * ```
 */
export function createSync(ctx: WaitContext): Sync {
  return {
    classify: (body, options) => callOperation(ctx, OPERATIONS.classify, [], { body }, options),
    detectForm: (body, options) => callOperation(ctx, OPERATIONS.detectForm, [], { body }, options),
    edit: (body, options) => callOperation(ctx, OPERATIONS.edit, [], { body }, options),
    extract: (body, options) => callOperation(ctx, OPERATIONS.extract, [], { body }, options),
    parse: (body, options = {}) => { const { query, ...rest } = options; return callOperation(ctx, OPERATIONS.parse, [], { body, query }, rest); },
    split: (body, options) => callOperation(ctx, OPERATIONS.split, [], { body }, options),
  };
}
