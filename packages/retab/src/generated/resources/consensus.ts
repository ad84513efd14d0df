// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  create: { name: "consensus.create", method: "POST", path: "/v1/consensus", pathParams: [], shape: {} },
} satisfies Record<string, Operation>;

/**
 * `retab.consensus`: 1 operation of the Retab API (consensus).
 *
 * @example
 * ```ts
 * const consensus = retab.consensus;
 * ```
 */
export interface Consensus {
  /**
   * Create Consensus.
   *
   * Reconcile several objects into one.
   *
   * `POST /v1/consensus`
   *
   * @example
   * ```ts
   * const result = await retab.consensus.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateConsensusRequest"], options?: RequestOptions): Promise<components["schemas"]["ReconciliationResult"]>;
}

/**
 * Builds `consensus` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const consensus = createConsensus(ctx);
 * ```
 */
export function createConsensus(ctx: WaitContext): Consensus {
  return {
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
  };
}
