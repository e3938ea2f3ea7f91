/**
 * The shape shared by every role/status task: validate, resolve, simulate, send, report. Each task's
 * `Planner` validates its options and resolves them into the call it makes (`Plan`); the direct task
 * sends that call, and `propose` puts the same call into a proposal (scripts/tasks/actions/propose.ts).
 */
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import type { Hex } from "@pilot/sdk/eip712";
import { CliError } from "./cli-error.js";
import { runAction } from "./run-action.js";
import { openProgramme, selectAccount, type ProgrammeContext } from "./context.js";
import { refuseLapsedOffice } from "./standing.js";
import { print } from "./format.js";
import { governedBy, officeHolder, seatsTarget } from "./governance.js";
import { hashFile, parseHash } from "./parse.js";
import { proposeCommand } from "./task-args.js";
import { simulateAndSend, txLine, type CallTarget, type Sent } from "./transact.js";

export interface Plan {
  method: string;
  args: readonly unknown[];
  /** The line printed after success. */
  done: (sent: Sent) => string;
  /** The contract called: the programme (default) or the governance seats. */
  target?: "programme" | "seats";
  /**
   * Who may make the call directly: the programme office alone ("office"), the office or the guardian
   * ("guardian"); absent, others too (zone administrators, regulators, signers), as the contract decides.
   */
  authority?: "office" | "guardian";
}

/** Resolves a validated task's options against the chain (ids, names, clock) into its call. */
export type Resolve = (ctx: ProgrammeContext) => Promise<Plan>;
/** Validates a task's options (no chain yet) and returns how to resolve them: shared by the direct task and `propose`. */
export type Planner<A> = (args: A) => Promise<Resolve>;

/** Which task, with which options, a direct call came from: what the "office is governed" refusal repeats as a proposal. */
export interface Origin {
  taskId: string;
  args: Record<string, unknown>;
}

/**
 * When the office is governed, an office action is a proposal, never a direct call: refuses in one
 * line that shows the `propose` command to use instead. The guardian still pauses directly.
 */
async function refuseWhenGoverned(
  hre: HardhatRuntimeEnvironment,
  ctx: ProgrammeContext,
  account: string,
  plan: Plan,
  origin: Origin,
  seats?: CallTarget & { owner(): Promise<string> },
): Promise<void> {
  const me = account.toLowerCase();
  const instead = () => proposeCommand(ctx.networkName, hre.tasks.getTask(origin.taskId), origin.args);
  if (plan.target === "seats") {
    if (!seats) throw new CliError(`the programme on chain ${ctx.chainId} has no seats: its office is one account, not governed by seats`);
    if ((await seats.owner()).toLowerCase() !== me) {
      throw new CliError(`seats change only by a passed proposal (the timelock owns them): propose it instead: ${instead()}`);
    }
    return;
  }
  if (!plan.authority) return;
  const timelock = await governedBy(ctx);
  if (!timelock || (await officeHolder(ctx)) === me) return;
  if (plan.authority === "guardian" && (await ctx.programme.guardian()).toLowerCase() === me) return;
  throw new CliError(
    `the programme office is governed (timelock ${timelock} acts on passed proposals), so ${account} cannot ${origin.taskId} directly: propose it instead: ${instead()}`,
  );
}

/** Connects, picks the account, resolves the plan, refuses an office action the governed office must propose, simulates, sends, reports. */
export async function manage(hre: HardhatRuntimeEnvironment, from: string | undefined, resolve: Resolve, origin?: Origin): Promise<string> {
  const ctx = await openProgramme(hre);
  const signer = await selectAccount(ctx, from);
  const p = await resolve(ctx);
  const seats = p.target === "seats" ? seatsTarget(ctx) : undefined;
  if (origin) await refuseWhenGoverned(hre, ctx, signer.address, p, origin, seats);
  // a zone administrator's or regulator's action (the office's own are refused above when governed)
  if (!p.authority && p.target !== "seats" && (await officeHolder(ctx)) !== signer.address.toLowerCase()) await refuseLapsedOffice(hre, ctx, signer.address);
  const sent = await simulateAndSend(ctx, signer, p.method, p.args, p.target === "seats" ? seats : undefined);
  print(p.done(sent));
  print(`  by ${signer.address}; ${txLine(sent)}`);
  return sent.receipt.hash;
}

/** The direct task of a planner: validate, resolve, (refuse when the office is governed), simulate, send. */
export function direct<A extends { from?: string }>(taskId: string, planner: Planner<A>) {
  return guarded(async (args: A, hre: HardhatRuntimeEnvironment) => {
    const resolve = await planner(args);
    return manage(hre, args.from, resolve, { taskId, args: args as unknown as Record<string, unknown> });
  });
}

/** The chain's clock (context.ts), here too for the tasks that already take it from here. */
export { chainNow } from "./context.js";

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
