/**
 * Issue 10: one seat per body, one vote each, not transferable, not delegable; only governance (the
 * timelock, through a passed proposal) adds, removes and re-assigns seats.
 */
import { expect } from "chai";
import { network } from "hardhat";
import { SEAT_LIMITS } from "@pilot/sdk/governance";
import { action, deployGoverned, enact } from "./helpers/governed.js";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const governed = () => deployGoverned(connection);

/** A few seconds on, so that votes checkpointed "now" are in the past. */
async function later(): Promise<bigint> {
  await networkHelpers.time.increase(2);
  return BigInt((await ethers.provider.getBlock("latest"))!.timestamp) - 1n;
}

describe("governance: seats (ProgrammeSeats)", () => {
  it("each holder has one vote, delegated to itself; the total is the number of seats", async () => {
    const g = await networkHelpers.loadFixture(governed);
    for (const h of g.holders) {
      expect(await g.seats.getVotes(h.address)).to.equal(1n);
      expect(await g.seats.delegates(h.address)).to.equal(h.address);
    }
    expect(await g.seats.getVotes(g.others[0].address)).to.equal(0n);
    expect(await g.seats.getPastTotalSupply(await later())).to.equal(16n);
    expect(await g.seats.seatOf(g.holders[3].address)).to.equal(4n);
    const seat = await g.seats.seat(4);
    expect([seat.id, seat.holder, seat.name]).to.deep.equal([4n, g.holders[3].address, "Ministry of Education"]);
    await expect(g.seats.seat(99)).to.be.revertedWithCustomError(g.seats, "UnknownSeat").withArgs(99);
  });

  it("not transferable, not delegable: delegate() to anyone else and delegateBySig are refused; delegating to oneself changes nothing", async () => {
    const g = await networkHelpers.loadFixture(governed);
    const [a, b] = g.holders;
    await expect(g.seats.connect(a).delegate(b.address)).to.be.revertedWithCustomError(g.seats, "SeatVoteNotDelegable").withArgs(a.address, b.address);
    await expect(g.seats.connect(g.others[0]).delegate(a.address))
      .to.be.revertedWithCustomError(g.seats, "SeatVoteNotDelegable")
      .withArgs(g.others[0].address, a.address);
    await g.seats.connect(a).delegate(a.address);
    await expect(g.seats.connect(a).delegateBySig(b.address, 0, 2n ** 40n, 27, ethers.ZeroHash, ethers.ZeroHash))
      .to.be.revertedWithCustomError(g.seats, "DelegationBySigDisabled")
      .withArgs(b.address);
    expect([await g.seats.getVotes(a.address), await g.seats.getVotes(b.address)]).to.deep.equal([1n, 1n]);
    // a holder cannot move its own seat: only the owner (the timelock) re-assigns
    await expect(g.seats.connect(a).reassignSeat(1, g.others[0].address))
      .to.be.revertedWithCustomError(g.seats, "OwnableUnauthorizedAccount")
      .withArgs(a.address);
  });

  it("only the timelock adds, removes and re-assigns seats, or renounces nothing", async () => {
    const g = await networkHelpers.loadFixture(governed);
    for (const who of [g.deployer, g.holders[0], g.others[0]]) {
      await expect(g.seats.connect(who).addSeat("Ministry of Finance", who.address))
        .to.be.revertedWithCustomError(g.seats, "OwnableUnauthorizedAccount")
        .withArgs(who.address);
      await expect(g.seats.connect(who).removeSeat(1)).to.be.revertedWithCustomError(g.seats, "OwnableUnauthorizedAccount").withArgs(who.address);
      await expect(g.seats.connect(who).renounceOwnership()).to.be.revertedWithCustomError(g.seats, "OwnableUnauthorizedAccount");
    }
    const timelock = await ethers.getImpersonatedSigner(await g.timelock.getAddress());
    await networkHelpers.setBalance(timelock.address, 10n ** 18n);
    await expect(g.seats.connect(timelock).renounceOwnership()).to.be.revertedWithCustomError(g.seats, "SeatsOwnerRequired");
  });

  it("through proposals: add a seat (it votes on later proposals), re-assign one to a new key, remove one", async () => {
    const g = await networkHelpers.loadFixture(governed);
    const [newcomer, newKey] = g.others;
    const add = await action(g.seats, "addSeat", ["Ministry of Finance", newcomer.address]);
    await enact(connection, g, [add], "Seat for the Ministry of Finance");
    expect(await g.seats.seatCount()).to.equal(17n);
    expect(await g.seats.seatOf(newcomer.address)).to.equal(17n);
    expect(await g.seats.getVotes(newcomer.address)).to.equal(1n);

    const reassign = await action(g.seats, "reassignSeat", [2, newKey.address]);
    const remove = await action(g.seats, "removeSeat", [17]);
    const p = await enact(connection, g, [reassign, remove], "MIIT's new key; the Ministry of Finance leaves");
    const receipt = p.receipt; // the proposal's creation, for the record
    expect(receipt.status).to.equal(1);
    expect(await g.seats.seatOf(g.holders[1].address)).to.equal(0n);
    expect(await g.seats.seatOf(newKey.address)).to.equal(2n);
    expect(await g.seats.getVotes(newKey.address)).to.equal(1n);
    expect(await g.seats.getVotes(g.holders[1].address)).to.equal(0n);
    expect(await g.seats.getVotes(newcomer.address)).to.equal(0n);
    expect(await g.seats.seatCount()).to.equal(16n);
    expect(await g.seats.getPastTotalSupply(await later())).to.equal(16n);
    expect((await g.seats.seat(2)).holder).to.equal(newKey.address);
    await expect(g.seats.seat(17)).to.be.revertedWithCustomError(g.seats, "UnknownSeat").withArgs(17);
  });

  it("events rebuild the seats: SeatAdded, SeatReassigned, SeatRemoved; refusals carry their values", async () => {
    const g = await networkHelpers.loadFixture(governed);
    const timelock = await ethers.getImpersonatedSigner(await g.timelock.getAddress());
    await networkHelpers.setBalance(timelock.address, 10n ** 18n);
    const s = g.seats.connect(timelock);
    const [x, y] = g.others;
    await expect(s.addSeat("Ministry of Finance", x.address)).to.emit(g.seats, "SeatAdded").withArgs(17, x.address, "Ministry of Finance");
    await expect(s.reassignSeat(17, y.address)).to.emit(g.seats, "SeatReassigned").withArgs(17, x.address, y.address);
    await expect(s.removeSeat(17)).to.emit(g.seats, "SeatRemoved").withArgs(17, y.address);
    // a seat from the middle of the list: the others stay, each once
    await expect(s.removeSeat(5)).to.emit(g.seats, "SeatRemoved").withArgs(5, g.holders[4].address);
    expect((await g.seats.seats()).map((x) => Number(x.id)).sort((a, b) => a - b)).to.deep.equal([1, 2, 3, 4, ...Array.from({ length: 11 }, (_, i) => i + 6)]);
    await expect(s.removeSeat(5)).to.be.revertedWithCustomError(g.seats, "UnknownSeat").withArgs(5);
    await (await s.addSeat("Ministry of Civil Affairs", g.holders[4].address)).wait();
    // a removed holder may be seated again (its self-delegation stays)
    await expect(s.addSeat("Ministry of Finance", y.address)).to.emit(g.seats, "SeatAdded").withArgs(19, y.address, "Ministry of Finance");
    expect(await g.seats.getVotes(y.address)).to.equal(1n);

    await expect(s.addSeat("", x.address)).to.be.revertedWithCustomError(g.seats, "EmptySeatName");
    const long = "x".repeat(SEAT_LIMITS.nameBytes + 1);
    await expect(s.addSeat(long, x.address)).to.be.revertedWithCustomError(g.seats, "SeatNameTooLong").withArgs(101, 100);
    await expect(s.addSeat("Body", ethers.ZeroAddress)).to.be.revertedWithCustomError(g.seats, "ZeroSeatHolder");
    await expect(s.addSeat("Body", g.holders[0].address)).to.be.revertedWithCustomError(g.seats, "AlreadyHoldsSeat").withArgs(g.holders[0].address, 1);
    await expect(s.reassignSeat(1, g.holders[1].address)).to.be.revertedWithCustomError(g.seats, "AlreadyHoldsSeat").withArgs(g.holders[1].address, 2);
    await expect(s.reassignSeat(99, x.address)).to.be.revertedWithCustomError(g.seats, "UnknownSeat").withArgs(99);
    await expect(s.removeSeat(17)).to.be.revertedWithCustomError(g.seats, "UnknownSeat").withArgs(17);
    // at most 32 seats
    const spares = Array.from({ length: 32 - 17 }, () => ethers.Wallet.createRandom().address);
    for (const [i, who] of spares.entries()) await (await s.addSeat(`Body ${i}`, who)).wait();
    expect(await g.seats.seatCount()).to.equal(32n);
    expect((await g.seats.seats()).length).to.equal(32);
    await expect(s.addSeat("One too many", x.address)).to.be.revertedWithCustomError(g.seats, "TooManySeats").withArgs(32);
  });

  it("the constructor refuses names and holders of different lengths", async () => {
    const [owner, a] = await ethers.getSigners();
    const factory = await ethers.getContractFactory("ProgrammeSeats");
    await expect(ethers.deployContract("ProgrammeSeats", [owner.address, ["A", "B"], [a.address]]))
      .to.be.revertedWithCustomError(factory, "SeatListMismatch")
      .withArgs(2, 1);
  });
});
