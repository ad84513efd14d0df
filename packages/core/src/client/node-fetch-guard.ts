// Node's fetch (undici 6.x in Node 20) fails a response with more than five Content-Encoding
// layers only after making the body stream, and leaves that stream without an 'error' listener:
// when the connection later closes with an error, or the request is aborted, Node throws that
// error as an uncaught exception and the process exits, whatever the caller catches. The guard is
// a dispatcher that forwards everything to Node's own and gives such an orphaned stream a
// listener (its body was never going to be read). Elsewhere (browsers, Deno, Bun) it is unused.

const GLOBAL = Symbol.for("undici.globalDispatcher.1");
const g = globalThis as any;
let guard: object | null | undefined; // null: not on Node's fetch

/** The guard once known (`null`: none needed), `undefined` before the first call. */
export const knownGuard = (): object | null | undefined => guard;

const dispatcher = {
  get isMockActive() {
    return g[GLOBAL].isMockActive;
  },
  dispatch(options: object, handler: object) {
    const wrapped = Object.create(handler);
    wrapped.onHeaders = onHeaders;
    return g[GLOBAL].dispatch(options, wrapped);
  },
};

// Shared by every request (no closure each time); `this` is the wrapped handler.
function onHeaders(this: any, status: number, headers: unknown, resume: unknown, text: string) {
  const result = Object.getPrototypeOf(this).onHeaders.call(this, status, headers, resume, text);
  if (this.body?.listenerCount?.("error") === 0) this.body.on("error", ignore);
  return result;
}
const ignore = () => {};

/**
 * The dispatcher to pass to Node's global `fetch` (`undefined` elsewhere); settles at once after
 * the first call.
 */
export async function nodeFetchGuard(): Promise<object | undefined> {
  if (guard === undefined) guard = await findGuard();
  return guard ?? undefined;
}

async function findGuard(): Promise<object | null> {
  if (!g.process?.versions?.node || g.Deno || g.Bun) return null;
  // Node makes its global dispatcher on the first fetch; a `data:` fetch makes it without a socket.
  if (!g[GLOBAL]) await fetch("data:,").catch(String);
  return typeof g[GLOBAL]?.dispatch == "function" ? dispatcher : null;
}
