import type { EmulatorRequest, ProviderContext } from "../../framework/types.js";
import { ExtendApiError, invalidRequest } from "./errors.js";

/** The only API version this emulator (and docrun's spec) speaks. */
export const API_VERSION = "2026-02-09";
const KNOWN_OLDER_VERSIONS = new Set(["2025-04-21", "2024-12-23"]);

/**
 * A key starting with this authenticates but belongs to a workspace out of credit: operations that
 * spend credit answer 402 `USAGE_BLOCKED` (everything else works, so finished runs stay readable).
 */
export const USAGE_BLOCKED_KEY_PREFIX = "usage_blocked_";

/**
 * Checks the bearer key, the `x-extend-api-version` header and the workspace header, in the
 * order Extend reports them: 401 first, then 400, then 403.
 *
 * @example
 * ```ts
 * authorize(request, ctx); // throws ExtendApiError when the request may not proceed
 * ```
 */
export function authorize(request: EmulatorRequest, ctx: ProviderContext): void {
  const key = request.apiKey;
  if (key === null || (ctx.apiKeys.size > 0 && !ctx.apiKeys.has(key))) {
    throw new ExtendApiError(401, "UNAUTHORIZED", "Invalid or missing API key");
  }
  const version = request.headers["x-extend-api-version"];
  if (version === undefined || version === "") {
    throw invalidRequest(`Missing x-extend-api-version header; this API expects "${API_VERSION}"`);
  }
  if (version !== API_VERSION) {
    const hint = KNOWN_OLDER_VERSIONS.has(version)
      ? "is not served by this emulator"
      : "is not a known API version";
    throw invalidRequest(`x-extend-api-version "${version}" ${hint}; use "${API_VERSION}"`);
  }
  const workspace = request.headers["x-extend-workspace-id"];
  if (workspace !== undefined && !/^workspace_[A-Za-z0-9_-]{1,64}$/.test(workspace)) {
    throw new ExtendApiError(403, "FORBIDDEN", `This API key has no access to workspace "${workspace}"`);
  }
}

/**
 * Refuses an operation that spends credit (starting runs) when the key's workspace is out of
 * credit, with the code and retryable flag Extend documents for 402.
 *
 * @example
 * ```ts
 * requireCredit(request); // throws ExtendApiError(402, "USAGE_BLOCKED", …) for "usage_blocked_…" keys
 * ```
 */
export function requireCredit(request: EmulatorRequest): void {
  if (request.apiKey?.startsWith(USAGE_BLOCKED_KEY_PREFIX) === true) {
    throw new ExtendApiError(
      402,
      "USAGE_BLOCKED",
      "Usage is blocked for this workspace; add credits to continue",
    );
  }
}
