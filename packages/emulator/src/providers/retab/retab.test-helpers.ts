import { startEmulator, type Emulator } from "../../framework/start-emulator.js";
import type { EmulatorOptions } from "../../framework/options.js";
import type { RetabState } from "./state.js";

/** A parsed response: status, headers and JSON body (undefined when empty). */
export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
}

/** Request options for {@link RetabHarness.call}. */
export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Bearer key to send; null sends no Authorization header. */
  key?: string | null;
}

/** A running Retab emulator plus a small JSON caller. */
export interface RetabHarness {
  emulator: Emulator<RetabState>;
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
}

/** A clock tests move by hand, so lifecycles advance without sleeping. */
export function manualClock(start = Date.UTC(2026, 10, 23, 6, 0, 0)) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

/** Starts the Retab emulator on loopback (port 0) and returns a JSON caller for it. */
export async function startRetab(options: Omit<EmulatorOptions, "provider"> = {}): Promise<RetabHarness> {
  const emulator = (await startEmulator({ provider: "retab", ...options })) as Emulator<RetabState>;
  return {
    emulator,
    async call(method, path, { body, headers = {}, key = "test-key" } = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      const sent = init.headers as Record<string, string>;
      if (key !== null) sent["authorization"] = `Bearer ${key}`;
      if (body !== undefined) {
        sent["content-type"] ??= "application/json";
        init.body = typeof body === "string" ? body : JSON.stringify(body);
      }
      const response = await fetch(`${emulator.url}${path}`, { ...init, redirect: "manual" });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text === "" ? undefined : JSON.parse(text),
      };
    },
  };
}

/** A document input as a data URL (what SDKs send for in-memory files). */
export function pdfDocument(filename = "invoice.pdf") {
  return { filename, url: "data:application/pdf;base64,JVBERi0xLjcKJSVFT0YK" };
}
