/** `proposals`: every proposal with its state, tallies against the quorum, times and actions in plain words. */
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { contractOf, decodeCall } from "@pilot/sdk/proposalActions";
import { whenRelative } from "@pilot/sdk/proposals";
import { isoFromSeconds } from "@pilot/sdk/time";
import { runAction } from "../runtime/run-action.js";
import { print, toJson } from "../runtime/format.js";
import { actionWords, allProposals, decodeActions, knownContracts, latestTime, openGovernance, proposalStatus } from "../runtime/governance.js";

interface Args {
  json: boolean;
}

export default function proposals(args: Args, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const g = await openGovernance(hre);
    const now = await latestTime(g);
    const rows = [];
    for (const p of await allProposals(g)) {
      const status = await proposalStatus(g, p, now);
      const actions = decodeActions(g, p);
      rows.push({ p, status, actions, words: await actionWords(g, actions) });
    }
    if (args.json) {
      const known = knownContracts(g);
      print(
        toJson(
          rows.map(({ p, status, actions, words }) => ({
            id: p.id.toString(),
            shortId: p.short,
            state: status.state,
            proposer: p.proposer,
            title: p.description.split("\n")[0],
            description: p.description,
            votes: status.votes,
            quorum: status.quorum,
            seats: status.seats,
            voteStart: isoFromSeconds(p.voteStart),
            voteEnd: isoFromSeconds(p.voteEnd),
            eta: status.eta ? isoFromSeconds(status.eta) : null,
            actions: actions.map((a, i) => {
              const target = p.targets[i] ?? "";
              const call = decodeCall(target, p.calldatas[i] ?? "0x", known);
              return {
                target,
                contract: contractOf(target, known),
                kind: a.kind,
                function: call?.fn ?? null,
                args: call?.args ?? [],
                value: p.values[i] ?? 0n,
                words: words[i],
              };
            }),
          })),
        ),
      );
      return rows.length;
    }
    for (const { p, status: s, words } of rows) {
      print(
        `${p.short}  ${s.state.padEnd(9)}  for ${s.votes.for} · against ${s.votes.against} · abstain ${s.votes.abstain}  (quorum ${s.quorum} of ${s.seats} seats; ${s.votes.for + s.votes.abstain} counted)`,
      );
      print(`  ${p.description.split("\n")[0]}`);
      print(
        `  voting ${p.voteStart > now ? "opens" : "opened"} ${whenRelative(p.voteStart, now)}, ${p.voteEnd > now ? "closes" : "closed"} ${whenRelative(p.voteEnd, now)}`,
      );
      if (s.eta) print(`  executable from ${whenRelative(s.eta, now)}`);
      words.forEach((w, i) => print(`  ${i + 1}. ${w}`));
    }
    print(`${rows.length} proposal(s) on chain ${g.chainId}; the chain's clock reads ${isoFromSeconds(now)}`);
    return rows.length;
  });
}
