/**
 * Issue 10: the emergency guardian pauses at once and does nothing else; unpausing, changing the
 * guardian and every other office action need the programme admin (the timelock: a proposal).
 */
import { expect } from "chai";
import { network } from "hardhat";
import { action, deployGoverned, enact } from "./helpers/governed.js";
import { seedProgramme, TERM_END } from "../helpers/fixtures.js";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const ADMIN_ROLE = ethers.ZeroHash;

async function guarded() {
  const [, ...rest] = await ethers.getSigners();
  // the Cyberspace Administration's seat (holders[0], account 1) is the guardian, as in the sample
  return deployGoverned(connection, rest[0].address);
}

describe("governance: the emergency guardian", () => {
  it("is set at deployment (GuardianSet) and pauses at once, without a proposal", async () => {
    const g = await networkHelpers.loadFixture(guarded);
    const guardian = g.holders[0];
    expect(await g.programme.guardian()).to.equal(guardian.address);
    const deployment = g.programme.deploymentTransaction();
    if (deployment) await expect(deployment).to.emit(g.programme, "GuardianSet").withArgs(ethers.ZeroAddress, guardian.address);
    await expect(g.programme.connect(guardian).pause()).to.emit(g.programme, "Paused").withArgs(guardian.address);
    expect(await g.programme.paused()).to.equal(true);
    await expect(g.programme.connect(guardian).pause()).to.be.revertedWithCustomError(g.programme, "EnforcedPause");
  });

  it("cannot unpause, nor do anything else of the office; the timelock unpauses by proposal", async () => {
    const g = await networkHelpers.loadFixture(guarded);
    const guardian = g.holders[0];
    await (await g.programme.connect(guardian).pause()).wait();
    const p = g.programme.connect(guardian);
    const refusals = [
      p.unpause(),
      p.createZone("Xiamen", "Fujian", "", ethers.ZeroHash),
      p.appointZoneAdmin(1, guardian.address, TERM_END),
      p.setRegulatorFields(guardian.address, 1, TERM_END),
      p.renewOffice(guardian.address, TERM_END),
      p.setGuardian(g.others[0].address),
      p.beginDefaultAdminTransfer(guardian.address),
    ];
    for (const call of refusals) {
      await expect(call).to.be.revertedWithCustomError(g.programme, "AccessControlUnauthorizedAccount").withArgs(guardian.address, ADMIN_ROLE);
    }
    // no one else may pause either
    await enact(connection, g, [await action(g.programme, "unpause", [])], "Unpause after the incident");
    expect(await g.programme.paused()).to.equal(false);
    await expect(g.programme.connect(g.holders[1]).pause())
      .to.be.revertedWithCustomError(g.programme, "AccessControlUnauthorizedAccount")
      .withArgs(g.holders[1].address, ADMIN_ROLE);
  });

  it("governance changes the guardian (or removes it): only the programme admin may", async () => {
    const g = await networkHelpers.loadFixture(guarded);
    const [old, next] = [g.holders[0], g.holders[1]];
    const p = await enact(connection, g, [await action(g.programme, "setGuardian", [next.address])], "The NDRC's seat guards");
    expect(p.receipt.status).to.equal(1);
    expect(await g.programme.guardian()).to.equal(next.address);
    await expect(g.programme.connect(old).pause()).to.be.revertedWithCustomError(g.programme, "AccessControlUnauthorizedAccount");
    await expect(g.programme.connect(next).pause()).to.emit(g.programme, "Paused").withArgs(next.address);
  });

  it("with a one-account office: the admin sets and removes the guardian (GuardianSet); the admin still pauses itself", async () => {
    const d = await seedProgramme(connection);
    const [guardian] = d.spare;
    expect(await d.programme.guardian()).to.equal(ethers.ZeroAddress);
    await expect(d.programme.connect(d.admin).setGuardian(guardian.address)).to.emit(d.programme, "GuardianSet").withArgs(ethers.ZeroAddress, guardian.address);
    await expect(d.programme.connect(d.outsider).setGuardian(d.outsider.address))
      .to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount")
      .withArgs(d.outsider.address, ADMIN_ROLE);
    await (await d.programme.connect(guardian).pause()).wait();
    await expect(d.programme.connect(guardian).unpause()).to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount");
    await (await d.programme.connect(d.admin).unpause()).wait();
    await expect(d.programme.connect(d.admin).setGuardian(ethers.ZeroAddress))
      .to.emit(d.programme, "GuardianSet")
      .withArgs(guardian.address, ethers.ZeroAddress);
    await expect(d.programme.connect(guardian).pause()).to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount");
    await expect(d.programme.connect(d.admin).pause()).to.emit(d.programme, "Paused").withArgs(d.admin.address);
  });
});
