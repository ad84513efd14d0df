import { deleteCollection, getResults, listFiles, listRuns } from "./routes/files.js";
import { runWorkflow } from "./routes/run-workflow.js";
import { createWebhook, deleteWebhook, listWebhooks } from "./routes/webhooks.js";
import { getWorkflow, listWorkflows } from "./routes/workflows.js";
import { jsonResponse } from "./errors.js";
import type { Route } from "./path-matcher.js";

/** Every AnyFormat operation the emulator serves (the surface of specs/anyformat.openapi.yaml). */
export const ANYFORMAT_ROUTES: readonly Route[] = [
  { method: "GET", path: "/health/", open: true, handle: () => jsonResponse(200, { message: "ok" }) },
  { method: "GET", path: "/v2/workflows/", handle: listWorkflows },
  { method: "GET", path: "/v2/workflows/:workflow_id/", handle: getWorkflow },
  { method: "POST", path: "/v2/workflows/:workflow_id/run/", handle: runWorkflow },
  { method: "GET", path: "/v2/workflows/:workflow_id/runs/", handle: listRuns },
  { method: "GET", path: "/v2/workflows/:workflow_id/files/", handle: listFiles },
  { method: "GET", path: "/v2/workflows/:workflow_id/files/:collection_id/results/", handle: getResults },
  { method: "DELETE", path: "/v2/files/:collection_id/", handle: deleteCollection },
  { method: "GET", path: "/v2/webhooks/", handle: listWebhooks },
  { method: "POST", path: "/v2/webhooks/", handle: createWebhook },
  { method: "DELETE", path: "/v2/webhooks/:webhook_id/", handle: deleteWebhook },
];
