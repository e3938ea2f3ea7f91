/**
 * What `npm start` leaves on its chain with the governed office (issue 10), read from the chain an
 * `npm start` run has just built (test/start/start-flow.test.ts calls it; no run of its own): the office is
 * the timelock, governed by sixteen seats held by the accounts the dApp's file labels with the bodies'
 * names; the zones and appointments came from executed proposals; a defeated, a queued and an active
 * proposal are there; one office has lapsed by the chain's clock and every other runs on.
 */
import { expect } from "chai";
import { Contract, Interface, JsonRpcProvider, id } from "ethers";
import { GOVERNING_BODIES, PROPOSAL_STATES } from "@pilot/sdk/governance";
import { pilotProgrammeAbi, programmeGovernorAbi, programmeSeatsAbi, programmeTimelockAbi } from "@pilot/sdk/generated/abis";
import type { DeploymentRecord } from "../../../scripts/deploy/deployment-record.js";
import type { Sample } from "../../../scripts/sample/schema.js";
import { planAccounts, planSeats } from "../../../scripts/seed/account-plan.js";
import { PROGRAMME_CALENDAR, secondsOf } from "../../../scripts/seed/programme-calendar.js";
import { lapsingOffice } from "../../../scripts/seed/proposal-plan.js";

const ZERO = "0x0000000000000000000000000000000000000000";

export async function checkGovernedSample(provider: JsonRpcProvider, record: DeploymentRecord, sample: Sample, generatedFile: string): Promise<void> {
  const g = record.governance;
  expect(g, "the deployment record names the governor, the timelock and the seats").to.not.equal(undefined);
  if (!g) return;
  const programme = new Contract(record.programme, pilotProgrammeAbi as never, provider);
  const timelock = new Contract(g.timelock, programmeTimelockAbi as never, provider);
  const seatsContract = new Contract(g.seats, programmeSeatsAbi as never, provider);
  const governorIface = new Interface(programmeGovernorAbi as never);
  const governor = new Contract(g.governor, governorIface, provider);
  const programmeIface = new Interface(pilotProgrammeAbi as never);

  // the office: the timelock, proposed to and cancelled by the governor only, executed by anyone
  expect(String(await programme.getFunction("defaultAdmin")())).to.equal(g.timelock);
  const role = (name: string) => id(name);
  expect(await timelock.getFunction("hasRole")(role("PROPOSER_ROLE"), g.governor)).to.equal(true);
  expect(await timelock.getFunction("hasRole")(role("CANCELLER_ROLE"), g.governor)).to.equal(true);
  expect(await timelock.getFunction("hasRole")(role("EXECUTOR_ROLE"), ZERO), "anyone executes").to.equal(true);

  // sixteen seats, held by the labelled dev accounts; the cyberspace authority's is the guardian
  const nodeAccounts = (await provider.send("eth_accounts", [])) as string[];
  const planned = planSeats(sample, nodeAccounts);
  const onChain = (await seatsContract.getFunction("seats")()) as { name: string; holder: string }[];
  expect(onChain.map((s) => s.name)).to.deep.equal([...GOVERNING_BODIES]);
  expect(onChain.map((s) => s.holder.toLowerCase())).to.deep.equal(planned.map((s) => s.address));
  for (const s of planned) expect(generatedFile).to.contain(`"${s.address}": "Seat: ${s.body}`);
  expect(String(await programme.getFunction("guardian")()).toLowerCase()).to.equal(planned[0]?.address);

  // the proposals, by state at the chain's head (the clock the seeding left: 2025-01-06 09:00 in Beijing)
  const head = await provider.getBlock("latest");
  expect(head?.timestamp).to.equal(secondsOf(PROGRAMME_CALENDAR.clock));
  const created = await provider.getLogs({
    address: g.governor,
    topics: [governorIface.getEvent("ProposalCreated")?.topicHash as string],
    fromBlock: record.deploymentBlock,
  });
  const proposals = await Promise.all(
    created.map(async (log) => {
      const e = governorIface.parseLog(log);
      const state = PROPOSAL_STATES[Number(await governor.getFunction("state")(e?.args.proposalId))];
      const calls = (e?.args.calldatas as string[]).map((data) => programmeIface.parseTransaction({ data })?.name);
      return { state, calls };
    }),
  );
  const states = proposals.map((p) => p.state);
  for (const s of ["Executed", "Defeated", "Queued", "Active"]) expect(states, `a proposal ${s.toLowerCase()}`).to.include(s);
  const executedCalls = proposals.filter((p) => p.state === "Executed").flatMap((p) => p.calls);
  expect(
    executedCalls.filter((c) => c === "createZone"),
    "every zone created by an executed proposal",
  ).to.have.length(sample.zones.length);
  const offices = sample.accounts.filter((a) => a.role === "zoneAdmin" || a.role === "regulator" || a.role === "expert");
  const appointments = executedCalls.filter((c) => c === "appointZoneAdmin" || c === "setRegulatorFields" || c === "setExpertFields");
  expect(appointments, "every office appointed by an executed proposal").to.have.length(offices.length);

  // offices carry expiry days; exactly one has lapsed by the chain's clock
  const accounts = planAccounts(sample, nodeAccounts, true);
  const expiries = await Promise.all(
    offices.map(async (a) => {
      const account = (await programme.getFunction("getAccount")(accounts.get(a.label)?.address)) as { officeExpiryDay: bigint };
      return { label: a.label, expires: Number(account.officeExpiryDay) * 86_400 };
    }),
  );
  const lapsed = expiries.filter((e) => e.expires <= (head?.timestamp ?? 0));
  expect(lapsed.map((e) => e.label)).to.deep.equal([lapsingOffice(sample)]);
  expect(lapsed[0]?.expires).to.equal(secondsOf(PROGRAMME_CALENDAR.lapsedTerm));
  expect(
    expiries.every((e) => e.expires > 0),
    "every office has an expiry",
  ).to.equal(true);
}
