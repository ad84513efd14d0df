import { describe, expect, test } from "vitest";
import { InvalidResponseError, NotFoundError } from "../errors/errors.js";
import { parseErrorEnvelope } from "../errors/create-api-error.js";
import { createApiClient } from "./create-api-client.js";
import { unwrapWithResponse } from "./unwrap-with-response.js";

const provider = {
  name: "Acme",
  apiKeyEnv: "ACME_API_KEY",
  baseUrlEnv: "ACME_BASE_URL",
  defaultBaseUrl: "https://api.acme.test",
  parseError: parseErrorEnvelope,
  requestIdHeader: "x-acme-request-id",
};

/** A client whose fetch answers every request with `status` and `body` (pure logic: no server). */
const clientAnswering = (status: number, body: string) =>
  createApiClient<any>(provider, {
    apiKey: "sk_test_unwrap_with_response",
    maxRetries: 0,
    fetch: (async () =>
      new Response(body, {
        status,
        headers: { "content-type": "application/json", "x-acme-request-id": "req_7" },
      })) as any,
  });

describe("unwrapWithResponse", () => {
  test("returns data and the raw response of a 2xx", async () => {
    const { api, unwrap } = clientAnswering(200, '{"items":[1,2]}');
    const { data, response } = await unwrapWithResponse<{ items: number[] }>(api.GET("/things", {}), unwrap);
    expect(data).toEqual({ items: [1, 2] });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-acme-request-id")).toBe("req_7");
  });

  test("throws the provider's typed error for a non-2xx, with or without the client's unwrap", async () => {
    const { api, unwrap } = clientAnswering(404, '{"code":"NOT_FOUND","message":"no such thing"}');
    for (const error of [
      await unwrapWithResponse(api.GET("/things/x", {}), unwrap).catch((e: unknown) => e),
      await unwrapWithResponse(api.GET("/things/x", {})).catch((e: unknown) => e),
    ]) {
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ code: "NOT_FOUND", requestId: "req_7" });
    }
  });

  test("a 2xx body that is not JSON is an InvalidResponseError", async () => {
    const { api, unwrap } = clientAnswering(200, "<html>");
    await expect(unwrapWithResponse(api.GET("/things", {}), unwrap)).rejects.toBeInstanceOf(
      InvalidResponseError,
    );
  });
});
