/**
 * An environment variable where the runtime has one (`process.env` on Node and Bun, `Deno.env`
 * with permission), else `undefined`. Empty values count as unset.
 *
 * @example
 * ```ts
 * const baseUrl = options.baseUrl ?? readEnv("EXTEND_BASE_URL") ?? "https://api.extend.ai";
 * ```
 */
export function readEnv(name: string): string | undefined {
  const g = globalThis as any;
  try {
    return (g.process?.env?.[name] ?? g.Deno?.env?.get(name))?.trim() || undefined;
  } catch {
    return undefined; // Deno without --allow-env
  }
}
