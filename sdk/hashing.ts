/**
 * Document digests: SHA-256 of the file's bytes, as 0x-prefixed hex. The same
 * function runs in Node (terminal tool) and in the browser (dApp), so that a
 * file hashed anywhere matches, and anyone can check with `sha256sum`.
 * The document itself never leaves the machine that hashes it.
 */
import type { Hex } from "./eip712.js";

const HASH_PATTERN = /^0x[0-9a-fA-F]{64}$/;

export async function sha256Hex(bytes: Uint8Array | ArrayBuffer): Promise<Hex> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const digest = await globalThis.crypto.subtle.digest("SHA-256", view as Uint8Array<ArrayBuffer>);
  let hex = "0x";
  for (const b of new Uint8Array(digest)) hex += b.toString(16).padStart(2, "0");
  return hex as Hex;
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
