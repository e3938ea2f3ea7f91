/**
 * Browser-side document hashing. The file is read locally with the File API
 * and hashed by WebCrypto: it never leaves the device.
 */
import type { Hex } from "viem";
import { parseContentHash } from "@sdk/hashing";

export const BYTES32_HEX_RE = /^0x[0-9a-fA-F]{64}$/;

export function bytesToHex(bytes: Uint8Array): Hex {
  let out = "0x";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out as Hex;
}

/** SHA-256 of raw bytes as 0x-prefixed, lower-case, 32-byte hex. */
export async function sha256Bytes(data: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<Hex> {
  const digest = await crypto.subtle.digest("SHA-256", data);
  return bytesToHex(new Uint8Array(digest));
}

/** SHA-256 of a File or Blob (read in the browser, never uploaded). */
export async function sha256File(file: Blob): Promise<Hex> {
  return sha256Bytes(await file.arrayBuffer());
}

export type HashCheck =
  | { readonly ok: true; readonly value: Hex }
  | { readonly ok: false; readonly reason: string };

/** A line `sha256sum` prints: the hash, a space, then a space (text mode) or `*` (binary mode) and the file name. */
const SHA256SUM_LINE = /^\\?([0-9a-fA-F]{64}) [ *].*$/s;

/**
 * Validates a pasted hash (surrounding spaces ignored): 64 hex characters with or without 0x, as the terminal
 * tool takes them (sdk/hashing.ts parseContentHash), or a whole `sha256sum` line (`<hash>  <file name>`).
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

export const isBytes32Hex = (value: string): value is Hex => BYTES32_HEX_RE.test(value);
