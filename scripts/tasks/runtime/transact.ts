/**
 * Sending a transaction the careful way: simulate it first (eth_call as the
 * acting account), put a refusal into words, and send only when the
 * simulation passed. Nothing is sent for a refused action.
 */
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import type { BaseContract, ContractTransactionReceipt, Interface, LogDescription } from "ethers";
import { explainRevert } from "@pilot/sdk/revert";
import { CliError } from "./cli-error.js";
import type { ProgrammeContext } from "./context.js";

export interface Sent {
  receipt: ContractTransactionReceipt;
  events: LogDescription[];
  /** What the simulation returned (e.g. the new id). */
  result: unknown;
}

/** The contract a call goes to, with the ABI that decodes its errors and events; default: the programme. */
export interface CallTarget {
  contract: BaseContract;
  iface: Interface;
}

const programmeTarget = (ctx: ProgrammeContext): CallTarget => ({ contract: ctx.programme as unknown as BaseContract, iface: ctx.iface });

async function refusal(ctx: ProgrammeContext, error: unknown): Promise<never> {
  const sentence = await explainRevert(error, ctx.lookup);
  if (sentence) throw new CliError(sentence);
  throw error;
}

export async function simulate(
  ctx: ProgrammeContext,
  signer: HardhatEthersSigner,
  method: string,
  args: readonly unknown[],
  on: CallTarget = programmeTarget(ctx),
): Promise<unknown> {
  const fn = on.contract.connect(signer).getFunction(method);
  try {
    return await fn.staticCall(...args);
  } catch (error) {
    return refusal(ctx, error);
  }
}

export async function simulateAndSend(
  ctx: ProgrammeContext,
  signer: HardhatEthersSigner,
  method: string,
  args: readonly unknown[],
  on: CallTarget = programmeTarget(ctx),
): Promise<Sent> {
  const result = await simulate(ctx, signer, method, args, on);
  const fn = on.contract.connect(signer).getFunction(method);
  let receipt: ContractTransactionReceipt | null;
  try {
    const tx = await fn.send(...args);
    receipt = await tx.wait();
  } catch (error) {
    return refusal(ctx, error);
  }
  if (!receipt) throw new CliError("the transaction was dropped (no receipt)");
  const events: LogDescription[] = [];
  for (const log of receipt.logs) {
    try {
      const parsed = on.iface.parseLog(log);
      if (parsed) events.push(parsed);
    } catch {
      // a log of another contract
    }
  }
  return { receipt, events, result };
}

export function txLine(sent: Sent): string {
  return `tx ${sent.receipt.hash} (block ${sent.receipt.blockNumber}, gas ${sent.receipt.gasUsed})`;
}
