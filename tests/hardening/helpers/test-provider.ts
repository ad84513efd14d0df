import {
  createApiClient,
  parseErrorEnvelope,
  type ClientOptions,
  type ProviderDescriptor,
} from "@docrun/core";

/** A fake key shaped like a real one; tests look for it in everything the SDK produces. */
export const API_KEY = "sk_live_hardening_0123456789abcdefSECRET";

/** A provider descriptor for core-level tests against a hand-written loopback server. */
export const testProvider: ProviderDescriptor = {
  name: "Hardening",
  apiKeyEnv: "DOCRUN_HARDENING_API_KEY",
  baseUrlEnv: "DOCRUN_HARDENING_BASE_URL",
  defaultBaseUrl: "https://api.example.invalid",
  parseError: parseErrorEnvelope,
};

/** Paths are free-form here: the servers are hand-written and the tests read raw `data`. */
type AnyPaths = Record<string, any>;

/** A core client for `baseUrl` with quick retries so failing tests stay short. */
export function testClient(baseUrl: string, options: ClientOptions = {}) {
  return createApiClient<AnyPaths>(testProvider, {
    apiKey: API_KEY,
    baseUrl,
    maxRetries: 1,
    timeoutMs: 2_000,
    backoff: { initialMs: 1, maxMs: 5 },
    ...options,
  });
}
