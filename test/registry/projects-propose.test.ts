import { expect } from "chai";
import { network } from "hardhat";
import { seedProgramme, signConsent, bit, ENERGY, EDUCATION, HEALTH, ZERO_HASH } from "../helpers/fixtures.js";
import { expectUnchanged } from "../helpers/registry.js";
import { EntityStatus, EntityType, ProjectStatus, ZoneStatus } from "@pilot/sdk/domain";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedProgramme(connection);

describe("ProjectRegistry.proposeProject", () => {
  it("records a proposed project of the signer's entity and counts it", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const s = d.programme.connect(d.signer2);
    const hash = ethers.id("project plan");
    expect(await s.proposeProject.staticCall(HEALTH, "Telemedicine", "ipfs://p/4", hash)).to.equal(4n);
    await expect(s.proposeProject(HEALTH, "Telemedicine", "ipfs://p/4", hash))
      .to.emit(d.programme, "ProjectProposed")
      .withArgs(4, 1, 1, HEALTH, d.signer2.address, "Telemedicine", "ipfs://p/4", hash);
    const at = BigInt(await networkHelpers.time.latest());
    expect(await d.programme.getProject(4)).to.deep.equal([
      4n,
      1n,
      1n,
      BigInt(HEALTH),
      BigInt(ProjectStatus.Proposed),
      at,
      at,
      d.signer2.address,
      "Telemedicine",
      "ipfs://p/4",
      hash,
    ]);
    expect((await d.programme.getEntity(1)).projectCount).to.equal(3n);
    expect((await d.programme.getEntity(2)).projectCount).to.equal(1n);
    expect((await d.programme.totals()).projects).to.equal(4n);
  });

  it("accepts the last field id (FIELD_COUNT - 1)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (
      await d.programme
        .connect(d.admin)
        .registerEntity(1, "Ningbo Port", EntityType.Enterprise, bit(16), "", ZERO_HASH, [await signConsent(ethers, d.programme, d.spare[0], 3)])
    ).wait();
    await expect(d.programme.connect(d.spare[0]).proposeProject(16, "Cross-border ledger", "", ZERO_HASH))
      .to.emit(d.programme, "ProjectProposed")
      .withArgs(4, 3, 1, 16, d.spare[0].address, "Cross-border ledger", "", ZERO_HASH);
  });

  it("refuses accounts that sign for no entity with NotEntitySigner(0, account)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const who of [d.outsider, d.zoneAdmin, d.regulator, d.expert, d.admin]) {
      await expectUnchanged(d, () =>
        expect(d.programme.connect(who).proposeProject(HEALTH, "Telemedicine", "", ZERO_HASH))
          .to.be.revertedWithCustomError(d.programme, "NotEntitySigner")
          .withArgs(0, who.address),
      );
    }
  });

  for (const status of [EntityStatus.Suspended, EntityStatus.Revoked]) {
    it(`refuses a ${EntityStatus[status].toLowerCase()} entity (EntityNotActive)`, async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await (await d.programme.connect(d.zoneAdmin).setEntityStatus(1, status)).wait();
      await expectUnchanged(d, () =>
        expect(d.programme.connect(d.signer).proposeProject(HEALTH, "Telemedicine", "", ZERO_HASH))
          .to.be.revertedWithCustomError(d.programme, "EntityNotActive")
          .withArgs(1, status),
      );
    });
  }

  for (const status of [ZoneStatus.Suspended, ZoneStatus.Closed]) {
    it(`refuses an entity in a ${ZoneStatus[status].toLowerCase()} zone (ZoneNotActive)`, async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await (await d.programme.connect(d.admin).setZoneStatus(1, status)).wait();
      await expectUnchanged(d, () =>
        expect(d.programme.connect(d.signer).proposeProject(HEALTH, "Telemedicine", "", ZERO_HASH))
          .to.be.revertedWithCustomError(d.programme, "ZoneNotActive")
          .withArgs(1, status),
      );
    });
  }

  it("refuses a field id >= FIELD_COUNT (InvalidField) and a field the entity is not in (FieldNotInEntity)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const field of [17, 31, 255]) {
      await expectUnchanged(d, () =>
        expect(d.programme.connect(d.signer).proposeProject(field, "Telemedicine", "", ZERO_HASH))
          .to.be.revertedWithCustomError(d.programme, "InvalidField")
          .withArgs(field),
      );
    }
    await expectUnchanged(d, () =>
      expect(d.programme.connect(d.signer).proposeProject(ENERGY, "Telemedicine", "", ZERO_HASH))
        .to.be.revertedWithCustomError(d.programme, "FieldNotInEntity")
        .withArgs(1, ENERGY),
    );
    await expectUnchanged(d, () =>
      expect(d.programme.connect(d.otherSigner).proposeProject(HEALTH, "Telemedicine", "", ZERO_HASH))
        .to.be.revertedWithCustomError(d.programme, "FieldNotInEntity")
        .withArgs(2, HEALTH),
    );
    await expect(d.programme.connect(d.otherSigner).proposeProject(EDUCATION, "Telemedicine", "", ZERO_HASH)).to.emit(d.programme, "ProjectProposed");
  });

  it("refuses an empty title", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await expectUnchanged(d, () =>
      expect(d.programme.connect(d.signer).proposeProject(HEALTH, "", "ipfs://x", ZERO_HASH)).to.be.revertedWithCustomError(d.programme, "EmptyName"),
    );
  });

  it("refuses while paused (EnforcedPause), before any other check", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.admin).pause()).wait();
    for (const who of [d.signer, d.outsider]) {
      await expectUnchanged(d, () =>
        expect(d.programme.connect(who).proposeProject(HEALTH, "Telemedicine", "", ZERO_HASH)).to.be.revertedWithCustomError(d.programme, "EnforcedPause"),
      );
    }
  });
});

describe("ProjectRegistry.getProject", () => {
  it("refuses ids never proposed", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const projectId of [0, 4, 2 ** 32 - 1]) {
      await expect(d.programme.getProject(projectId)).to.be.revertedWithCustomError(d.programme, "UnknownProject").withArgs(projectId);
    }
  });
});
