/**
 * A contract's refusal out of whatever error a client threw: the revert data dug out of
 * viem's error chain, ethers' errors (`data`, `error`, `info`, `parent`), a Hardhat provider's
 * or a raw JSON-RPC error; decoded against the suite's generated ABIs into the custom error's
 * name and arguments, which errors.ts puts into words. Used by the terminal tool, the dApp and
 * the seeder alike.
 */
import { BaseError, ContractFunctionRevertedError, decodeErrorResult, type Abi, type Hex } from "viem";
import { describeContractError, type NameLookup } from "./errors.js";
import { pilotProgrammeAbi, programmeGovernorAbi, programmeReaderAbi, programmeSeatsAbi, programmeTimelockAbi } from "./generated/abis.js";

/** A custom error's name and decoded arguments (viem's types: small integers as numbers, wider ones as bigints). */
export interface DecodedRevert {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** Every custom error of the programme, its reader, governor, timelock and seats, each once: decodes a refusal wherever it came from. */
export const SUITE_ERRORS: Abi = (() => {
  const seen = new Map<string, Abi[number]>();
  for (const abi of [pilotProgrammeAbi, programmeReaderAbi, programmeGovernorAbi, programmeTimelockAbi, programmeSeatsAbi] as readonly Abi[]) {
    for (const item of abi) if (item.type === "error") seen.set(`${item.name}(${item.inputs.map((i) => i.type).join(",")})`, item);
  }
  return [...seen.values()];
})();

/** Revert data: a 4-byte selector or more. */
const REVERT_DATA = /^0x[0-9a-fA-F]{8,}$/;
const isRevertData = (v: unknown): v is Hex => typeof v === "string" && REVERT_DATA.test(v);
/** Where viem (`cause`), ethers (`error`, `info`, `parent`) and providers (`data.data`) nest the error that carries the data. */
const NESTED = ["data", "error", "info", "cause", "parent"] as const;
const MAX_DEPTH = 8;

/** The first revert payload inside a (nested) error object, searched depth first; undefined when there is none. */
export function findRevertData(error: unknown, depth = 0): Hex | undefined {
  if (error === null || typeof error !== "object" || depth > MAX_DEPTH) return undefined;
  const e = error as Record<string, unknown>;
  if (isRevertData(e.data)) return e.data;
  for (const key of NESTED) {
    const inner = findRevertData(e[key], depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

/** Revert data decoded against `abi` (default: the whole suite's errors); undefined when no error of it matches. */
export function decodeRevertData(data: Hex, abi: Abi = SUITE_ERRORS): DecodedRevert | undefined {
  try {
    const decoded = decodeErrorResult({ abi, data });
    return { name: decoded.errorName, args: decoded.args ?? [] };
  } catch {
    return undefined;
  }
}

/** The custom error (name and arguments) behind a failed call, if there is one. */
export function decodeRevert(error: unknown, abi: Abi = SUITE_ERRORS): DecodedRevert | undefined {
  if (error instanceof BaseError) {
    const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
    if (reverted instanceof ContractFunctionRevertedError && reverted.data?.errorName) {
      return { name: reverted.data.errorName, args: reverted.data.args ?? [] };
    }
  }
  const data = findRevertData(error);
  return data ? decodeRevertData(data, abi) : undefined;
}

/** A sentence for a failed call (errors.ts, no trailing full stop), or undefined when the error is not a decodable revert. */
export async function explainRevert(error: unknown, lookup?: NameLookup, abi: Abi = SUITE_ERRORS): Promise<string | undefined> {
  const decoded = decodeRevert(error, abi);
  return decoded ? describeContractError(decoded.name, decoded.args, lookup) : undefined;
}
