/** A refusal found before any transaction (data/governance/proposalStatus.ts), as one sentence in the active language. */
import type { Refusal } from "../../data/governance/proposalStatus";
import { GOVERNANCE_LOCAL } from "../../i18n/governanceText";
import { shortHex } from "../../format/display";

export function refusalText(r: Refusal): string {
  const local = GOVERNANCE_LOCAL[r.name];
  const text = (local ? local(r.args) : r.name).replace(/0x[0-9a-fA-F]{40}\b/g, (h) => shortHex(h));
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  if (/[\u4e00-\u9fff]/.test(capital)) return /[。！？]$/.test(capital) ? capital : `${capital}。`;
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
