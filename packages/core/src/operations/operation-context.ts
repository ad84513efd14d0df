import type { ApiClient } from "../client/create-api-client.js";

/**
 * What generated resources need from a provider's client: the openapi-fetch client with core's
 * transport beneath it, the provider's error parser (through `unwrap`) and its display name.
 *
 * @example
 * ```ts
 * const ctx: OperationContext = { ...createApiClient<paths>(retabProvider, options), provider: "Retab" };
 * ```
 */
export interface OperationContext extends Pick<ApiClient<any>, "unwrap"> {
  // Typed loosely on purpose: generated methods carry the precise types, the call is generic.
  api: { request: (...args: any[]) => Promise<any> };
  /** The provider's name, which starts error messages ("Retab extractions.get: …"). */
  provider: string;
}
