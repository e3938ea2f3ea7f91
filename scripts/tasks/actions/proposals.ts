/** `proposals`: every proposal with its state, tallies against the quorum, times and actions in plain words. */
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { whenRelative } from "../../../sdk/proposals.js";
import { isoFromSeconds } from "../../../sdk/time.js";
import { runAction } from "../../lib/cli/cli-error.js";
import { print, toJson } from "../../lib/cli/format.js";
import { actionWords, allProposals, decodeActions, latestTime, openGovernance, proposalStatus } from "../../lib/cli/governance.js";

interface Args {
  json: boolean;
}

export default function proposals(args: Args, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const g = await openGovernance(hre);
    const now = await latestTime(g);
    const list = [];
    for (const p of await allProposals(g)) {
      const status = await proposalStatus(g, p, now);
      const actions = decodeActions(g, p);
      const words = await actionWords(g, actions);
      list.push({
        id: p.id.toString(),
        shortId: p.short,
        state: status.state,
        proposer: p.proposer,
        title: p.description.split("\n")[0],
        description: p.description,
        votes: { for: status.votes.for, against: status.votes.against, abstain: status.votes.abstain },
        quorum: status.quorum,
        seats: status.seats,
        voteStart: isoFromSeconds(p.voteStart),
        voteEnd: isoFromSeconds(p.voteEnd),
        eta: status.eta ? isoFromSeconds(status.eta) : null,
        actions: actions.map((a, i) => ({ target: a.target, contract: a.contract, function: a.name ?? null, args: a.args, value: a.value, words: words[i] })),
        _times: { start: p.voteStart, end: p.voteEnd, eta: status.eta },
      });
    }
    if (args.json) {
      print(toJson(list.map(({ _times, ...rest }) => rest)));
      return list.length;
    }
    for (const p of list) {
      const counted = p.votes.for + p.votes.abstain;
      print(`${p.shortId}  ${p.state.padEnd(9)}  for ${p.votes.for} · against ${p.votes.against} · abstain ${p.votes.abstain}  (quorum ${p.quorum} of ${p.seats} seats; ${counted} counted)`);
      print(`  ${p.title}`);
      const opens = p._times.start > now ? "opens" : "opened";
      const closes = p._times.end > now ? "closes" : "closed";
      print(`  voting ${opens} ${whenRelative(p._times.start, now)}, ${closes} ${whenRelative(p._times.end, now)}`);
      if (p._times.eta) print(`  executable from ${whenRelative(p._times.eta, now)}`);
      p.actions.forEach((a, i) => print(`  ${i + 1}. ${a.words}`));
    }
    print(`${list.length} proposal(s) on chain ${g.chainId}; the chain's clock reads ${isoFromSeconds(now)}`);
    return list.length;
  });
}
