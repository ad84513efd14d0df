import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  DocrunError,
  InternalServerError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  WebhookSignatureError,
  WebhookVerificationError,
} from "./errors.js";
import { createApiError, parseErrorEnvelope } from "./create-api-error.js";

const response = (status: number, headers: Record<string, string> = {}) =>
  new Response(null, { status, headers });

describe("createApiError", () => {
  test.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [402, PaymentRequiredError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, ApiError],
  ])("%i → %o", (status, Class) => {
    const err = createApiError(response(status), {}, {}, 1);
    expect(err).toBeInstanceOf(Class);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toBeInstanceOf(DocrunError);
    expect(err.name).toBe(Class.name);
    expect(err.status).toBe(status);
  });

  test("carries code, message, request id, retryable, attempts and retry hint", () => {
    const res = response(429, { "retry-after": "7", "x-request-id": "req_1" });
    const body = { error: "slow down", error_code: "RATE_LIMITED", retryable: true };
    const err = createApiError(res, body, parseErrorEnvelope(body, res), 3) as RateLimitError;
    expect(err.message).toBe("429 slow down");
    expect(err.code).toBe("RATE_LIMITED");
    expect(err.requestId).toBe("req_1");
    expect(err.retryable).toBe(true);
    expect(err.attempts).toBe(3);
    expect(err.retryAfterMs).toBe(7000);
    expect(err.headers.get("retry-after")).toBe("7");
    expect(err.body).toEqual(body);
  });

  test("retryable defaults by status; the envelope may override", () => {
    expect(createApiError(response(400), {}, {}, 1).retryable).toBe(false);
    expect(createApiError(response(503), {}, {}, 1).retryable).toBe(true);
    expect(createApiError(response(409), {}, {}, 1).retryable).toBe(true);
    expect(createApiError(response(500), {}, { retryable: false }, 1).retryable).toBe(false);
  });

  test("toJSON and inspect are safe and short: no headers, no stack in JSON", () => {
    const err = createApiError(
      response(404, { "set-cookie": "secret=1" }),
      { detail: "nope" },
      { message: "nope" },
      1,
    );
    const json = JSON.parse(JSON.stringify(err));
    expect(json).toMatchObject({
      name: "NotFoundError",
      message: "404 nope",
      status: 404,
      body: { detail: "nope" },
    });
    expect(json.headers).toBeUndefined();
    expect(json.stack).toBeUndefined();
    expect(inspect(err)).not.toContain("secret=1");
  });
});

describe("parseErrorEnvelope", () => {
  const parse = (body: unknown) => parseErrorEnvelope(body, response(400));
  test("nested error object", () =>
    expect(parse({ error: { message: "bad", code: "invalid" } })).toMatchObject({
      message: "bad",
      code: "invalid",
    }));
  test("AnyFormat envelope", () =>
    expect(
      parse({ error: "Not found", detail: "x", error_code: "NOT_FOUND", retryable: false, request_id: "r1" }),
    ).toEqual({ code: "NOT_FOUND", message: "Not found", requestId: "r1", retryable: false }));
  test("detail object", () =>
    expect(parse({ detail: { code: "c", message: "m" } })).toMatchObject({ code: "c", message: "m" }));
  test("FastAPI validation list", () =>
    expect(parse({ detail: [{ loc: ["body"], msg: "field required" }] })).toMatchObject({
      message: "field required",
    }));
  test("plain text", () => expect(parse("Bad Gateway")).toMatchObject({ message: "Bad Gateway" }));
  test("empty", () => expect(parse(undefined)).toMatchObject({ message: undefined }));
});

describe("DocrunError", () => {
  test("cause stays non-enumerable, other props are own fields", () => {
    const cause = new Error("low level");
    const err = new ConnectionError("failed", { cause, attempts: 2 });
    expect(err.cause).toBe(cause);
    expect(Object.keys(err)).toEqual(["attempts"]);
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: "ConnectionError",
      message: "failed",
      attempts: 2,
    });
  });
  test("webhook subclasses", () => {
    const err = new WebhookSignatureError("x", { reason: "signature_mismatch" });
    expect(err).toBeInstanceOf(WebhookVerificationError);
    expect(err.reason).toBe("signature_mismatch");
    expect(String(err.stack)).toContain("WebhookSignatureError");
  });
});
