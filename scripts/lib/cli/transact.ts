/**
 * Sending a transaction the careful way: simulate it first (eth_call as the
 * acting account), put a refusal into words, and send only when the
 * simulation passed. Nothing is sent for a refused action.
 */
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import type { ContractTransactionReceipt, LogDescription } from "ethers";
import { CliError } from "./cli-error.js";
import type { ProgrammeContext } from "./context.js";
import { explainRevert } from "./revert.js";

export interface Sent {
  receipt: ContractTransactionReceipt;
  events: LogDescription[];
  /** What the simulation returned (e.g. the new id). */
  result: unknown;
}

async function refusal(ctx: ProgrammeContext, error: unknown): Promise<never> {
  const sentence = await explainRevert(ctx.iface, error, ctx.lookup);
  if (sentence) throw new CliError(sentence);
  throw error;
}

export async function simulate(
  ctx: ProgrammeContext,
  signer: HardhatEthersSigner,
  method: string,
  args: readonly unknown[],
): Promise<unknown> {
  const fn = ctx.programme.connect(signer).getFunction(method);
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
): Promise<Sent> {
  const result = await simulate(ctx, signer, method, args);
  const fn = ctx.programme.connect(signer).getFunction(method);
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
      const parsed = ctx.iface.parseLog(log);
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
