import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../framework/types.js";
import { detailError } from "./errors.js";

/** Keys starting with this prefix authenticate but may not do anything (403), for tests. */
export const FORBIDDEN_KEY_PREFIX = "forbidden_";

/**
 * Checks the bearer key: missing → 401 "Not authenticated" (FastAPI's `HTTPBearer`), unknown when
 * keys are configured → 401 "Invalid API key", a `forbidden_…` key → 403. Null when allowed.
 *
 * @example
 * ```ts
 * const denied = authenticate(request, ctx);
 * if (denied !== null) return denied;
 * ```
 */
export function authenticate(request: EmulatorRequest, ctx: ProviderContext): EmulatorResponse | null {
  if (request.apiKey === null) return detailError(401, "Not authenticated", { "www-authenticate": "Bearer" });
  if (ctx.apiKeys.size > 0 && !ctx.apiKeys.has(request.apiKey))
    return detailError(401, "Invalid API key", { "www-authenticate": "Bearer" });
  if (request.apiKey.startsWith(FORBIDDEN_KEY_PREFIX))
    return detailError(403, "This API key does not have permission to access this resource");
  return null;
}
