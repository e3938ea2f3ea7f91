/**
 * Issue 10: the programme office is the sixteen bodies, not one key. The timelock is the programme's
 * admin; the governor, voting with one seat per body, is its only proposer and canceller; anyone
 * executes a ready proposal; a majority of the seats (9 of 16) is the quorum.
 */
import { expect } from "chai";
import { network } from "hardhat";
import { GOVERNING_BODIES, PROPOSAL_STATES, VoteType, quorumOf } from "@pilot/sdk/governance";
import { ZoneStatus } from "@pilot/sdk/domain";
import { TIMELOCK_DELAY, VOTING_DELAY, VOTING_PERIOD, action, deployGoverned, endVote, execute, forVotes, propose, queue, vote } from "./helpers/governed.js";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const governed = () => deployGoverned(connection);
const state = (name: (typeof PROPOSAL_STATES)[number]) => BigInt(PROPOSAL_STATES.indexOf(name));
const ADMIN_ROLE = ethers.ZeroHash;

describe("governance: the governed office (GovernedProgramme)", () => {
  it("deploys wired: the timelock is the programme's admin, the governor its only proposer and canceller, anyone executes, the deployer keeps nothing", async () => {
    const g = await networkHelpers.loadFixture(governed);
    const timelock = await g.timelock.getAddress();
    const governor = await g.governor.getAddress();
    expect(await g.programme.defaultAdmin()).to.equal(timelock);
    expect(await g.programme.hasRole(ADMIN_ROLE, g.deployer.address)).to.equal(false);
    expect(await g.governor.timelock()).to.equal(timelock);
    expect(await g.governor.token()).to.equal(await g.seats.getAddress());
    expect(await g.timelock.hasRole(await g.timelock.PROPOSER_ROLE(), governor)).to.equal(true);
    expect(await g.timelock.hasRole(await g.timelock.CANCELLER_ROLE(), governor)).to.equal(true);
    expect(await g.timelock.hasRole(await g.timelock.EXECUTOR_ROLE(), ethers.ZeroAddress)).to.equal(true);
    for (const role of [ADMIN_ROLE, await g.timelock.PROPOSER_ROLE(), await g.timelock.CANCELLER_ROLE()]) {
      expect(await g.timelock.hasRole(role, g.deployer.address), role).to.equal(false);
    }
    expect(await g.timelock.hasRole(ADMIN_ROLE, timelock)).to.equal(true);
    expect(await g.timelock.getMinDelay()).to.equal(BigInt(TIMELOCK_DELAY));
    expect(await g.governor.votingDelay()).to.equal(BigInt(VOTING_DELAY));
    expect(await g.governor.votingPeriod()).to.equal(BigInt(VOTING_PERIOD));
    expect(await g.governor.proposalThreshold()).to.equal(1n);
    expect(await g.seats.owner()).to.equal(timelock);
    expect(await g.seats.seatCount()).to.equal(16n);
    const seats = await g.seats.seats();
    expect(seats.map((s) => s.name)).to.deep.equal([...GOVERNING_BODIES]);
    expect(seats.map((s) => s.holder)).to.deep.equal(g.holders.map((h) => h.address));
    // the clocks agree: seconds
    expect(await g.governor.CLOCK_MODE()).to.equal("mode=timestamp");
    expect(await g.seats.CLOCK_MODE()).to.equal("mode=timestamp");
    // no account acts as the office, not even the deployer or a seat holder
    for (const who of [g.deployer, g.holders[0]]) {
      await expect(g.programme.connect(who).createZone("Xiamen", "Fujian", "", ethers.ZeroHash))
        .to.be.revertedWithCustomError(g.programme, "AccessControlUnauthorizedAccount")
        .withArgs(who.address, ADMIN_ROLE);
    }
  });

  it("quorum is a majority of the seats: 9 of 16 (more than 50%, which a plain fraction rounds to 8)", async () => {
    const g = await networkHelpers.loadFixture(governed);
    await networkHelpers.time.increase(1);
    const now = BigInt((await ethers.provider.getBlock("latest"))!.timestamp) - 1n;
    expect(await g.governor["quorumNumerator()"]()).to.equal(50n);
    expect(await g.governor.quorum(now)).to.equal(9n);
    expect(quorumOf(16)).to.equal(9);
    expect([1, 2, 3, 15, 16, 17, 32].map((n) => quorumOf(n))).to.deep.equal([1, 2, 2, 8, 9, 9, 17]);
  });

  it("the full path: propose create-zone -> nine seats vote for -> queue -> wait the timelock's delay -> anyone executes -> the zone exists", async () => {
    const g = await networkHelpers.loadFixture(governed);
    const create = await action(g.programme, "createZone", ["Xiamen", "Fujian", "", ethers.ZeroHash]);
    const p = await propose(connection, g, [create], "Create zone Xiamen in Fujian");
    expect(await g.governor.state(p.id)).to.equal(state("Pending"));
    // a vote before the snapshot is refused
    await expect(g.governor.connect(g.holders[1]).castVote(p.id, VoteType.For)).to.be.revertedWithCustomError(g.governor, "GovernorUnexpectedProposalState");
    await vote(connection, g, p, forVotes(8));
    expect(await g.governor.state(p.id)).to.equal(state("Active"));
    const [, forCount] = await g.governor.proposalVotes(p.id);
    expect(forCount).to.equal(8n);
    // the ninth seat votes, with a reason
    await expect(g.governor.connect(g.holders[8]).castVoteWithReason(p.id, VoteType.For, "the zone is ready"))
      .to.emit(g.governor, "VoteCast")
      .withArgs(g.holders[8].address, p.id, VoteType.For, 1n, "the zone is ready");
    // a seat votes once
    await expect(g.governor.connect(g.holders[8]).castVote(p.id, VoteType.For))
      .to.be.revertedWithCustomError(g.governor, "GovernorAlreadyCastVote")
      .withArgs(g.holders[8].address);
    // a stranger's vote counts nothing
    await (await g.governor.connect(g.others[0]).castVote(p.id, VoteType.Against)).wait();
    expect((await g.governor.proposalVotes(p.id))[0]).to.equal(0n);
    await endVote(connection);
    expect(await g.governor.state(p.id)).to.equal(state("Succeeded"));
    // not executable before it is queued and has waited
    await expect(execute(g, p, g.others[0])).to.be.revertedWithCustomError(g.timelock, "TimelockUnexpectedOperationState");
    expect(await g.governor.proposalNeedsQueuing(p.id)).to.equal(true);
    await queue(g, p);
    expect(await g.governor.state(p.id)).to.equal(state("Queued"));
    await expect(execute(g, p, g.others[0])).to.be.revertedWithCustomError(g.timelock, "TimelockUnexpectedOperationState");
    await networkHelpers.time.increase(TIMELOCK_DELAY + 1);
    const [zonesBefore] = await g.programme.totals();
    await expect(g.governor.connect(g.others[1]).execute(p.targets, p.values, p.calldatas, p.descriptionHash))
      .to.emit(g.programme, "ZoneCreated")
      .withArgs(zonesBefore + 1n, "Xiamen", "Fujian", "", ethers.ZeroHash);
    expect(await g.governor.state(p.id)).to.equal(state("Executed"));
    const zone = await g.programme.getZone(zonesBefore + 1n);
    expect([zone.name, zone.region, zone.status]).to.deep.equal(["Xiamen", "Fujian", BigInt(ZoneStatus.Active)]);
  });

  it("eight seats for and none against is defeated (no quorum); nine for and seven against passes", async () => {
    const g = await networkHelpers.loadFixture(governed);
    const create = await action(g.programme, "createZone", ["Xiamen", "Fujian", "", ethers.ZeroHash]);
    const short = await propose(connection, g, [create], "Create zone Xiamen (eight seats)");
    await vote(connection, g, short, forVotes(8));
    await endVote(connection);
    expect(await g.governor.state(short.id)).to.equal(state("Defeated"));
    await expect(queue(g, short)).to.be.revertedWithCustomError(g.governor, "GovernorUnexpectedProposalState");

    const close = await propose(connection, g, [create], "Create zone Xiamen (nine to seven)");
    await vote(connection, g, close, [...forVotes(9), ...Array.from({ length: 7 }, () => VoteType.Against)]);
    await endVote(connection);
    expect(await g.governor.state(close.id)).to.equal(state("Succeeded"));
  });

  it("a defeated proposal: quorum reached but more against than for; it can never be queued or executed", async () => {
    const g = await networkHelpers.loadFixture(governed);
    const create = await action(g.programme, "createZone", ["Nowhere", "Nowhere", "", ethers.ZeroHash]);
    const p = await propose(connection, g, [create], "Create zone Nowhere");
    await vote(connection, g, p, [VoteType.For, VoteType.For, ...Array.from({ length: 7 }, () => VoteType.Against), VoteType.Abstain]);
    await endVote(connection);
    expect(await g.governor.proposalVotes(p.id)).to.deep.equal([7n, 2n, 1n]);
    expect(await g.governor.state(p.id)).to.equal(state("Defeated"));
    await expect(queue(g, p)).to.be.revertedWithCustomError(g.governor, "GovernorUnexpectedProposalState");
    await expect(execute(g, p, g.others[0])).to.be.revertedWithCustomError(g.governor, "GovernorUnexpectedProposalState");
    expect((await g.programme.totals())[0]).to.equal(0n);
  });

  it("a proposal cancelled by its proposer before voting starts: canceled, no vote, no queue", async () => {
    const g = await networkHelpers.loadFixture(governed);
    const create = await action(g.programme, "createZone", ["Xiamen", "Fujian", "", ethers.ZeroHash]);
    const p = await propose(connection, g, [create], "Create zone Xiamen (withdrawn)");
    // another seat cannot cancel it
    await expect(g.governor.connect(g.holders[1]).cancel(p.targets, p.values, p.calldatas, p.descriptionHash))
      .to.be.revertedWithCustomError(g.governor, "GovernorUnableToCancel")
      .withArgs(p.id, g.holders[1].address);
    await expect(g.governor.connect(g.holders[0]).cancel(p.targets, p.values, p.calldatas, p.descriptionHash))
      .to.emit(g.governor, "ProposalCanceled")
      .withArgs(p.id);
    expect(await g.governor.state(p.id)).to.equal(state("Canceled"));
    await networkHelpers.time.increase(VOTING_DELAY + 1);
    await expect(g.governor.connect(g.holders[2]).castVote(p.id, VoteType.For)).to.be.revertedWithCustomError(g.governor, "GovernorUnexpectedProposalState");
    await expect(queue(g, p)).to.be.revertedWithCustomError(g.governor, "GovernorUnexpectedProposalState");
  });

  it("only a seat holder proposes; nobody but the governor schedules in the timelock", async () => {
    const g = await networkHelpers.loadFixture(governed);
    const create = await action(g.programme, "createZone", ["Xiamen", "Fujian", "", ethers.ZeroHash]);
    await expect(propose(connection, g, [create], "from a stranger", g.others[0]))
      .to.be.revertedWithCustomError(g.governor, "GovernorInsufficientProposerVotes")
      .withArgs(g.others[0].address, 0n, 1n);
    const proposer = await g.timelock.PROPOSER_ROLE();
    for (const who of [g.deployer, g.holders[0]]) {
      await expect(g.timelock.connect(who).schedule(create.target, 0, create.data, ethers.ZeroHash, ethers.ZeroHash, TIMELOCK_DELAY))
        .to.be.revertedWithCustomError(g.timelock, "AccessControlUnauthorizedAccount")
        .withArgs(who.address, proposer);
    }
  });

  it("governance changes its own settings only through a proposal; a quorum of 100% or more is refused", async () => {
    const g = await networkHelpers.loadFixture(governed);
    await expect(g.governor.connect(g.holders[0]).updateQuorumNumerator(60)).to.be.revertedWithCustomError(g.governor, "GovernorOnlyExecutor");
    const governorAddress = await g.governor.getAddress();
    const raise = { target: governorAddress, data: g.governor.interface.encodeFunctionData("updateQuorumNumerator", [100]) };
    const p = await propose(connection, g, [raise], "Quorum: everyone");
    await vote(connection, g, p, forVotes(9));
    await endVote(connection);
    await queue(g, p);
    await networkHelpers.time.increase(TIMELOCK_DELAY + 1);
    // the timelock's call reverts with the governor's refusal, so the execution fails
    await expect(execute(g, p, g.others[0]))
      .to.be.revertedWithCustomError(g.governor, "GovernorInvalidQuorumFraction")
      .withArgs(100n, 100n);
    expect(await g.governor["quorumNumerator()"]()).to.equal(50n);
  });
});
