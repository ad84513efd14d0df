import { expectTypeOf, test } from "vitest";
import { createApiClient, paginateToken, parseErrorEnvelope, requestOptions, unwrap } from "./index.js";

interface paths {
  "/runs/{id}": {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { "application/json": { id: string; status: string } };
        };
        404: { headers: { [name: string]: unknown }; content: { "application/json": { message: string } } };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

const provider = {
  name: "Test",
  apiKeyEnv: "TEST_API_KEY",
  baseUrlEnv: "TEST_BASE_URL",
  defaultBaseUrl: "https://api.test",
  parseError: parseErrorEnvelope,
};

test("unwrap infers data and requestOptions spreads into openapi-fetch init", async () => {
  const client = createApiClient<paths>(provider, { apiKey: "k" });
  const signal = new AbortController().signal;
  const call = () =>
    client.api.GET("/runs/{id}", {
      params: { path: { id: "1" } },
      ...requestOptions({ signal, timeoutMs: 5 }),
    });
  expectTypeOf(client.unwrap(call())).resolves.toEqualTypeOf<{ id: string; status: string }>();
  expectTypeOf(unwrap(call())).resolves.toEqualTypeOf<{ id: string; status: string }>();
  const p = paginateToken({
    fetchPage: async (token, o) => {
      const { data, response } = await client.api.GET("/runs/{id}", {
        params: { path: { id: token ?? "" } },
        ...requestOptions(o),
      });
      return { items: [data!], nextToken: null, response };
    },
  });
  for await (const page of p.pages()) expectTypeOf(page.nextCursor).toEqualTypeOf<string | null>();
});
