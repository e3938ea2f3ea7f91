/**
 * Document digests: SHA-256 of the file's bytes, as 0x-prefixed lower-case hex. The one module for
 * Node (terminal tool, seeder, fill, tests, e2e) and the browser (dApp), so that a file hashed
 * anywhere matches, and anyone can check with `sha256sum`. The document itself never leaves the
 * machine that hashes it. Files are hashed by WebCrypto (`crypto.subtle`, in browsers and Node 22);
 * many small texts synchronously by viem's sha256; both give the same digest (test/sdk/hashing.test.ts).
 */
import { sha256 } from "viem";
import type { Hex } from "./eip712.js";

const HASH_PATTERN = /^0x[0-9a-fA-F]{64}$/;

/** SHA-256 of raw bytes (WebCrypto). */
export async function sha256Hex(bytes: Uint8Array | ArrayBuffer): Promise<Hex> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const digest = await globalThis.crypto.subtle.digest("SHA-256", view as Uint8Array<ArrayBuffer>);
  let hex = "0x";
  for (const b of new Uint8Array(digest)) hex += b.toString(16).padStart(2, "0");
  return hex as Hex;
}

/** SHA-256 of a File or Blob (read where it is, never uploaded). */
export async function sha256File(file: Blob): Promise<Hex> {
  return sha256Hex(await file.arrayBuffer());
}

/** The same digest, synchronously: of bytes, or of a text's UTF-8 bytes (the sample's and the fill's documents). */
export function sha256Sync(data: Uint8Array | string): Hex {
  return sha256(typeof data === "string" ? new TextEncoder().encode(data) : data);
}

/** True for a 0x-prefixed 32-byte hex string. */
export function isContentHash(value: string): value is Hex {
  return HASH_PATTERN.test(value);
}

/** Normalises a pasted hash (trims, adds 0x, lower-cases) or returns null when it is not one. */
export function parseContentHash(value: string): Hex | null {
  const v = value.trim();
  const withPrefix = v.startsWith("0x") || v.startsWith("0X") ? `0x${v.slice(2)}` : `0x${v}`;
  return isContentHash(withPrefix) ? (withPrefix.toLowerCase() as Hex) : null;
}

export type HashCheck = { readonly ok: true; readonly value: Hex } | { readonly ok: false; readonly reason: string };

/** A line `sha256sum` prints: the hash, a space, then a space (text mode) or `*` (binary mode) and the file name. */
const SHA256SUM_LINE = /^\\?([0-9a-fA-F]{64}) [ *].*$/s;

/**
 * Checks a pasted hash (surrounding spaces ignored): 64 hex characters with or without 0x, as
 * {@link parseContentHash} takes them, or a whole `sha256sum` line (`<hash>  <file name>`). The
 * reasons are English sentences; the dApp words them in the page's language (HashInput).
 */
export function parseBytes32Hex(input: string): HashCheck {
  const value = input.trim();
  if (value === "") return { ok: false, reason: "Enter a hash." };
  const line = SHA256SUM_LINE.exec(value.split(/\r?\n/)[0] ?? "");
  const hash = parseContentHash(line?.[1] ?? value);
  if (hash) return { ok: true, value: hash };
  const body = value.startsWith("0x") || value.startsWith("0X") ? value.slice(2) : value;
  if (!/^[0-9a-fA-F]*$/.test(body)) return { ok: false, reason: "Only hex characters (0-9, a-f) may form a hash." };
  return { ok: false, reason: `Expected 64 hex characters, got ${body.length}.` };
}
