import { runMany } from "./run-many.js";
import { markedBeforeCreate } from "./transient.js";
import type { BulkJob, BulkRunOptions, RunManyAdapter } from "./types.js";

/**
 * `runMany` as provider packages expose it: the adapter takes create requests, and the user's
 * `prepare` (default: identity) turns each input into one when its turn comes. This keeps each
 * provider's `runMany` a few lines of delegation.
 *
 * @example
 * ```ts
 * runMany(inputs, options = {}) {
 *   return runManyWith(inputs, options, { create: async (body, { signal }) => (await create(body, { signal })).id, wait });
 * }
 * ```
 */
export function runManyWith<Input, Request, Run>(
  inputs: Iterable<Input> | AsyncIterable<Input>,
  options: BulkRunOptions<Input, Request>,
  adapter: RunManyAdapter<Request, Run>,
): BulkJob<Input, Run> {
  const { prepare = (input: Input) => input as unknown as Request, ...rest } = options;
  return runMany<Input, Run>(
    inputs,
    {
      create: async (input, context) => {
        const request = await Promise.resolve()
          .then(() => prepare(input, context))
          .catch((error: unknown) => {
            throw markedBeforeCreate(error);
          });
        // The upload may have taken long: the create is sent only now.
        await context.sending();
        return adapter.create(request, context);
      },
      wait: adapter.wait,
      idempotentCreate: adapter.idempotentCreate,
      listCreatedSince: adapter.listCreatedSince,
    },
    rest,
  );
}
