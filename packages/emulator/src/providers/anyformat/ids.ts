/**
 * AnyFormat-shaped identifiers. Workflow and collection ids are UUIDv7 (time-ordered, as in
 * AnyFormat's examples such as `069dcc2c-e14c-7606-8000-2ee4fb17b4e1`); workflow versions are
 * short opaque strings like `FGaV4I2JAA`.
 */

import { Buffer } from "node:buffer";

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
const VERSION_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function randomHex(random: () => number, bytes: number): string {
  let out = "";
  for (let index = 0; index < bytes; index++) out += HEX[Math.floor(random() * 256)]!;
  return out;
}

function randomWord(random: () => number): number {
  return Math.floor(random() * 4294967296) >>> 0;
}

// The seed generator makes 100,000 ids at start: writing hex digits into one reused buffer and
// reading it out once makes each id a single flat string, where concatenating 22 pieces made a
// tree of intermediate strings per id (most of the seed's garbage).
const HEX_DIGITS = Uint8Array.from("0123456789abcdef", (digit) => digit.charCodeAt(0));
const UUID_SCRATCH = Buffer.alloc(36, "-".charCodeAt(0));

function putByte(position: number, byte: number): void {
  UUID_SCRATCH[position] = HEX_DIGITS[(byte >>> 4) & 15]!;
  UUID_SCRATCH[position + 1] = HEX_DIGITS[byte & 15]!;
}

/**
 * A UUIDv7 for `timeMs`: 48-bit millisecond timestamp, version 7, RFC 4122 variant, the rest
 * drawn from `random` (so ids sort by creation time and a seeded random repeats them).
 *
 * @example
 * ```ts
 * uuidV7(Date.UTC(2026, 2, 24), Math.random); // "0195c6a8-0800-7…-…"
 * ```
 */
export function uuidV7(timeMs: number, random: () => number): string {
  const time = Math.max(0, Math.floor(timeMs));
  const high = Math.floor(time / 65536) >>> 0; // top 32 of the 48 timestamp bits
  const low = time % 65536;
  const a = randomWord(random);
  const b = randomWord(random);
  const c = randomWord(random);
  putByte(0, high >>> 24);
  putByte(2, high >>> 16);
  putByte(4, high >>> 8);
  putByte(6, high);
  putByte(9, low >>> 8);
  putByte(11, low);
  putByte(14, 0x70 | ((a >>> 24) & 15));
  putByte(16, a >>> 16);
  putByte(19, 0x80 | ((a >>> 8) & 63));
  putByte(21, a);
  putByte(24, b >>> 24);
  putByte(26, b >>> 16);
  putByte(28, b >>> 8);
  putByte(30, b);
  putByte(32, c >>> 24);
  putByte(34, c >>> 16);
  return UUID_SCRATCH.toString("latin1", 0, 36);
}

/**
 * A workflow version id: 10 characters of `[A-Za-z0-9]`, like AnyFormat's `FGaV4I2JAA`.
 *
 * @example
 * ```ts
 * versionId(Math.random); // "q3ZbT0aLkA"
 * ```
 */
export function versionId(random: () => number): string {
  let out = "";
  for (let index = 0; index < 10; index++)
    out += VERSION_ALPHABET[Math.floor(random() * VERSION_ALPHABET.length)]!;
  return out;
}

/**
 * A webhook subscription id (`wh_` + 20 hex digits, the prefix AnyFormat's examples use).
 *
 * @example
 * ```ts
 * webhookId(Math.random); // "wh_0693f1c2a7b84e0d9c51"
 * ```
 */
export function webhookId(random: () => number): string {
  return `wh_${randomHex(random, 10)}`;
}

/**
 * A webhook signing secret (`whsec_` + 32 hex digits). Emulator-grade randomness only.
 *
 * @example
 * ```ts
 * webhookSecret(Math.random); // "whsec_5f0c…"
 * ```
 */
export function webhookSecret(random: () => number): string {
  return `whsec_${randomHex(random, 16)}`;
}

/**
 * A webhook event id (used by receivers for replay protection).
 *
 * @example
 * ```ts
 * eventId(Math.random); // "evt_1c9e…"
 * ```
 */
export function eventId(random: () => number): string {
  return `evt_${randomHex(random, 12)}`;
}

/**
 * A stable 32-bit hash of a string (FNV-1a), used to derive deterministic fake results from an id.
 *
 * @example
 * ```ts
 * hashString("069dcc2c-e14c-7606-8000-2ee4fb17b4e1"); // same number every time
 * ```
 */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
