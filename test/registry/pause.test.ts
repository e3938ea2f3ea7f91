import { expect } from "chai";
import { network } from "hardhat";
import { seedProgramme, signConsent, docHash, request, bit, EDUCATION, HEALTH, ZERO_HASH, TERM_END } from "../helpers/fixtures.js";
import { expectUnchanged } from "../helpers/registry.js";
import { EntityStatus, EntityType, Kind, ProjectStatus, ZoneStatus } from "@pilot/sdk/domain";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const ADMIN_ROLE = ethers.ZeroHash;

async function seededThenPaused() {
  const d = await seedProgramme(connection);
  await (await d.programme.connect(d.admin).pause()).wait();
  return d;
}
const seeded = () => seedProgramme(connection);
const paused = () => seededThenPaused();

describe("ProgrammeGovernance: pause", () => {
  it("pause emits Paused and sets paused(); unpause emits Unpaused and clears it", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    expect(await d.programme.paused()).to.equal(false);
    await expect(d.programme.connect(d.admin).pause()).to.emit(d.programme, "Paused").withArgs(d.admin.address);
    expect(await d.programme.paused()).to.equal(true);
    await expect(d.programme.connect(d.admin).unpause()).to.emit(d.programme, "Unpaused").withArgs(d.admin.address);
    expect(await d.programme.paused()).to.equal(false);
  });

  it("refuses pause while paused (EnforcedPause) and unpause while running (ExpectedPause)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await expectUnchanged(d, () => expect(d.programme.connect(d.admin).unpause()).to.be.revertedWithCustomError(d.programme, "ExpectedPause"));
    await (await d.programme.connect(d.admin).pause()).wait();
    await expectUnchanged(d, () => expect(d.programme.connect(d.admin).pause()).to.be.revertedWithCustomError(d.programme, "EnforcedPause"));
  });

  it("refuses pause and unpause by anyone but the programme admin", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const who of [d.zoneAdmin, d.regulator, d.expert, d.signer, d.outsider]) {
      await expectUnchanged(d, () =>
        expect(d.programme.connect(who).pause())
          .to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, ADMIN_ROLE),
      );
    }
    await (await d.programme.connect(d.admin).pause()).wait();
    for (const who of [d.zoneAdmin, d.outsider]) {
      await expectUnchanged(d, () =>
        expect(d.programme.connect(who).unpause())
          .to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, ADMIN_ROLE),
      );
    }
  });

  describe("while paused", () => {
    it("refuses every action of a zone administrator with EnforcedPause", async () => {
      const d = await networkHelpers.loadFixture(paused);
      const za = d.programme.connect(d.zoneAdmin);
      const [s0] = d.spare;
      const k0 = await signConsent(ethers, d.programme, s0, 1);
      for (const call of [
        () => za.registerEntity(1, "Chongqing Housing Provident Fund", EntityType.GovernmentBody, bit(HEALTH), "", ZERO_HASH, []),
        () => za.addSigner(1, k0),
        () => za.removeSigner(1, d.signer2.address),
        () => za.setEntityStatus(1, EntityStatus.Suspended),
        () => za.setProjectStatus(2, ProjectStatus.Active, ""),
        () => za.setProjectStatus(2, ProjectStatus.Rejected, "no"),
        () => za.setProjectStatus(1, ProjectStatus.Suspended, "audit"),
      ]) {
        await expectUnchanged(d, () => expect(call()).to.be.revertedWithCustomError(d.programme, "EnforcedPause"));
      }
    });

    it("refuses a regulator's suspension and a signer's proposal with EnforcedPause", async () => {
      const d = await networkHelpers.loadFixture(paused);
      await expectUnchanged(d, () =>
        expect(d.programme.connect(d.regulator).setProjectStatus(1, ProjectStatus.Suspended, "audit")).to.be.revertedWithCustomError(
          d.programme,
          "EnforcedPause",
        ),
      );
      await expectUnchanged(d, () =>
        expect(d.programme.connect(d.signer).proposeProject(HEALTH, "Telemedicine", "", ZERO_HASH)).to.be.revertedWithCustomError(d.programme, "EnforcedPause"),
      );
      await expectUnchanged(d, () =>
        expect(d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, docHash(ethers)))).to.be.revertedWithCustomError(
          d.programme,
          "EnforcedPause",
        ),
      );
    });

    it("checks scope before the pause: another zone's administrator gets NotZoneAdmin", async () => {
      const d = await networkHelpers.loadFixture(paused);
      await expect(d.programme.connect(d.zoneAdmin2).setEntityStatus(1, EntityStatus.Suspended))
        .to.be.revertedWithCustomError(d.programme, "NotZoneAdmin")
        .withArgs(1, d.zoneAdmin2.address);
      await expect(d.programme.connect(d.zoneAdmin2).setProjectStatus(1, ProjectStatus.Suspended, "x"))
        .to.be.revertedWithCustomError(d.programme, "NotProjectAuthority")
        .withArgs(1, d.zoneAdmin2.address);
    });

    it("lets the programme admin repair the system: dismiss offices, suspend entities, remove keys, stop projects", async () => {
      const d = await networkHelpers.loadFixture(paused);
      const a = d.programme.connect(d.admin);
      await expect(a.removeZoneAdmin(d.zoneAdmin.address)).to.emit(d.programme, "ZoneAdminRemoved").withArgs(1, d.zoneAdmin.address);
      await expect(a.setRegulatorFields(d.regulator.address, 0, TERM_END))
        .to.emit(d.programme, "RegulatorFieldsSet")
        .withArgs(d.regulator.address, 0, TERM_END);
      await expect(a.setExpertFields(d.expert.address, 0, TERM_END))
        .to.emit(d.programme, "ExpertFieldsSet")
        .withArgs(d.expert.address, 0, TERM_END);
      await expect(a.setEntityStatus(1, EntityStatus.Suspended))
        .to.emit(d.programme, "EntityStatusChanged")
        .withArgs(1, EntityStatus.Suspended, d.admin.address);
      await expect(a.removeSigner(1, d.signer2.address)).to.emit(d.programme, "SignerRemoved").withArgs(1, d.signer2.address);
      await expect(a.addSigner(1, await signConsent(ethers, d.programme, d.spare[0], 1)))
        .to.emit(d.programme, "SignerAdded")
        .withArgs(1, d.spare[0].address);
      await expect(a.setProjectStatus(1, ProjectStatus.Suspended, "incident"))
        .to.emit(d.programme, "ProjectStatusChanged")
        .withArgs(1, ProjectStatus.Suspended, d.admin.address, "incident");
      await expect(a.setProjectStatus(2, ProjectStatus.Rejected, "incident")).to.emit(d.programme, "ProjectStatusChanged");
      await expect(a.setZoneStatus(2, ZoneStatus.Suspended)).to.emit(d.programme, "ZoneStatusChanged");
      await expect(a.appointZoneAdmin(1, d.spare[1].address, TERM_END)).to.emit(d.programme, "ZoneAdminAppointed");
      await expect(a.createZone("Haikou", "Hainan", "", ZERO_HASH)).to.emit(d.programme, "ZoneCreated");
      await expect(a.registerEntity(1, "Haier", EntityType.Enterprise, bit(EDUCATION), "", ZERO_HASH, [])).to.emit(d.programme, "EntityRegistered");
      expect(await d.programme.paused()).to.equal(true);
    });

    it("keeps every read working", async () => {
      const d = await networkHelpers.loadFixture(paused);
      expect((await d.programme.getZone(1)).name).to.equal("Chengdu");
      expect((await d.programme.getEntity(1)).name).to.equal("West China Hospital");
      expect(await d.programme.signersOf(1)).to.deep.equal([d.signer.address, d.signer2.address]);
      expect((await d.programme.getProject(1)).title).to.equal("Shared medical records");
      expect((await d.programme.getAccount(d.zoneAdmin.address)).zoneAdminOf).to.equal(1n);
      expect(await d.programme.nonces(d.signer.address)).to.equal(0n);
      expect(await d.programme.totals()).to.deep.equal([2n, 2n, 3n, 0n]);
      const [zones, total] = await d.reader.zones(0, 10);
      expect(zones.length).to.equal(2);
      expect(total).to.equal(2n);
    });

    it("unpausing lets the zone administrators act again", async () => {
      const d = await networkHelpers.loadFixture(paused);
      await (await d.programme.connect(d.admin).unpause()).wait();
      await expect(d.programme.connect(d.zoneAdmin).setProjectStatus(2, ProjectStatus.Active, "")).to.emit(d.programme, "ProjectStatusChanged");
    });
  });

  describe("totals", () => {
    it("counts zones, entities, projects and attestations", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      expect(await d.programme.totals()).to.deep.equal([2n, 2n, 3n, 0n]);
      await (await d.programme.connect(d.admin).createZone("Fuzhou", "Fujian", "", ZERO_HASH)).wait();
      await (await d.programme.connect(d.admin).registerEntity(3, "Aisino", EntityType.Enterprise, bit(5), "", ZERO_HASH, [])).wait();
      await (await d.programme.connect(d.signer).proposeProject(HEALTH, "Telemedicine", "", ZERO_HASH)).wait();
      await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, docHash(ethers)))).wait();
      expect(await d.programme.totals()).to.deep.equal([3n, 3n, 4n, 1n]);
    });
  });
});
