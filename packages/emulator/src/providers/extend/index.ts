import type { ProviderModule } from "../../framework/types.js";

// Placeholder until the extend emulation lands: every route answers 501.
export const extendProvider: ProviderModule<null> = {
  name: "extend",
  requestIdHeader: "x-request-id",
  createState: () => null,
  handle: () => ({ status: 501, json: { error: "not implemented" } }),
  errorResponse: (kind, requestId) => ({ status: kind === "rate_limited" ? 429 : 500, json: { error: kind, requestId } }),
  signWebhook: async () => ({}),
};
