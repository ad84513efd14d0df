import { ConfigurationError } from "../errors/errors.js";
import type { RequestOptions } from "./create-api-client.js";

/**
 * Runs one helper call and returns its result together with the raw `Response` it came from
 * (status, headers, request id, rate-limit headers), like Stainless clients' `.withResponse()`.
 * `call` receives the per-call options to pass on to the helper; add your own (`signal`,
 * `timeoutMs`, `maxRetries`, `headers`) in `options`. When the call made several requests (a
 * `poll`, a two-step upload) `response` is the last one.
 *
 * @example
 * ```ts
 * const { data: run, response } = await withResponse((o) => extend.workflowRuns.get(runId, o));
 * console.log(run.status, response.status, response.headers.get("x-extend-request-id"));
 * ```
 */
export async function withResponse<T, Options extends RequestOptions = RequestOptions>(
  call: (options: Options & { onResponse: (response: Response) => void }) => Promise<T>,
  options?: Options,
): Promise<{ data: T; response: Response }> {
  let response: Response | undefined;
  const given = options?.onResponse;
  const data = await call({
    ...(options as Options),
    onResponse: (seen: Response) => {
      response = seen;
      given?.(seen);
    },
  });
  // A helper that does not pass its options on would leave us with nothing to return.
  if (response === undefined)
    throw new ConfigurationError("withResponse: the call made no request with the options it was given");
  return { data, response };
}
