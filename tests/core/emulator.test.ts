// Core's paginators against the provider emulators over loopback HTTP, with 5xx, 429 and connection
// resets injected into a large share of requests: every seeded run must come back exactly once.
// The expected ids come from a second, fault-free emulator started with the same seed.
import { afterAll, describe, expect, test } from "vitest";
import { startEmulator, type Emulator } from "@docrun/emulator";
import {
  createApiClient,
  paginateIdCursor,
  paginatePageNumber,
  paginateToken,
  parseErrorEnvelope,
  requestOptions,
  type ClientOptions,
} from "@docrun/core";

const RUNS = 180;
const emulators: Emulator[] = [];
afterAll(() => Promise.all(emulators.map((e) => e.close())));

const faults = { errorRate: 0.15, rateLimitRate: 0.1, retryAfterSeconds: 0, resetRate: 0.1 };

async function pair(provider: "extend" | "retab" | "anyformat", options: ClientOptions = {}) {
  const clients = [];
  for (const withFaults of [false, true]) {
    const emulator = await startEmulator({
      provider,
      seed: { runs: RUNS, seed: 7 },
      random: 11,
      ...(withFaults ? { faults } : {}),
    });
    emulators.push(emulator);
    const client = createApiClient<any>(
      {
        name: provider,
        apiKeyEnv: "UNUSED_KEY",
        baseUrlEnv: "UNUSED_URL",
        defaultBaseUrl: emulator.url,
        parseError: parseErrorEnvelope,
      },
      {
        apiKey: "sk_emulator_test",
        baseUrl: emulator.url,
        maxRetries: 6,
        backoff: { initialMs: 1, maxMs: 10 },
        ...options,
      },
    );
    clients.push({ emulator, client });
  }
  return clients as [(typeof clients)[0], (typeof clients)[0]];
}

const injected = (emulator: Emulator) => emulator.state.requestLog.filter((entry: any) => entry.fault).length;

function expectExactlyOnce(got: string[], expected: string[]) {
  expect(expected.length).toBeGreaterThan(0);
  expect(new Set(got).size).toBe(got.length); // no duplicates
  expect(got).toEqual(expected); // nothing missing, same order
}

describe("paginators against the emulators under faults", () => {
  test("Extend: opaque token", async () => {
    const list = ({ client }: { client: ReturnType<typeof createApiClient<any>> }) =>
      paginateToken<string>({
        fetchPage: async (nextPageToken, o) => {
          const call = client.api.GET("/workflow_runs", {
            params: { query: { maxPageSize: 17, ...(nextPageToken ? { nextPageToken } : {}) } },
            ...requestOptions(o),
          });
          const data = await client.unwrap(call);
          return {
            items: data.data.map((r: { id: string }) => r.id),
            nextToken: data.nextPageToken,
            response: (await call).response,
          };
        },
      }).toArray();
    const [clean, faulty] = await pair("extend", { headers: { "x-extend-api-version": "2026-02-09" } });
    const expected = await list(clean);
    expect(expected).toHaveLength(RUNS);
    expectExactlyOnce(await list(faulty), expected);
    expect(injected(faulty.emulator)).toBeGreaterThan(3);
  });

  test("Retab: id cursor forward and backward", async () => {
    const adapter = (client: ReturnType<typeof createApiClient<any>>) => ({
      fetchPage: async (cursor: { before?: string; after?: string }, o: object) => {
        const call = client.api.GET("/v1/workflows/runs", {
          params: { query: { limit: 13, ...cursor } },
          ...requestOptions(o),
        });
        const data = await client.unwrap(call);
        return {
          items: data.data.map((r: { id: string }) => r.id) as string[],
          before: data.list_metadata?.before,
          after: data.list_metadata?.after,
          response: (await call).response,
        };
      },
    });
    const [clean, faulty] = await pair("retab");
    const expected = await paginateIdCursor<string>(adapter(clean.client)).toArray();
    expect(expected.length).toBe(RUNS);
    expectExactlyOnce(await paginateIdCursor<string>(adapter(faulty.client)).toArray(), expected);

    const pivot = expected[100]!;
    const backClean = await paginateIdCursor<string>(adapter(clean.client), { before: pivot }).toArray();
    const backFaulty = await paginateIdCursor<string>(adapter(faulty.client), { before: pivot }).toArray();
    expect(backClean.length).toBeGreaterThan(0);
    expectExactlyOnce(backFaulty, backClean);
    expect(injected(faulty.emulator)).toBeGreaterThan(3);
  });

  test("AnyFormat: page number with read-ahead", async () => {
    const pages = (client: ReturnType<typeof createApiClient<any>>, path: string, concurrency: number) =>
      paginatePageNumber<{ id: string }>(
        {
          pageSize: 7,
          fetchPage: async (page, page_size, o) => {
            const call = client.api.GET(path, {
              params: { query: { page, page_size } },
              ...requestOptions(o),
            });
            const data = await client.unwrap(call);
            return {
              items: data.results,
              count: data.count,
              pageSize: data.page_size,
              response: (await call).response,
            };
          },
        },
        { concurrency },
      ).toArray();
    const runIds = async (client: ReturnType<typeof createApiClient<any>>, concurrency: number) => {
      const ids: string[] = [];
      for (const workflow of await pages(client, "/v2/workflows/", concurrency))
        ids.push(
          ...(await pages(client, `/v2/workflows/${workflow.id}/runs/`, concurrency)).map((r) => r.id),
        );
      return ids;
    };
    const [clean, faulty] = await pair("anyformat");
    const expected = await runIds(clean.client, 1);
    expect(expected.length).toBeGreaterThan(0);
    expectExactlyOnce(await runIds(faulty.client, 3), expected);
    expect(injected(faulty.emulator)).toBeGreaterThan(3);
  });
});
