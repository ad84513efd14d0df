import { startEmulator, type Emulator } from "../../framework/start-emulator.js";
import type { EmulatorOptions } from "../../framework/options.js";
import type { ExtendState } from "./state.js";

/** A parsed response: status, headers and JSON body (undefined when empty). */
export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
}

/** Request options for {@link ExtendHarness.call}. */
export interface CallOptions {
  /** JSON body (objects are serialized), a string, or FormData. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Bearer key to send; null sends no Authorization header. */
  key?: string | null;
  /** API version header; null sends none. */
  version?: string | null;
}

/** A running Extend emulator plus a small JSON caller that sends Extend's headers. */
export interface ExtendHarness {
  emulator: Emulator<ExtendState>;
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  /** Creates a run on the example workflow and returns its body. */
  createRun(file?: Record<string, unknown>, extra?: Record<string, unknown>): Promise<any>;
}

/** The workflow every Extend emulator has (Extend's documentation example id). */
export const WORKFLOW_ID = "workflow_BMdfq_yWM3sT-ZzvCnA3f";

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

/** Starts the Extend emulator on loopback (port 0) and returns a JSON caller for it. */
export async function startExtend(options: Omit<EmulatorOptions, "provider"> = {}): Promise<ExtendHarness> {
  const emulator = (await startEmulator({ provider: "extend", ...options })) as Emulator<ExtendState>;
  const call: ExtendHarness["call"] = async (
    method,
    path,
    { body, headers = {}, key = "test-key", version = "2026-02-09" } = {},
  ) => {
    const sent: Record<string, string> = { ...headers };
    if (key !== null) sent["authorization"] = `Bearer ${key}`;
    if (version !== null) sent["x-extend-api-version"] = version;
    const init: RequestInit = { method, headers: sent };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      sent["content-type"] ??= "application/json";
      init.body = typeof body === "string" ? body : JSON.stringify(body);
    }
    const response = await fetch(`${emulator.url}${path}`, init);
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text === "" ? undefined : JSON.parse(text),
    };
  };
  return {
    emulator,
    call,
    async createRun(file = { url: "https://files.example.com/invoice.pdf" }, extra = {}) {
      const result = await call("POST", "/workflow_runs", {
        body: { workflow: { id: WORKFLOW_ID }, file, ...extra },
      });
      if (result.status !== 200)
        throw new Error(`create failed: ${result.status} ${JSON.stringify(result.body)}`);
      return result.body;
    },
  };
}

/** Follows `nextPageToken` from `path` (which must already have a `?`; optionally from `startToken`) and returns every item. */
export async function walk(
  harness: ExtendHarness,
  path: string,
  between?: () => Promise<void>,
  startToken?: string,
): Promise<any[]> {
  const items: any[] = [];
  let token: string | undefined = startToken;
  for (let page = 0; page < 2_000; page++) {
    const result = await harness.call(
      "GET",
      token === undefined ? path : `${path}&nextPageToken=${encodeURIComponent(token)}`,
    );
    if (result.status !== 200)
      throw new Error(`list failed: ${result.status} ${JSON.stringify(result.body)}`);
    items.push(...result.body.data);
    token = result.body.nextPageToken;
    if (token === undefined) return items;
    await between?.();
  }
  throw new Error("pagination did not end");
}
