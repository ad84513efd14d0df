import { unwrap } from "./create-api-client.js";

/**
 * Like `unwrap`, but keeps the raw `Response` next to `data` (a paginator adapter needs it for the
 * page's request id and headers). Throws the same typed `ApiError` for a non-2xx answer. Pass the
 * client's own `unwrap` when you have it; the default finds the provider's error parser through
 * the response.
 *
 * @example
 * ```ts
 * const { api, unwrap } = createApiClient<paths>(provider, options);
 * const { data, response } = await unwrapWithResponse(api.GET("/workflow_runs", { params: { query } }), unwrap);
 * console.log(data.data.length, response.headers.get("x-request-id"));
 * ```
 */
export async function unwrapWithResponse<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
  unwrapWith: typeof unwrap = unwrap,
): Promise<{ data: T; response: Response }> {
  let response!: Response;
  const data = await unwrapWith(call.then((result) => ((response = result.response), result)));
  return { data, response };
}
