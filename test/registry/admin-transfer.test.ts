import { expect } from "chai";
import { network } from "hardhat";
import { seedProgramme, signConsent, ADMIN_DELAY, ZERO_HASH, TERM_END } from "../helpers/fixtures.js";
import { expectUnchanged } from "../helpers/registry.js";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedProgramme(connection);
const ADMIN_ROLE = ethers.ZeroHash;
const HEALTH_ONLY = 1 << 11;

describe("ProgrammeGovernance: programme admin two-step transfer", () => {
  it("starts with the deploying account as the only admin and the configured delay", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    expect(await d.programme.defaultAdmin()).to.equal(d.admin.address);
    expect(await d.programme.owner()).to.equal(d.admin.address);
    expect(await d.programme.hasRole(ADMIN_ROLE, d.admin.address)).to.equal(true);
    expect(await d.programme.defaultAdminDelay()).to.equal(BigInt(ADMIN_DELAY));
    expect(await d.programme.pendingDefaultAdmin()).to.deep.equal([ethers.ZeroAddress, 0n]);
    expect(await d.programme.DEFAULT_ADMIN_ROLE()).to.equal(ADMIN_ROLE);
    expect(await d.programme.FIELD_COUNT()).to.equal(17n);
  });

  it("beginDefaultAdminTransfer schedules the new admin at now + delay", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const now = (await networkHelpers.time.latest()) + 10;
    await networkHelpers.time.setNextBlockTimestamp(now);
    await expect(d.programme.connect(d.admin).beginDefaultAdminTransfer(d.outsider.address))
      .to.emit(d.programme, "DefaultAdminTransferScheduled")
      .withArgs(d.outsider.address, now + ADMIN_DELAY);
    expect(await d.programme.pendingDefaultAdmin()).to.deep.equal([d.outsider.address, BigInt(now + ADMIN_DELAY)]);
    expect(await d.programme.defaultAdmin()).to.equal(d.admin.address);
  });

  it("refuses to begin a transfer for anyone but the admin", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const who of [d.outsider, d.zoneAdmin, d.regulator, d.signer]) {
      await expectUnchanged(d, () =>
        expect(d.programme.connect(who).beginDefaultAdminTransfer(who.address))
          .to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, ADMIN_ROLE),
      );
    }
  });

  it("refuses acceptance before and exactly at the schedule, accepts one second later", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.admin).beginDefaultAdminTransfer(d.outsider.address)).wait();
    const [, schedule] = await d.programme.pendingDefaultAdmin();
    const accept = () => d.programme.connect(d.outsider).acceptDefaultAdminTransfer();

    await expectUnchanged(d, () => expect(accept()).to.be.revertedWithCustomError(d.programme, "AccessControlEnforcedDefaultAdminDelay").withArgs(schedule));
    await networkHelpers.time.setNextBlockTimestamp(schedule);
    await expect(accept()).to.be.revertedWithCustomError(d.programme, "AccessControlEnforcedDefaultAdminDelay").withArgs(schedule);
    await networkHelpers.time.setNextBlockTimestamp(schedule + 1n);
    await expect(accept())
      .to.emit(d.programme, "RoleRevoked")
      .withArgs(ADMIN_ROLE, d.admin.address, d.outsider.address)
      .and.to.emit(d.programme, "RoleGranted")
      .withArgs(ADMIN_ROLE, d.outsider.address, d.outsider.address);
    expect(await d.programme.defaultAdmin()).to.equal(d.outsider.address);
    expect(await d.programme.hasRole(ADMIN_ROLE, d.admin.address)).to.equal(false);
    expect(await d.programme.pendingDefaultAdmin()).to.deep.equal([ethers.ZeroAddress, 0n]);
  });

  it("only the pending admin can accept", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.admin).beginDefaultAdminTransfer(d.outsider.address)).wait();
    await networkHelpers.time.increase(ADMIN_DELAY + 1);
    for (const who of [d.admin, d.relayer]) {
      await expectUnchanged(d, () =>
        expect(d.programme.connect(who).acceptDefaultAdminTransfer())
          .to.be.revertedWithCustomError(d.programme, "AccessControlInvalidDefaultAdmin")
          .withArgs(who.address),
      );
    }
  });

  it("after the transfer the new admin acts and the old one cannot", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const newAdmin = d.outsider;
    await (await d.programme.connect(d.admin).beginDefaultAdminTransfer(newAdmin.address)).wait();
    await networkHelpers.time.increase(ADMIN_DELAY + 1);
    await (await d.programme.connect(newAdmin).acceptDefaultAdminTransfer()).wait();

    await expect(d.programme.connect(newAdmin).createZone("Haikou", "Hainan", "", ZERO_HASH))
      .to.emit(d.programme, "ZoneCreated")
      .withArgs(3, "Haikou", "Hainan", "", ZERO_HASH);
    await expect(d.programme.connect(newAdmin).setRegulatorFields(d.relayer.address, HEALTH_ONLY, TERM_END)).to.emit(d.programme, "RegulatorFieldsSet");
    // the new admin has zone authority everywhere
    await expect(d.programme.connect(newAdmin).setEntityStatus(1, 2)).to.emit(d.programme, "EntityStatusChanged");

    for (const call of [
      () => d.programme.connect(d.admin).createZone("Ganzhou", "Jiangxi", "", ZERO_HASH),
      () => d.programme.connect(d.admin).pause(),
      () => d.programme.connect(d.admin).setExpertFields(d.relayer.address, HEALTH_ONLY, TERM_END),
      () => d.programme.connect(d.admin).beginDefaultAdminTransfer(d.admin.address),
    ]) {
      await expectUnchanged(d, () =>
        expect(call()).to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount").withArgs(d.admin.address, ADMIN_ROLE),
      );
    }
    // the old admin lost its zone authority too
    await expect(d.programme.connect(d.admin).setEntityStatus(1, 1)).to.be.revertedWithCustomError(d.programme, "NotZoneAdmin").withArgs(1, d.admin.address);
    // ... and, holding no office any more, may now sign for an entity; the new admin may not
    await expect(d.programme.connect(d.zoneAdmin2).addSigner(2, await signConsent(ethers, d.programme, d.admin, 2)))
      .to.emit(d.programme, "SignerAdded")
      .withArgs(2, d.admin.address);
    await expect(d.programme.connect(d.zoneAdmin2).addSigner(2, await signConsent(ethers, d.programme, newAdmin, 2)))
      .to.be.revertedWithCustomError(d.programme, "AccountHoldsOffice")
      .withArgs(newAdmin.address);
  });

  it("cancelDefaultAdminTransfer clears the pending admin, who can then not accept", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.admin).beginDefaultAdminTransfer(d.outsider.address)).wait();
    await expectUnchanged(d, () =>
      expect(d.programme.connect(d.outsider).cancelDefaultAdminTransfer())
        .to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount")
        .withArgs(d.outsider.address, ADMIN_ROLE),
    );
    await expect(d.programme.connect(d.admin).cancelDefaultAdminTransfer()).to.emit(d.programme, "DefaultAdminTransferCanceled");
    expect(await d.programme.pendingDefaultAdmin()).to.deep.equal([ethers.ZeroAddress, 0n]);
    await networkHelpers.time.increase(ADMIN_DELAY + 1);
    await expect(d.programme.connect(d.outsider).acceptDefaultAdminTransfer())
      .to.be.revertedWithCustomError(d.programme, "AccessControlInvalidDefaultAdmin")
      .withArgs(d.outsider.address);
    expect(await d.programme.defaultAdmin()).to.equal(d.admin.address);
  });

  it("a second begin replaces the first (implicit cancellation)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.admin).beginDefaultAdminTransfer(d.outsider.address)).wait();
    await expect(d.programme.connect(d.admin).beginDefaultAdminTransfer(d.relayer.address))
      .to.emit(d.programme, "DefaultAdminTransferCanceled")
      .and.to.emit(d.programme, "DefaultAdminTransferScheduled");
    await networkHelpers.time.increase(ADMIN_DELAY + 1);
    await expect(d.programme.connect(d.outsider).acceptDefaultAdminTransfer())
      .to.be.revertedWithCustomError(d.programme, "AccessControlInvalidDefaultAdmin")
      .withArgs(d.outsider.address);
    await (await d.programme.connect(d.relayer).acceptDefaultAdminTransfer()).wait();
    expect(await d.programme.defaultAdmin()).to.equal(d.relayer.address);
  });

  it("refuses grantRole and revokeRole of DEFAULT_ADMIN_ROLE, even by the admin", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await expectUnchanged(d, () =>
      expect(d.programme.connect(d.admin).grantRole(ADMIN_ROLE, d.outsider.address)).to.be.revertedWithCustomError(
        d.programme,
        "AccessControlEnforcedDefaultAdminRules",
      ),
    );
    await expectUnchanged(d, () =>
      expect(d.programme.connect(d.admin).revokeRole(ADMIN_ROLE, d.admin.address)).to.be.revertedWithCustomError(
        d.programme,
        "AccessControlEnforcedDefaultAdminRules",
      ),
    );
    expect(await d.programme.hasRole(ADMIN_ROLE, d.outsider.address)).to.equal(false);
  });

  it("refuses renouncing the admin role without a scheduled transfer to the zero address", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await expectUnchanged(d, () =>
      expect(d.programme.connect(d.admin).renounceRole(ADMIN_ROLE, d.admin.address))
        .to.be.revertedWithCustomError(d.programme, "AccessControlEnforcedDefaultAdminDelay")
        .withArgs(0),
    );
  });

  it("changeDefaultAdminDelay is the admin's only and schedules the new delay", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await expect(d.programme.connect(d.outsider).changeDefaultAdminDelay(1))
      .to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount")
      .withArgs(d.outsider.address, ADMIN_ROLE);
    await expect(d.programme.connect(d.admin).changeDefaultAdminDelay(ADMIN_DELAY * 2)).to.emit(d.programme, "DefaultAdminDelayChangeScheduled");
    const [newDelay] = await d.programme.pendingDefaultAdminDelay();
    expect(newDelay).to.equal(BigInt(ADMIN_DELAY * 2));
    expect(await d.programme.defaultAdminDelay()).to.equal(BigInt(ADMIN_DELAY));
  });
});
