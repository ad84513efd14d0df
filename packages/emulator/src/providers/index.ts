import type { ProviderModule, ProviderName } from "../framework/types.js";
import { anyformatProvider } from "./anyformat/index.js";
import { extendProvider } from "./extend/index.js";
import { retabProvider } from "./retab/index.js";

/**
 * Every provider the emulator can play, by name.
 *
 * @example
 * ```ts
 * const extend = providers.extend; // pass it, or "extend", as `startEmulator({ provider })`
 * ```
 */
export const providers: Record<ProviderName, ProviderModule<any>> = {
  anyformat: anyformatProvider,
  extend: extendProvider,
  retab: retabProvider,
};
