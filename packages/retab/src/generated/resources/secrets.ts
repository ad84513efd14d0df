// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "secrets.list", method: "GET", path: "/v1/secrets", pathParams: [], shape: {} },
  create: { name: "secrets.create", method: "POST", path: "/v1/secrets", pathParams: [], shape: {} },
  get: { name: "secrets.get", method: "GET", path: "/v1/secrets/{name}", pathParams: ["name"], shape: {} },
  set: { name: "secrets.set", method: "PUT", path: "/v1/secrets/{name}", pathParams: ["name"], shape: {} },
  delete: { name: "secrets.delete", method: "DELETE", path: "/v1/secrets/{name}", pathParams: ["name"] },
  getValue: { name: "secrets.getValue", method: "GET", path: "/v1/secrets/{name}/value", pathParams: ["name"], shape: {} },
} satisfies Record<string, Operation>;

/**
 * `retab.secrets`: 6 operations of the Retab API (Secrets).
 *
 * @example
 * ```ts
 * const secrets = retab.secrets;
 * ```
 */
export interface Secrets {
  /**
   * Secret.List.
   *
   * `GET /v1/secrets`
   *
   * @example
   * ```ts
   * const result = await retab.secrets.list();
   * ```
   */
  list(options?: RequestOptions): Promise<components["schemas"]["SecretListResponse"]>;
  /**
   * Secret.Create.
   *
   * `POST /v1/secrets`
   *
   * @example
   * ```ts
   * const result = await retab.secrets.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateSecretRequest"], options?: RequestOptions): Promise<components["schemas"]["SecretResponse"]>;
  /**
   * Secret.Get.
   *
   * `GET /v1/secrets/{name}`
   *
   * @example
   * ```ts
   * const result = await retab.secrets.get("<name>");
   * ```
   */
  get(name: string, options?: RequestOptions): Promise<components["schemas"]["SecretResponse"]>;
  /**
   * Secret.Set.
   *
   * `PUT /v1/secrets/{name}`
   *
   * @example
   * ```ts
   * const result = await retab.secrets.set("<name>", body);
   * ```
   */
  set(name: string, body: components["schemas"]["SetSecretRequest"], options?: RequestOptions): Promise<components["schemas"]["SecretResponse"]>;
  /**
   * Secret.Delete.
   *
   * `DELETE /v1/secrets/{name}`
   *
   * @example
   * ```ts
   * const result = await retab.secrets.delete("<name>");
   * ```
   */
  delete(name: string, options?: RequestOptions): Promise<void>;
  /**
   * Secret.Get Value.
   *
   * `GET /v1/secrets/{name}/value`
   *
   * @example
   * ```ts
   * const result = await retab.secrets.getValue("<name>");
   * ```
   */
  getValue(name: string, options?: RequestOptions): Promise<components["schemas"]["SecretValueResponse"]>;
}

/**
 * Builds `secrets` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const secrets = createSecrets(ctx);
 * ```
 */
export function createSecrets(ctx: WaitContext): Secrets {
  return {
    list: (options) => callOperation(ctx, OPERATIONS.list, [], {}, options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    get: (name, options) => callOperation(ctx, OPERATIONS.get, [name], {}, options),
    set: (name, body, options) => callOperation(ctx, OPERATIONS.set, [name], { body }, options),
    delete: (name, options) => callOperation(ctx, OPERATIONS.delete, [name], {}, options),
    getValue: (name, options) => callOperation(ctx, OPERATIONS.getValue, [name], {}, options),
  };
}
