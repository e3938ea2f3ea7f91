/**
 * Contract refusals in plain words. Thin adapter over sdk/revert.ts and sdk/errors.ts (shared
 * with the terminal tool): find the revert in the error chain, decode it against the suite's
 * ABIs, then describe it with names from the registry, in the active language.
 */
import { describeContractError, type NameLookup } from "@pilot/sdk/errors";
import { decodeRevert } from "@pilot/sdk/revert";
import i18n from "../i18n";
import { localContractError } from "../i18n/contractErrors";
import { isUserRejection, walletErrorMessage } from "../wallet/walletErrors";

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
