import { startEmulator, type Emulator, type EmulatorOptions } from "@docrun/emulator";
import { createExtendClient, type ExtendClient, type ExtendClientOptions } from "./index.js";

/** The workflow every Extend emulator has (Extend's documentation example id). */
export const WORKFLOW_ID = "workflow_BMdfq_yWM3sT-ZzvCnA3f";

/** A started emulator and a client pointed at it. */
export interface Harness {
  emulator: Emulator;
  extend: ExtendClient;
  close(): Promise<void>;
}

/**
 * Starts an Extend emulator on loopback and a client for it (fast polling, no retry wait).
 *
 * @example
 * ```ts
 * const { extend, close } = await startHarness({ processingMs: 50 });
 * ```
 */
export async function startHarness(
  emulatorOptions: Omit<EmulatorOptions, "provider"> = {},
  clientOptions: ExtendClientOptions = {},
): Promise<Harness> {
  const emulator = await startEmulator({ provider: "extend", ...emulatorOptions });
  const extend = createExtendClient({
    apiKey: "sk_test_harness_key",
    baseUrl: emulator.url,
    ...clientOptions,
  });
  return { emulator, extend, close: () => emulator.close() };
}

export {
  startRecordingServer,
  type RecordedRequest,
  type RecordingServer,
} from "../../../test-support/recording-server.js";
