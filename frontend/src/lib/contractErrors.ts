/**
 * Contract refusals in plain words. Thin adapter over sdk/errors.ts (shared
 * with the terminal tool): find the revert in viem's error chain, decode it
 * against the programme's ABI, then describe it with names from the registry.
 */
import { BaseError, ContractFunctionRevertedError, decodeErrorResult, type Hex } from "viem";
import { describeContractError, type NameLookup } from "@sdk/errors";
import { pilotProgrammeAbi } from "@sdk/generated/abis";
import i18n from "../i18n";
import { localContractError } from "../i18n/contractErrors";
import { isUserRejection, walletErrorMessage } from "../wallet/walletErrors";

export interface DecodedRevert {
  readonly name: string;
  readonly args: readonly unknown[];
}

const HEX_DATA = /^0x[0-9a-fA-F]{8,}$/;

function revertData(error: unknown): Hex | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === "object" && current !== null; depth++) {
    const data = (current as { data?: unknown }).data;
    if (typeof data === "string" && HEX_DATA.test(data)) return data as Hex;
    if (typeof data === "object" && data !== null) {
      const inner = (data as { data?: unknown }).data;
      if (typeof inner === "string" && HEX_DATA.test(inner)) return inner as Hex;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The custom error (name and arguments) behind a failed call, if there is one. */
export function decodeRevert(error: unknown): DecodedRevert | undefined {
  if (error instanceof BaseError) {
    const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
    if (reverted instanceof ContractFunctionRevertedError && reverted.data?.errorName) {
      return { name: reverted.data.errorName, args: reverted.data.args ?? [] };
    }
  }
  const data = revertData(error);
  if (!data) return undefined;
  try {
    const decoded = decodeErrorResult({ abi: pilotProgrammeAbi, data });
    return { name: decoded.errorName, args: decoded.args ?? [] };
  } catch {
    return undefined;
  }
}

/** Long hex (addresses, uids) shortened: the sentence stays readable; the wallet shows the full account. */
const shortenHex = (text: string): string => text.replace(/0x[0-9a-fA-F]{40,}/g, (h) => `${h.slice(0, 6)}…${h.slice(-4)}`);

const sentence = (text: string): string => {
  const t = shortenHex(text.trim());
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  if (/[\u4e00-\u9fff]/.test(capital)) return /[。！？]$/.test(capital) ? capital : `${capital}。`;
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/**
 * One readable sentence for any failure of a write: refusal, rejection in the wallet, network.
 * A rejection and every refusal are said in the active language (i18n/contractErrors.ts, whose English is
 * sdk/errors.ts's, shared with the terminal tool); sdk/errors.ts's English is the fallback should wording fail.
 */
export async function explainError(error: unknown, lookup?: NameLookup): Promise<string> {
  if (isUserRejection(error)) return i18n.t("walletErrors.rejectedNothingSent");
  const revert = decodeRevert(error);
  if (revert) return sentence((await localContractError(revert.name, revert.args, lookup)) ?? (await describeContractError(revert.name, revert.args, lookup)));
  return sentence(walletErrorMessage(error));
}
