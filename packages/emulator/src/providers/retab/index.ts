import type { ProviderModule } from "../../framework/types.js";

// Placeholder until the retab emulation lands: every route answers 501.
export const retabProvider: ProviderModule<null> = {
  name: "retab",
  requestIdHeader: "x-request-id",
  createState: () => null,
  handle: () => ({ status: 501, json: { error: "not implemented" } }),
  errorResponse: (kind, requestId) => ({ status: kind === "rate_limited" ? 429 : 500, json: { error: kind, requestId } }),
  signWebhook: async () => ({}),
};
