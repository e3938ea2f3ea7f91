/**
 * `propose --description "…" -- <task> <options>`: the named governance task's own planner
 * validates and builds the call, which is simulated as the timelock would make it, then proposed.
 */
import { id as keccakText } from "ethers";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { describeAction, shortProposalId, whenRelative } from "@pilot/sdk/proposals";
import { isoFromSeconds } from "@pilot/sdk/time";
import { CliError } from "../runtime/cli-error.js";
import { runAction } from "../runtime/run-action.js";
import { selectAccount } from "../runtime/context.js";
import { print } from "../runtime/format.js";
import { decodeActions, explainGoverned, governedBy, latestTime, NEXT_BLOCK, officeHolder, openGovernance, sendGoverned } from "../runtime/governance.js";
import { parseTaskWords } from "../runtime/task-args.js";
import { PROPOSABLE } from "./proposable.js";

interface Args {
  description?: string;
  task?: string[];
  from?: string;
}

const EXAMPLE = 'npx hardhat propose --description "…" -- create-zone --name Xiamen --region Fujian';

export default function propose(args: Args, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const description = (args.description ?? "").trim();
    if (description === "") throw new CliError(`--description is required: what the proposal does and why (e.g. ${EXAMPLE})`);
    const [taskId, ...words] = args.task ?? [];
    if (!taskId) throw new CliError(`name the task to propose after "--", e.g. ${EXAMPLE}`);
    const planner = PROPOSABLE[taskId];
    if (!planner) {
      const known = hre.tasks.rootTasks.has(taskId);
      throw new CliError(`${known ? `${taskId} cannot be proposed` : `there is no task "${taskId}"`}: proposals carry ${Object.keys(PROPOSABLE).join(", ")}`);
    }
    const resolve = await planner(parseTaskWords(hre.tasks.getTask(taskId), words, ["from"]));

    const g = await openGovernance(hre);
    const signer = await selectAccount(g, args.from);
    const plan = await resolve(g);
    const timelock = g.addresses.timelock;
    if (plan.target !== "seats" && !(await governedBy(g))) {
      throw new CliError(
        `the programme office is ${await officeHolder(g)}, not the timelock ${timelock}: a passed proposal could not act; run ${taskId} directly as the office`,
      );
    }
    const target = plan.target === "seats" ? g.addresses.seats : g.record.programme;
    const data = (plan.target === "seats" ? g.ifaces.seats : g.iface).encodeFunctionData(plan.method, plan.args);

    // the call as the timelock would make it: a proposal that would revert is refused now
    try {
      await g.connection.ethers.provider.call({ from: timelock, to: target, data, ...NEXT_BLOCK });
    } catch (error) {
      const sentence = await explainGoverned(g, error);
      if (sentence) throw new CliError(`the proposal would fail when executed: ${sentence}`);
      throw error;
    }

    const now = await latestTime(g);
    const [votes, threshold] = await Promise.all([g.governor.getVotes(signer.address, now - 1, NEXT_BLOCK), g.governor.proposalThreshold()]);
    if (votes < threshold) {
      throw new CliError(`account ${signer.address} holds no seat: only a seat holder may propose (npx hardhat seats lists them)`);
    }
    const targets = [target];
    const values = [0n];
    const calldatas = [data];
    const proposalId = await g.governor.hashProposal(targets, values, calldatas, keccakText(description));
    if ((await g.governor.proposalSnapshot(proposalId)) !== 0n) {
      throw new CliError(`the same proposal already exists (${shortProposalId(proposalId)}): give it another description to propose it again`);
    }

    const sent = await sendGoverned(g, signer, "propose", [targets, values, calldatas, description]);
    const [voteStart, voteEnd, delay] = await Promise.all([
      g.governor.proposalSnapshot(proposalId),
      g.governor.proposalDeadline(proposalId),
      g.timelock.getMinDelay(),
    ]);
    const [action] = decodeActions(g, { targets, values, calldatas });
    print(`proposed ${shortProposalId(proposalId)}: ${await describeAction(action, g.actionLookup)}`);
    print(`  id ${proposalId}`);
    print(`  voting opens ${whenRelative(voteStart, now)} and closes ${isoFromSeconds(voteEnd)}; once passed, queue it and execute it ${delay} s later`);
    print(`  by ${signer.address}; tx ${sent.hash} (block ${sent.block}, gas ${sent.gasUsed})`);
    return proposalId.toString();
  });
}
