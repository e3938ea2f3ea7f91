/** Normalisation of values so that model and chain compare as strings. */
import { Refusal, type EventM } from "./types.js";

export const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";
export const ZERO_BYTES32 = `0x${"0".repeat(64)}`;
export const DEFAULT_ADMIN_ROLE = ZERO_BYTES32;

/** Hex strings lower-case, numbers and bigints in decimal, booleans as "true"/"false", arrays recursively. */
export function norm(value: unknown): string {
  if (typeof value === "bigint" || typeof value === "number") return BigInt(value).toString();
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return /^0x[0-9a-fA-F]*$/.test(value) ? value.toLowerCase() : value;
  if (Array.isArray(value)) return `[${value.map(norm).join(",")}]`;
  if (value === null || value === undefined) return String(value);
  throw new TypeError(`cannot normalise ${typeof value}`);
}

export function ev(name: string, ...args: unknown[]): EventM {
  return { name, args: args.map(norm) };
}

export function refuse(name: string, ...args: unknown[]): never {
  throw new Refusal(name, args.map(norm));
}

/** Solidity `(fields >> field) & 1 == 1` on a uint32 (JS shifts wrap at 32, Solidity's do not). */
export function hasField(fields: number, field: number): boolean {
  return field < 32 && ((fields >>> field) & 1) === 1;
}

export const lc = (a: string): string => a.toLowerCase();
