import { InvalidResponseError } from "../errors/errors.js";

const decoder = new TextDecoder();
const bodies = new WeakMap<Response, [bytes: Uint8Array, json: unknown]>();
let replaying: Response | undefined;

/** The `InvalidResponseError` for a response that is not what was promised. */
export const invalid = (res: Response, what: string, why: string): InvalidResponseError =>
  new InvalidResponseError(`${what}: ${res.status} ${why}`, { status: res.status });

// A response over the same bytes, unread (for `body`, `clone()`, `arrayBuffer()`, …).
const fresh = (res: Response): any => {
  const [bytes] = bodies.get(res)!;
  return Object.defineProperty(new Response(bytes.length ? (bytes as BufferSource) : null, res), "url", {
    value: res.url,
  });
};

// Methods of a response whose body core already read: `text()`/`json()` answer from the bytes (and
// the JSON parsed while checking it); the rest read a fresh `Response` over the same bytes. Built
// once and swapped in as the prototype: cheaper per response than defining own properties.
const replayPrototype = (): Response => {
  const proto = Object.create(Response.prototype, {
    bodyUsed: { value: false },
    body: {
      get(this: Response) {
        return fresh(this).body;
      },
    },
  });
  for (const name of ["arrayBuffer", "blob", "bytes", "formData", "clone", "text", "json"])
    proto[name] = function (this: Response) {
      const [bytes, json] = bodies.get(this)!;
      return name == "clone"
        ? fresh(this)
        : name == "text"
          ? Promise.resolve(decoder.decode(bytes))
          : name == "json" && json !== undefined
            ? Promise.resolve(json)
            : fresh(this)[name]();
    };
  return proto;
};

/**
 * Reads the whole body (so the attempt's timeout covers it), at most `cap` bytes; rejects a 2xx HTML
 * page or JSON that does not parse. The response then answers `text()`/`json()` from what was read,
 * without reading or copying again.
 */
export async function readBody(res: Response, cap: number, what: string): Promise<void> {
  const tooLarge = () => invalid(res, what, `body above maxResponseBytes (${cap})`);
  if (+res.headers.get("content-length")! > cap) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  for (let chunk; reader && !(chunk = await reader.read()).done; chunks.push(chunk.value))
    if ((size += chunk.value.length) > cap) throw tooLarge();
  // Most bodies arrive in one chunk: keep it instead of copying it.
  const bytes = chunks.length == 1 ? chunks[0]! : new Uint8Array(size);
  if (chunks.length > 1) {
    let at = 0;
    for (const chunk of chunks) (bytes.set(chunk, at), (at += chunk.length));
  }
  const type = res.headers.get("content-type");
  let json: unknown;
  if (res.ok && size) {
    if (/html/i.test(type!)) throw invalid(res, what, "HTML page (wrong baseUrl?)");
    if (/json/i.test(type!))
      try {
        json = JSON.parse(decoder.decode(bytes));
      } catch {
        throw invalid(res, what, "invalid JSON (truncated?)");
      }
  }
  bodies.set(res, [bytes, json]);
  Object.setPrototypeOf(res, (replaying ??= replayPrototype()));
}

/** How many body bytes core read for `res` (undefined for a response core's transport did not read). */
export const bodySize = (res: Response): number | undefined => bodies.get(res)?.[0].length;
