// The engine on a small document of its own, served by a custom provider module over loopback:
// token and page-number pagination, per-operation overrides, the provider's error envelope and
// id style, and clear errors for malformed declarations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../start-emulator.js";
import type { ProviderModule } from "../types.js";
import { createSpecEngine } from "./engine.js";

const note = {
  type: "object",
  required: ["id", "text"],
  properties: {
    id: { type: "string" },
    text: { type: "string", minLength: 1 },
    created_at: { type: "string", format: "date-time" },
  },
};

function document(listPagination: unknown, extra: Record<string, unknown> = {}) {
  return {
    openapi: "3.1.0",
    info: { title: "notes", version: "1" },
    "x-docrun": {
      pagination: {
        tokens: {
          style: "token",
          items: "items",
          request: { token: "pageToken", limit: "pageSize" },
          response: { next: "nextPageToken" },
        },
      },
    },
    components: { schemas: { Note: note } },
    paths: {
      "/notes": {
        get: {
          operationId: "list_notes",
          "x-docrun-pagination": listPagination,
          parameters: [
            { in: "query", name: "pageToken", schema: { type: "string" } },
            {
              in: "query",
              name: "pageSize",
              schema: { type: "integer", minimum: 1, maximum: 50, default: 2 },
            },
            { in: "query", name: "page", schema: { type: "integer", minimum: 1 } },
          ],
          responses: {
            "200": {
              description: "ok",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["items"],
                    properties: {
                      items: { type: "array", items: { $ref: "#/components/schemas/Note" } },
                      nextPageToken: { type: ["string", "null"] },
                      count: { type: "integer" },
                    },
                  },
                },
              },
            },
          },
        },
        post: {
          operationId: "create_note",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["text"],
                  properties: { text: { type: "string", minLength: 1 } },
                },
              },
            },
          },
          responses: {
            "201": {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Note" } } },
            },
          },
        },
      },
      "/notes/{note_id}": {
        get: {
          operationId: "get_note",
          parameters: [{ in: "path", name: "note_id", required: true, schema: { type: "string" } }],
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Note" } } },
            },
          },
        },
      },
      "/notes/{note_id}/pin": {
        post: {
          operationId: "pin_note",
          parameters: [{ in: "path", name: "note_id", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } },
          },
        },
      },
      ...extra,
    },
  };
}

function notesProvider(listPagination: unknown): ProviderModule<{ pinned: string[] }> {
  let counter = 0;
  const engine = createSpecEngine<{ pinned: string[] }>({
    document: document(listPagination),
    errors: {
      validation: (issues) => ({
        status: 400,
        json: { error: { code: "invalid", fields: issues.map((i) => i.path.join(".")) } },
      }),
      notFound: (_collection, id) => ({ status: 404, json: { error: { code: "not_found", id } } }),
      badRequest: (message) => ({ status: 400, json: { error: { code: "bad_request", message } } }),
      methodNotAllowed: () => ({ status: 405, json: { error: { code: "method" } } }),
    },
    createId: () => `note_${String((counter += 1)).padStart(4, "0")}`,
    overrides: {
      pin_note: (_request, state, _ctx, match) => {
        state.pinned.push(match.params["note_id"]!);
        return { status: 200, json: { pinned: state.pinned } };
      },
    },
  });
  const store = engine.createStore();
  return {
    name: "retab",
    requestIdHeader: "x-request-id",
    createState: () => ({ pinned: [] }),
    handle: (request, state, ctx) =>
      engine.handle(request, state, ctx, store) ?? { status: 404, json: { error: { code: "route" } } },
    errorResponse: () => ({ status: 500, json: {} }),
    signWebhook: async () => ({}),
  };
}

async function json(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as any };
}

describe("createSpecEngine on a custom document", () => {
  let tokens: Emulator<{ pinned: string[] }>;
  let pages: Emulator<{ pinned: string[] }>;
  const post = (emulator: Emulator<unknown>, text: unknown) =>
    json(`${emulator.url}/notes`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });

  beforeAll(async () => {
    tokens = await startEmulator({ provider: notesProvider("tokens") });
    pages = await startEmulator({
      provider: notesProvider({
        style: "page-number",
        items: "items",
        request: { page: "page", pageSize: "pageSize" },
        response: { total: "count" },
      }),
    });
    for (const text of ["a", "b", "c", "d", "e"]) {
      await post(tokens, text);
      await post(pages, text);
    }
  });
  afterAll(async () => {
    await tokens.close();
    await pages.close();
  });

  it("walks token pages to the end, newest first, with the provider's ids", async () => {
    const seen: string[] = [];
    let token: string | null = "";
    while (token !== null) {
      const page = await json(`${tokens.url}/notes?pageSize=2${token === "" ? "" : `&pageToken=${token}`}`);
      seen.push(...page.body.items.map((item: { text: string }) => item.text));
      token = page.body.nextPageToken;
    }
    expect(seen).toEqual(["e", "d", "c", "b", "a"]);
    expect((await json(`${tokens.url}/notes/note_0001`)).body).toMatchObject({ id: "note_0001", text: "a" });
    const foreign = await json(`${tokens.url}/notes?pageToken=nonsense`);
    expect(foreign).toMatchObject({ status: 400, body: { error: { code: "bad_request" } } });
  });

  it("serves page-number pages with the total", async () => {
    const second = await json(`${pages.url}/notes?page=2&pageSize=2`);
    expect(second.body.items.map((item: { text: string }) => item.text)).toEqual(["c", "b"]);
    expect(second.body.count).toBe(5);
  });

  it("answers in the provider's envelope: validation, unknown id, override", async () => {
    expect(await post(tokens, "")).toMatchObject({
      status: 400,
      body: { error: { code: "invalid", fields: ["text"] } },
    });
    expect(await json(`${tokens.url}/notes?pageSize=500`)).toMatchObject({
      status: 400,
      body: { error: { fields: ["pageSize"] } },
    });
    expect(await json(`${tokens.url}/notes/nope`)).toMatchObject({
      status: 404,
      body: { error: { code: "not_found", id: "nope" } },
    });
    expect(await json(`${tokens.url}/notes/note_0002/pin`, { method: "POST" })).toMatchObject({
      status: 200,
      body: { pinned: ["note_0002"] },
    });
    expect((await json(`${tokens.url}/notes`, { method: "DELETE" })).status).toBe(405);
  });

  it("refuses malformed declarations with a message naming the operation and the field", () => {
    const base = { errors: {} as never, createId: () => "x" };
    expect(() => createSpecEngine({ ...base, document: document("nope") })).toThrow(
      'x-docrun-pagination of list_notes: no preset "nope" under x-docrun.pagination',
    );
    expect(() =>
      createSpecEngine({
        ...base,
        document: document({
          style: "token",
          items: "items",
          request: { token: "t" },
          response: { next: "n" },
        }),
      }),
    ).toThrow("x-docrun-pagination of list_notes: request.limit is missing (style token)");
    const waiting = document("tokens");
    (waiting.paths["/notes"].post as Record<string, unknown>)["x-docrun-wait"] = {
      poll: "get_nothing",
      id: "id",
      status: "status",
      pending: ["pending"],
      succeeded: ["done"],
      failed: [],
    };
    expect(() => createSpecEngine({ ...base, document: waiting })).toThrow(
      'x-docrun-wait of create_note: poll names "get_nothing", which is no operationId',
    );
  });
});
