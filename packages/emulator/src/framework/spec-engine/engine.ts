import { createSeededRandom } from "../random.js";
import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../types.js";
import { conformTo, propertiesOf } from "./conform.js";
import type { WaitDeclaration } from "./declarations.js";
import { getPath, setPath } from "./dot-path.js";
import { cancelledStatus, startJob } from "./job-lifecycle.js";
import { createOperationMatcher, readOperations, type EngineOperation } from "./operations.js";
import { paginate } from "./paginate.js";
import { validateRequest, type RequestIssue } from "./request-validation.js";
import { createResourceStore, type ResourceStore, type StoredObject } from "./resource-store.js";
import { createSchemaDocument, type Schema, type SchemaDocument } from "./schema-document.js";
import { sampleSchema } from "./schema-sampler.js";

/** Where an item's id is found in its stored object. */
interface KeyPlace {
  readonly key: string;
  /** The one field of an envelope answer holding the object, if any. */
  readonly wrapper: string | undefined;
  /** The schema of the object holding the key. */
  readonly schema: Schema;
}

/** The provider's error envelope, for the errors the engine answers itself. */
export interface EngineErrors {
  /** A request that fails the document's schemas (all issues at once). */
  validation(issues: readonly RequestIssue[]): EmulatorResponse;
  /** An item id the collection does not hold. */
  notFound(collection: string, id: string): EmulatorResponse;
  /** A page request that cannot be served (both cursors, a foreign token). */
  badRequest(message: string): EmulatorResponse;
  /** A known path with a method the document does not declare there. */
  methodNotAllowed(allowed: readonly string[]): EmulatorResponse;
}

/** An operation the provider answers itself (a quirk, or a hand-written emulation). */
export type OverrideHandler<State> = (
  request: EmulatorRequest,
  state: State,
  ctx: ProviderContext,
  match: { operation: EngineOperation; params: Record<string, string> },
) => EmulatorResponse;

/** What a provider gives the engine. */
export interface SpecEngineOptions<State> {
  /** The provider's OpenAPI 3.1 document with its `x-docrun-*` declarations. */
  document: Readonly<Record<string, unknown>>;
  errors: EngineErrors;
  /** A fresh id in the provider's style for an object of `collection` (e.g. `/v1/extractions`). */
  createId(collection: string, random: () => number): string;
  /** Operations (by operationId) the provider answers itself. */
  overrides?: Readonly<Record<string, OverrideHandler<State>>>;
  /** Auth check run before the engine answers (not before overrides, which do their own). */
  authenticate?(request: EmulatorRequest, state: State, ctx: ProviderContext): EmulatorResponse | null;
  /** Objects the provider keeps in its own state (shown through the document's schemas). */
  findExternal?(state: State, collection: string, id: string): StoredObject | undefined;
  /** How many objects a collection nobody can create into starts with (default 3). */
  seededItems?: number;
}

/** A generic emulation of a whole OpenAPI document. */
export interface SpecEngine<State> {
  readonly doc: SchemaDocument;
  readonly operations: readonly EngineOperation[];
  /** Fresh engine state for one emulator. */
  createStore(): ResourceStore;
  /** Answers a request, or undefined when no path of the document matches it. */
  handle(
    request: EmulatorRequest,
    state: State,
    ctx: ProviderContext,
    store: ResourceStore,
  ): EmulatorResponse | undefined;
  /** The ids a collection holds now, newest first (seeding it first when it is read-only). */
  idsOf(store: ResourceStore, collection: string): string[];
}

const TIMESTAMPS = ["created_at", "updated_at"];

/**
 * Builds an engine that serves every operation of an OpenAPI document: CRUD on inferred
 * collections, pagination and job lifecycles from `x-docrun-pagination` / `x-docrun-wait`,
 * request validation, sampled answers elsewhere; the provider supplies only its quirks.
 *
 * @example
 * ```ts
 * const engine = createSpecEngine({ document, errors, createId: (c, r) => retabId("obj_", r) });
 * const store = engine.createStore();
 * engine.handle(request, state, ctx, store) ?? notFound();
 * ```
 */
