/**
 * Revert data out of whatever error ethers or the Hardhat provider threw, decoded
 * with the contract's ABI (from the Hardhat artifacts) and put into words by
 * sdk/errors.ts.
 */
import type { Interface } from "ethers";
import { describeContractError, type NameLookup } from "../../../sdk/errors.js";

const HEX = /^0x[0-9a-fA-F]*$/;

/** Finds the first revert payload (a 4-byte selector or more) inside a nested error object. */
export function findRevertData(error: unknown, depth = 0): string | undefined {
  if (error === null || typeof error !== "object" || depth > 6) return undefined;
  const e = error as Record<string, unknown>;
  const data = e.data;
  if (typeof data === "string" && HEX.test(data) && data.length >= 10) return data;
  if (data && typeof data === "object") {
    const inner = findRevertData(data, depth + 1);
    if (inner) return inner;
    const nested = (data as Record<string, unknown>).data;
    if (typeof nested === "string" && HEX.test(nested) && nested.length >= 10) return nested;
  }
  for (const key of ["error", "info", "cause", "parent"]) {
    const inner = findRevertData(e[key], depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

export interface DecodedRevert {
  name: string;
  args: readonly unknown[];
}

export function decodeRevert(iface: Interface, error: unknown): DecodedRevert | undefined {
  const data = findRevertData(error);
  if (!data) return undefined;
  try {
    const parsed = iface.parseError(data);
    if (parsed) return { name: parsed.name, args: [...parsed.args] };
  } catch {
    // not one of ours: fall through
  }
  return undefined;
}

/** A sentence for a failed call, or undefined when the error is not a decodable revert. */
export async function explainRevert(iface: Interface, error: unknown, lookup?: NameLookup): Promise<string | undefined> {
  const decoded = decodeRevert(iface, error);
  if (!decoded) return undefined;
  return describeContractError(decoded.name, decoded.args, lookup);
}
