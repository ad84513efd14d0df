import { createAnyformatClient } from "@docrun/anyformat";
import type { ClientOptions, Paginator, RequestOptions } from "@docrun/core";
import type { ProviderName } from "@docrun/emulator";
import { createExtendClient } from "@docrun/extend";
import { createRetabClient } from "@docrun/retab";

/**
 * What the soak does with one provider, through the provider package a user installs: list every
 * run in order, create a run, wait for it.
 */
export interface ProviderDriver {
  provider: ProviderName;
  /** Does the provider honour an idempotency header (so a POST may be retried after a 5xx)? */
  idempotentCreate: boolean;
  /** Requests that create a run, for counting in the emulator's request log. */
  createPath: RegExp;
  /** Terminal statuses of a run that succeeded. */
  success: string;
  connect(baseUrl: string, options: ClientOptions): ProviderSession;
}

/** A connected driver. */
export interface ProviderSession {
  /** Every run of the seeded listing, in the provider's order. */
  listRuns(pageSize: number): Promise<Paginator<{ id: string }>>;
  /** Creates one run; resolves with a reference to wait on. */
  create(index: number, o?: RequestOptions): Promise<string>;
  /** Waits until the run is terminal; resolves with its terminal status. */
  wait(ref: string, timeoutMs: number): Promise<string>;
}

/** Quick checks: the emulator finishes runs in tens of milliseconds. */
const interval = { initialMs: 10, maxMs: 50 };

export const anyformatDriver: ProviderDriver = {
  provider: "anyformat",
  idempotentCreate: false,
  createPath: /^\/v2\/workflows\/[^/]+\/run\/$/,
  success: "processed",
  connect(baseUrl, options) {
    const client = createAnyformatClient({ ...options, baseUrl });
    let workflow: Promise<string> | undefined;
    const workflowId = () =>
      (workflow ??= client.workflows
        .list()
        .toArray({ limit: 1 })
        .then(([first]) => first!.id));
    return {
      async listRuns(pageSize) {
        return client.workflows.listRuns(await workflowId(), { pageSize, concurrency: 4 });
      },
      async create(index, o = {}) {
        const id = await workflowId();
        const run = await client.workflows.run(id, { text: `soak document ${index}` }, o);
        return `${id}/${run.id}`;
      },
      async wait(ref, timeoutMs) {
        const [workflow, collection] = ref.split("/") as [string, string];
        const results = await client.workflows.poll(workflow, collection, { timeoutMs, interval });
        if (results.collection_id !== collection) return `results of ${results.collection_id}`;
        // AnyFormat has no "get run": the run's own status is in its workflow's run listing.
        for await (const run of client.workflows.listRuns(workflow, { pageSize: 100 }))
          if (run.id === collection) return run.status;
        return "missing from the run listing";
      },
    };
  },
};

export const extendDriver: ProviderDriver = {
  provider: "extend",
  idempotentCreate: false,
  createPath: /^\/workflow_runs$/,
  success: "PROCESSED",
  connect(baseUrl, options) {
    const client = createExtendClient({ ...options, baseUrl });
    let workflow: Promise<string> | undefined;
    const workflowId = () =>
      (workflow ??= client.workflows
        .list()
        .toArray({ limit: 1 })
        .then(([first]) => first!.id));
    return {
      async listRuns(pageSize) {
        return client.workflowRuns.list({ maxPageSize: pageSize });
      },
      async create(index, o = {}) {
        const body = {
          workflow: { id: await workflowId() },
          file: { text: `soak document ${index}`, name: `soak-${index}.txt` },
        };
        return (await client.workflowRuns.create(body, o)).id;
      },
      async wait(id, timeoutMs) {
        return (await client.workflowRuns.poll(id, { timeoutMs, interval })).status;
      },
    };
  },
};

export const retabDriver: ProviderDriver = {
  provider: "retab",
  idempotentCreate: true,
  createPath: /^\/v1\/workflows\/runs$/,
  success: "completed",
  connect(baseUrl, options) {
    const client = createRetabClient({ ...options, baseUrl });
    let workflow: Promise<string> | undefined;
    const workflowId = () =>
      (workflow ??= client.workflows
        .list()
        .toArray({ limit: 1 })
        .then(([first]) => first!.id));
    return {
      async listRuns(pageSize) {
        return client.workflowRuns.list({ limit: pageSize });
      },
      async create(index, o = {}) {
        const body = { workflow_id: await workflowId(), metadata: { soak: String(index) } };
        return (await client.workflowRuns.create(body, o)).id;
      },
      async wait(id, timeoutMs) {
        return (await client.workflowRuns.poll(id, { timeoutMs, interval })).lifecycle.status;
      },
    };
  },
};

export const providerDrivers: ProviderDriver[] = [anyformatDriver, extendDriver, retabDriver];
