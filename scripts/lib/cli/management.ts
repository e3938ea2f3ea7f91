/** The shape shared by every role/status task: validate, resolve, simulate, send, report. */
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import type { Hex } from "../../../sdk/eip712.js";
import { runAction } from "./cli-error.js";
import { openProgramme, selectAccount, type ProgrammeContext } from "./context.js";
import { print } from "./format.js";
import { hashFile, parseHash } from "./parse.js";
import { simulateAndSend, txLine, type Sent } from "./transact.js";

export interface Plan {
  method: string;
  args: readonly unknown[];
  /** The line printed after success. */
  done: (sent: Sent) => string;
}

/** Connects, picks the account, resolves the plan, simulates, sends, reports. */
export async function manage(
  hre: HardhatRuntimeEnvironment,
  from: string | undefined,
  plan: (ctx: ProgrammeContext, signer: HardhatEthersSigner) => Promise<Plan>,
): Promise<string> {
  const ctx = await openProgramme(hre);
  const signer = await selectAccount(ctx, from);
  const p = await plan(ctx, signer);
  const sent = await simulateAndSend(ctx, signer, p.method, p.args);
  print(p.done(sent));
  print(`  by ${signer.address}; ${txLine(sent)}`);
  return sent.receipt.hash;
}

/** The chain's clock: the latest block's timestamp, in seconds. */
export async function chainNow(ctx: ProgrammeContext): Promise<number> {
  const block = await ctx.connection.ethers.provider.getBlock("latest");
  return block?.timestamp ?? Math.floor(Date.now() / 1000);
}

/** Wraps a task action so that any refusal (local validation included) ends in one `error:` line. */
export function guarded<A>(action: (args: A, hre: HardhatRuntimeEnvironment) => Promise<unknown>) {
  return (args: A, hre: HardhatRuntimeEnvironment) => runAction(() => action(args, hre));
}

/** Argument of the first event named `name` in a receipt. */
export function eventArg(sent: Sent, name: string, arg: string): string {
  const event = sent.events.find((e) => e.name === name);
  return event ? String(event.args[arg]) : "?";
}

export interface MetadataArgs {
  metadataUri: string;
  metadataHash?: string;
  metadataFile?: string;
}

export async function metadata(args: MetadataArgs): Promise<{ uri: string; hash: Hex }> {
  let hash = `0x${"0".repeat(64)}` as Hex;
  if (args.metadataFile) hash = await hashFile(args.metadataFile);
  else if (args.metadataHash) hash = parseHash(args.metadataHash, "metadata-hash");
  return { uri: args.metadataUri ?? "", hash };
}
