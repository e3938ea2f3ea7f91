/**
 * Browser-side document hashing. The file is read locally with the File API
 * and hashed by WebCrypto: it never leaves the device.
 */
import type { Hex } from "viem";

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

/** Validates a pasted hash: 0x followed by exactly 64 hex characters (surrounding spaces ignored). */
export function parseBytes32Hex(input: string): HashCheck {
  const value = input.trim();
  if (value === "") return { ok: false, reason: "Enter a hash." };
  if (!value.startsWith("0x") && !value.startsWith("0X")) return { ok: false, reason: "A hash starts with 0x." };
  const body = value.slice(2);
  if (!/^[0-9a-fA-F]*$/.test(body)) return { ok: false, reason: "Only hex characters (0-9, a-f) may follow 0x." };
  if (body.length !== 64) return { ok: false, reason: `Expected 64 hex characters after 0x, got ${body.length}.` };
  return { ok: true, value: `0x${body.toLowerCase()}` as Hex };
}

export const isBytes32Hex = (value: string): value is Hex => BYTES32_HEX_RE.test(value);
