import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../framework/types.js";
import { errorEnvelope } from "./errors.js";

/**
 * AnyFormat's authentication: no bearer (or an empty one) is 403 `ACCESS_DENIED`; a key the
 * emulator was not configured with is 401 `AUTH_FAILED`. With no configured keys any non-empty
 * bearer is accepted. Returns null when the request may proceed.
 *
 * @example
 * ```ts
 * const denied = authenticate(request, ctx);
 * if (denied) return denied;
 * ```
 */
export function authenticate(request: EmulatorRequest, ctx: ProviderContext): EmulatorResponse | null {
  const key = request.apiKey?.trim() ?? "";
  if (key === "")
    return errorEnvelope(
      403,
      "ACCESS_DENIED",
      "Authentication credentials were not provided.",
      request.requestId,
    );
  if (ctx.apiKeys.size > 0 && !ctx.apiKeys.has(key)) {
    return errorEnvelope(401, "AUTH_FAILED", "Invalid API key.", request.requestId);
  }
  return null;
}
