import { describe, expect, test } from "vitest";
import { InvalidResponseError } from "../errors/errors.js";
import { checkServerTarget } from "./server-target.js";

const rules = { what: "Upload target", methods: ["PUT"], headers: ["content-type", "x-amz-meta-*"] };

describe("checkServerTarget", () => {
  test("a documented target comes back ready to send; the first method is the default", () => {
    expect(
      checkServerTarget(
        {
          url: "https://storage.test/u?sig=1",
          headers: { "Content-Type": "application/pdf", "x-amz-meta-a": "1" },
        },
        rules,
      ),
    ).toEqual({
      url: "https://storage.test/u?sig=1",
      method: "PUT",
      headers: { "Content-Type": "application/pdf", "x-amz-meta-a": "1" },
    });
    expect(checkServerTarget({ url: "http://127.0.0.1:9/u", method: "PUT" }, rules).url).toBe(
      "http://127.0.0.1:9/u",
    );
  });

  test.each([
    [{ url: "/relative" }, /absolute/],
    [{ url: "data:,x" }, /data:/],
    [{ url: "http://storage.test/u" }, /plain http/],
    [{ url: "http://127.0.0.1.evil.test/u" }, /plain http/],
    [{ url: "https://u:p@storage.test/u" }, /credentials/],
    [{ url: "https://storage.test/u", method: "put" }, /method/],
    [{ url: "https://storage.test/u", method: "POST" }, /method/],
    [{ url: "https://storage.test/u", headers: { Authorization: "x" } }, /Authorization/],
    [{ url: "https://storage.test/u", headers: { "content type": "x" } }, /content type/],
    [{ url: "https://storage.test/u", headers: { "content-type": "a\nb" } }, /plain text/],
    [{ url: "https://storage.test/u", headers: "content-type: x" }, /not an object/],
    [{ url: new URL("https://storage.test/u") }, /not an absolute URL/],
    [{ url: "xhttps://storage.test/u" }, /xhttps: URLs are refused/],
    [{ url: "https://u@storage.test/u" }, /credentials/],
    [{ url: "https://:p@storage.test/u" }, /credentials/],
    [
      { url: "https://storage.test/u", headers: { "x-amz-meta-a b": "x" } },
      /"x-amz-meta-a b" is not allowed/,
    ],
    [{ url: "https://storage.test/u", headers: { "x-other": "x" } }, /"x-other" is not allowed/],
    [{ url: "https://storage.test/u", headers: { "content-typex": "x" } }, /"content-typex" is not allowed/],
    [{ url: "https://storage.test/u", headers: { "content-type": 1 } }, /plain text/],
  ])("%o is refused naming why", (target, why) => {
    let error: unknown;
    try {
      checkServerTarget(target, rules);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(why);
    expect((error as Error).message).toMatch(/^Upload target: /);
  });

  test("a refused method is named with every allowed one", () => {
    expect(() =>
      checkServerTarget(
        { url: "https://storage.test/u", method: "GET" },
        { ...rules, methods: ["PUT", "POST"] },
      ),
    ).toThrow('Upload target: method "GET" is not one of PUT, POST');
  });

  test("plain http off loopback is allowed when the caller opted in", () => {
    expect(
      checkServerTarget({ url: "http://storage.test/u" }, { ...rules, allowInsecureHttp: true }).url,
    ).toBe("http://storage.test/u");
  });
});