export function createSpecEngine<State>(options: SpecEngineOptions<State>): SpecEngine<State> {
  const doc = createSchemaDocument(options.document);
  const operations = readOperations(doc);
  const matchOperation = createOperationMatcher(operations);
  const { errors } = options;
  const seededItems = options.seededItems ?? 3;
  const waits = new Map<string, WaitDeclaration>();
  const creatable = new Set<string>();
  const itemOps = new Map<string, EngineOperation>();
  for (const operation of operations) {
    if (operation.kind === "create" && operation.collection !== undefined) {
      creatable.add(operation.collection);
      if (operation.wait !== undefined) waits.set(operation.collection, operation.wait);
    }
    if (operation.kind === "get" && operation.collection !== undefined)
      itemOps.set(operation.collection, operation);
  }

  /**
   * Where an item's id lives: the item path's parameter name when the object has that field
   * (`/v1/secrets/{name}`), else `id`; inside `wrapper` when the answer is a one-field envelope
   * (`{ "secret": { "name": … } }`).
   */
  function keyPlace(collectionTemplate: string, schema: Schema): KeyPlace {
    const item = itemOps.get(collectionTemplate);
    const param = item?.segments[item.segments.length - 1]?.slice(1, -1) ?? "id";
    const properties = propertiesOf(doc, schema);
    const names = Object.keys(properties);
    if (param in properties) return { key: param, wrapper: undefined, schema };
    if ("id" in properties) return { key: "id", wrapper: undefined, schema };
    if (names.length === 1) {
      const inner = properties[names[0]!]!;
      const innerProperties = propertiesOf(doc, inner);
      if (param in innerProperties) return { key: param, wrapper: names[0], schema: inner };
      if ("id" in innerProperties) return { key: "id", wrapper: names[0], schema: inner };
    }
    return { key: "id", wrapper: undefined, schema };
  }

  /** A fresh id in the provider's style, or sampled from the key's schema when that style does not fit it. */
  function newId(template: string, place: KeyPlace, random: () => number): string {
    const id = options.createId(template, random);
    const property = propertiesOf(doc, place.schema)[place.key];
    if (property === undefined || doc.validate(property, id).length === 0) return id;
    const sampled = sampleSchema(doc, property, { seed: Math.floor(random() * 2 ** 31) });
    return typeof sampled === "string" ? sampled : id;
  }

  const innerOf = (object: StoredObject, place: KeyPlace): StoredObject =>
    place.wrapper === undefined ? object : ((object[place.wrapper] as StoredObject | undefined) ?? {});
  const wrap = (value: unknown, place: KeyPlace): unknown =>
    place.wrapper === undefined ? value : { [place.wrapper]: value };

  function itemSchema(collectionTemplate: string): Schema | undefined {
    return itemOps.get(collectionTemplate)?.success.schema;
  }

  function collectionOf(store: ResourceStore, template: string, path: string): Map<string, StoredObject> {
    const fresh = !store.has(path);
    const objects = store.collection(path);
    const schema = itemSchema(template);
    // Collections the API gives no way to create into (reviews, versions, usage) start seeded.
    if (fresh && !creatable.has(template) && schema !== undefined && !path.includes("{")) {
      const random = createSeededRandom(hash(path));
      const place = keyPlace(template, schema);
      for (let index = 0; index < seededItems; index += 1) {
        const object = sampleSchema(doc, schema, { seed: hash(path) + index }) as StoredObject;
        if (!isObject(object) || !isObject(innerOf(object, place))) break;
        const id = newId(template, place, random);
        innerOf(object, place)[place.key] = id;
        objects.set(id, object);
      }
    }
    return objects;
  }

  function newestFirst(objects: Map<string, StoredObject>, order: unknown): [string, StoredObject][] {
    const entries = [...objects.entries()];
    return order === "asc" ? entries : entries.reverse();
  }

  function answer(operation: EngineOperation, value: unknown, seed: number): EmulatorResponse {
    const { status, schema, mediaType } = operation.success;
    if (status === 204 || schema === undefined) return { status };
    const body = conformTo(doc, schema, value, seed);
    if (mediaType === undefined || mediaType === "application/json") return { status, json: body };
    return {
      status,
      headers: { "content-type": mediaType },
      body: typeof body === "string" ? body : JSON.stringify(body),
    };
  }

  function stamp(object: StoredObject, schema: Schema, now: number, created: boolean): void {
    const properties = propertiesOf(doc, schema);
    for (const field of TIMESTAMPS) {
      if (!(field in properties) || (!created && field === "created_at")) continue;
      const value = new Date(now).toISOString();
      if (doc.validate(properties[field]!, value).length === 0) object[field] = value;
    }
  }

  function handle(
    request: EmulatorRequest,
    state: State,
    ctx: ProviderContext,
    store: ResourceStore,
  ): EmulatorResponse | undefined {
    const match = matchOperation(request.method, request.path);
    if (match === undefined) return undefined;
    if ("allowed" in match) return errors.methodNotAllowed(match.allowed);
    const { operation, params } = match;
    const override = options.overrides?.[operation.id];
    if (override !== undefined) return override(request, state, ctx, match);
    const denied = options.authenticate?.(request, state, ctx) ?? null;
    if (denied !== null) return denied;
    const checked = validateRequest(doc, operation, params, request.query, request.body);
    if (checked.issues.length > 0) return errors.validation(checked.issues);
    const seed = store.nextSeed();
    const segments = request.path.split("/").map((segment) => decodeURIComponent(segment));
    const template = operation.collection;
    if (template === undefined) return answer(operation, undefined, seed);
    const collectionPath = segments.slice(0, operation.itemSegment ?? segments.length).join("/");
    const objects = collectionOf(store, template, collectionPath);
    const body = checked.body;

    if (operation.kind === "list") return list(operation, objects, checked.query, seed);
    if (operation.kind === "create") {
      const schema = operation.success.schema ?? true;
      const place = keyPlace(template, schema);
      const created = conformTo(doc, schema, wrap(body, place), seed) as StoredObject;
      const inner = innerOf(created, place);
      const chosen = place.key !== "id" && isObject(body) && typeof body[place.key] === "string";
      if (!chosen || typeof inner[place.key] !== "string")
        inner[place.key] = newId(template, place, ctx.random);
      stamp(inner, place.schema, ctx.now(), true);
      const id = String(inner[place.key]);
      objects.set(id, created);
      if (operation.wait !== undefined)
        startJob(created, operation.wait, ctx, () => objects.get(id) === created);
      return answer(operation, created, seed);
    }

    const id = segments[operation.itemSegment!]!;
    const stored = objects.get(id);
    const found = stored ?? options.findExternal?.(state, template, id);
    if (operation.kind === "replace" && found === undefined) {
      const schema = operation.success.schema ?? true;
      const place = keyPlace(template, schema);
      // Only a client-chosen key (a secret's name) can be created by PUT.
      if (place.key === "id") return errors.notFound(template, id);
      const source = wrap({ ...(isObject(body) ? body : {}), [place.key]: id }, place);
      const created = conformTo(doc, schema, source, seed) as StoredObject;
      stamp(innerOf(created, place), place.schema, ctx.now(), true);
      objects.set(id, created);
      return answer(operation, created, seed);
    }
    if (found === undefined) return errors.notFound(template, id);
    switch (operation.kind) {
      case "update":
      case "replace": {
        const schema = itemSchema(template) ?? operation.success.schema ?? true;
        const place = keyPlace(template, schema);
        const previous = innerOf(found, place);
        const fields = isObject(body) ? body : {};
        const next =
          operation.kind === "update"
            ? { ...previous, ...fields }
            : { ...fields, [place.key]: id, created_at: previous["created_at"] };
        const updated = conformTo(doc, schema, wrap(next, place), seed) as StoredObject;
        stamp(innerOf(updated, place), place.schema, ctx.now(), false);
        objects.set(id, updated);
        return answer(operation, updated, seed);
      }
      case "delete":
        objects.delete(id);
        return answer(operation, found, seed);
      case "cancel": {
        const wait = waits.get(template);
        if (
          wait !== undefined &&
          stored !== undefined &&
          wait.pending.includes(String(getPath(stored, wait.status)))
        ) {
          const cancelled = cancelledStatus(wait);
          if (cancelled !== undefined) setPath(stored, wait.status, cancelled);
        }
        return answer(operation, found, seed);
      }
      default:
        return answer(operation, found, seed);
    }
  }

  function list(
    operation: EngineOperation,
    objects: Map<string, StoredObject>,
    query: Readonly<Record<string, unknown>>,
    seed: number,
  ): EmulatorResponse {
    const schema = operation.success.schema ?? true;
    const declaration = operation.pagination;
    const reserved = new Set<string>([
      "order",
      ...(declaration === undefined ? [] : Object.values(declaration.request)),
    ]);
    const entries = newestFirst(objects, query["order"]).filter(([, object]) =>
      Object.entries(query).every(
        ([name, value]) => reserved.has(name) || matchesFilter(object[name], value),
      ),
    );
    const response = sampleSchema(doc, schema, { seed, optionalDepth: 1 }) as StoredObject;
    const itemsPath = declaration?.items ?? firstArrayProperty(schema);
    if (itemsPath === undefined || !isObject(response)) return answer(operation, response, seed);
    const itemsSchema = arrayItemsAt(schema, itemsPath);
    let pageItems = entries;
    if (declaration !== undefined) {
      const limitName =
        declaration.style === "page-number" ? declaration.request.pageSize : declaration.request.limit;
      const limitParam = operation.queryParams.find((parameter) => parameter.name === limitName);
      const fallback =
        limitParam === undefined ? 10 : Number((doc.resolve(limitParam.schema) as any)?.default ?? 10);
      const page = paginate(entries, declaration, query, ([id]) => id, fallback);
      if ("error" in page) return errors.badRequest(page.error);
      pageItems = [...page.items];
      for (const [path, value] of Object.entries(page.fields)) setPath(response, path, value);
    }
    setPath(
      response,
      itemsPath,
      pageItems.map(([, object], index) =>
        itemsSchema === undefined ? object : conformTo(doc, itemsSchema, object, seed + index),
      ),
    );
    return answer(operation, response, seed);
  }

  function firstArrayProperty(schema: Schema): string | undefined {
    for (const [name, property] of Object.entries(propertiesOf(doc, schema))) {
      const resolved = doc.resolve(property);
      if (typeof resolved === "object" && resolved["type"] === "array") return name;
    }
    return undefined;
  }

  function arrayItemsAt(schema: Schema, path: string): Schema | undefined {
    let node: Schema | undefined = schema;
    for (const key of path.split(".")) node = node === undefined ? undefined : propertiesOf(doc, node)[key];
    if (node === undefined) return undefined;
    const resolved = doc.resolve(node);
    return typeof resolved === "object" ? (resolved["items"] as Schema | undefined) : undefined;
  }

  return {
    doc,
    operations,
    createStore: createResourceStore,
    handle,
    idsOf(store, collection) {
      const template =
        operations.find((operation) => operation.collection === collection)?.collection ?? collection;
      return [...collectionOf(store, template, collection).keys()].reverse();
    },
  };
}

function matchesFilter(field: unknown, wanted: unknown): boolean {
  if (field === undefined || wanted === null || wanted === undefined) return true;
  if (typeof field === "object" && field !== null) return true;
  if (Array.isArray(wanted)) return wanted.length === 0 || wanted.map(String).includes(String(field));
  if (typeof wanted === "object") return true;
  return String(field) === String(wanted);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1)
    value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  return value >>> 0;
}
