/**
 * Issue 10: when the programme office is the bodies' timelock, the Admin page's office forms propose
 * instead of executing. Pure: which way a form goes for the connected account, the call a form makes
 * (the same whether sent directly or proposed), the governor's `propose` arguments for it, and the
 * description a proposal gets when its author writes none (the action in words, as the Governance
 * page shows it: sdk/proposalActions.ts and i18n/governanceText.ts).
 */
import { encodeFunctionData, parseEventLogs, type Address, type Hex, type Log } from "viem";
import { pilotProgrammeAbi, programmeGovernorAbi } from "@pilot/sdk/generated/abis";
import { decodeAction } from "@pilot/sdk/proposalActions";
import type { WriteArgs, WriteName } from "../../tx/useProgrammeWrite";
import { actionText, type ActionNames } from "../../i18n/governanceText";

/**
 * How the connected account uses the office's forms: `direct` it is the office (sends them itself);
 * `propose` the office is the timelock and the account holds votes (proposes them); `needsSeat` the
 * office is the timelock and the account holds no votes; `none` the office is another account.
 */
export type OfficeMode = "direct" | "propose" | "needsSeat" | "none";

export function officeMode(
  isProgrammeOffice: boolean,
  holder: { readonly governed: boolean; readonly votes: bigint; readonly threshold: bigint } | undefined,
): OfficeMode {
  if (isProgrammeOffice) return "direct";
  if (!holder?.governed) return "none";
  return holder.votes > 0n && holder.votes >= holder.threshold ? "propose" : "needsSeat";
}

/** The guardian pauses at once, without a proposal (it may do nothing else). */
export const isGuardian = (account: Address | undefined, guardian: Address | undefined): boolean =>
  account !== undefined && guardian !== undefined && account.toLowerCase() === guardian.toLowerCase();

/** One office action on the programme: the function and its arguments, as a direct form sends them. */
export interface OfficeCall {
  readonly functionName: WriteName;
  readonly args: readonly unknown[];
}

/** Typed constructor: the arguments checked against the programme's ABI. */
export const officeCall = <F extends WriteName>(functionName: F, args: WriteArgs<F>): OfficeCall => ({ functionName, args: args as readonly unknown[] });

/** The call's calldata for the programme. */
export const officeCalldata = (call: OfficeCall): Hex =>
  encodeFunctionData({ abi: pilotProgrammeAbi, functionName: call.functionName, args: call.args } as never);

/** The governor's `propose(targets, values, calldatas, description)` arguments for one office action on `programme`. */
export function proposeArgs(call: OfficeCall, programme: Address, description: string): readonly [Address[], bigint[], Hex[], string] {
  return [[programme], [0n], [officeCalldata(call)], description];
}

/** The proposal's description when its author wrote none: a title line, the action in words (in the page's language). */
export function defaultDescription(call: OfficeCall, programme: Address, names: ActionNames): string {
  return `# ${actionText(decodeAction(programme, 0n, officeCalldata(call), { programme }), names)}`;
}

/** The description sent: the author's, trimmed, or the default. */
export const proposalDescription = (written: string, fallback: string): string => written.trim() || fallback;

/** The new proposal's id, from the receipt's ProposalCreated event. */
export function proposalIdFrom(logs: readonly Log[]): bigint | undefined {
  const [created] = parseEventLogs({ abi: programmeGovernorAbi, eventName: "ProposalCreated", logs: [...logs] });
  return created?.args.proposalId;
}
