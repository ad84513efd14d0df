import { signWebhookPayload } from "@docrun/core";
import type { ProviderContext } from "../../framework/types.js";
import { retabId } from "./ids.js";
import { runJson } from "./lifecycle.js";
import type { RunRecord, RunStatus, WorkflowRecord } from "./model.js";

/** The environment the emulator says it is (`X-Retab-Environment`, event `environment`). */
export const EMULATOR_ENVIRONMENT = "test";

/**
 * Event type per run status. `workflow.run.completed` is documented by Retab; the others follow
 * its naming and are the emulator's guess (Retab has not published its event catalog).
 */
export const RUN_EVENT_TYPES: Readonly<Partial<Record<RunStatus, string>>> = {
  completed: "workflow.run.completed",
  error: "workflow.run.failed",
  awaiting_review: "workflow.run.awaiting_review",
  cancelled: "workflow.run.cancelled",
};

/**
 * Sends the environment-scoped event for a run that just reached `status`:
 * `{ id: "evt_…", type, environment, created_at, data: <WorkflowRun> }`.
 *
 * @example
 * ```ts
 * emitRunEvent(ctx, run, workflow, "completed");
 * ```
 */
export function emitRunEvent(
  ctx: ProviderContext,
  run: RunRecord,
  workflow: WorkflowRecord | undefined,
  status: RunStatus,
): void {
  const type = RUN_EVENT_TYPES[status];
  if (type === undefined) return;
  const now = ctx.now();
  const id = retabId("evt_", ctx.random, 24);
  ctx.emitWebhook({
    id,
    type,
    payload: {
      id,
      type,
      environment: EMULATOR_ENVIRONMENT,
      created_at: new Date(now).toISOString(),
      data: runJson(run, now, workflow),
    },
  });
}

/**
 * Retab's environment-scoped signature (the emulator's default):
 * `X-Retab-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "{t}.{body}">` plus
 * `X-Retab-Environment`. The header format is documented; the signed string `{t}.{body}` is NOT
 * (Retab has not published it) and is the emulator's Stripe-style guess.
 *
 * @example
 * ```ts
 * const headers = await signEnvironmentScoped("whsec_test", body, 1760000000);
 * headers["x-retab-signature"]; // "t=1760000000,v1=…"
 * ```
 */
export async function signEnvironmentScoped(
  secret: string,
  body: string,
  timestampSeconds: number,
): Promise<Record<string, string>> {
  const signature = await signWebhookPayload(secret, `${timestampSeconds}.${body}`);
  return {
    "x-retab-signature": `t=${timestampSeconds},v1=${signature}`,
    "x-retab-environment": EMULATOR_ENVIRONMENT,
  };
}

/**
 * Retab's legacy (automation / human-in-the-loop) signature: `X-Retab-Signature` = lowercase hex
 * HMAC-SHA256 of the raw body, no timestamp. Select it per receiver:
 * `startEmulator({ provider: "retab", webhooks: [{ url, secret, sign: signLegacy }] })`.
 *
 * @example
 * ```ts
 * const headers = await signLegacy("whsec_test", body);
 * ```
 */
export async function signLegacy(secret: string, body: string): Promise<Record<string, string>> {
  return { "x-retab-signature": await signWebhookPayload(secret, body) };
}
