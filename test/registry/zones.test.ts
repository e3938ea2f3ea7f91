import { expect } from "chai";
import { network } from "hardhat";
import { deployProgramme, seedProgramme, bit, HEALTH, ZERO_HASH, TERM_END } from "../helpers/fixtures.js";
import { expectUnchanged } from "../helpers/registry.js";
import { EntityType, ZoneStatus } from "@pilot/sdk/domain";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const deployed = () => deployProgramme(connection);
const seeded = () => seedProgramme(connection);
const ADMIN_ROLE = ethers.ZeroHash;

const LEGAL: ReadonlyArray<readonly [ZoneStatus, ZoneStatus]> = [
  [ZoneStatus.Active, ZoneStatus.Suspended],
  [ZoneStatus.Suspended, ZoneStatus.Active],
  [ZoneStatus.Active, ZoneStatus.Closed],
  [ZoneStatus.Suspended, ZoneStatus.Closed],
];
const ALL = [ZoneStatus.None, ZoneStatus.Active, ZoneStatus.Suspended, ZoneStatus.Closed];

describe("ZoneRegistry.createZone", () => {
  it("creates active zones with ids from 1, counts them and emits ZoneCreated", async () => {
    const d = await networkHelpers.loadFixture(deployed);
    const a = d.programme.connect(d.admin);
    const hash = ethers.id("zone description");
    expect(await a.createZone.staticCall("Beijing (Haidian)", "Beijing", "ipfs://z", hash)).to.equal(1n);
    await expect(a.createZone("Beijing (Haidian)", "Beijing", "ipfs://z", hash))
      .to.emit(d.programme, "ZoneCreated")
      .withArgs(1, "Beijing (Haidian)", "Beijing", "ipfs://z", hash);
    const createdAt = await networkHelpers.time.latest();
    await expect(a.createZone("Xiong'an", "", "", ZERO_HASH))
      .to.emit(d.programme, "ZoneCreated")
      .withArgs(2, "Xiong'an", "", "", ZERO_HASH);
    expect(await d.programme.getZone(1)).to.deep.equal([
      1n,
      BigInt(ZoneStatus.Active),
      BigInt(createdAt),
      0n,
      "Beijing (Haidian)",
      "Beijing",
      "ipfs://z",
      hash,
    ]);
    expect((await d.programme.totals()).zones).to.equal(2n);
  });

  it("refuses an empty name", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await expectUnchanged(d, () =>
      expect(d.programme.connect(d.admin).createZone("", "Sichuan", "", ZERO_HASH)).to.be.revertedWithCustomError(d.programme, "EmptyName"),
    );
  });

  it("is the programme admin's only", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const who of [d.zoneAdmin, d.regulator, d.outsider]) {
      await expectUnchanged(d, () =>
        expect(d.programme.connect(who).createZone("Guiyang", "Guizhou", "", ZERO_HASH))
          .to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, ADMIN_ROLE),
      );
    }
  });
});

describe("ZoneRegistry.setZoneStatus", () => {
  async function zoneIn(status: ZoneStatus) {
    const d = await networkHelpers.loadFixture(seeded);
    const a = d.programme.connect(d.admin);
    if (status === ZoneStatus.Suspended || status === ZoneStatus.Closed) await (await a.setZoneStatus(1, status)).wait();
    return d;
  }

  for (const from of [ZoneStatus.Active, ZoneStatus.Suspended, ZoneStatus.Closed]) {
    for (const to of ALL) {
      const legal = LEGAL.some(([f, t]) => f === from && t === to);
      it(`${ZoneStatus[from]} -> ${ZoneStatus[to]}: ${legal ? "allowed" : "IllegalZoneTransition"}`, async () => {
        const d = await zoneIn(from);
        const tx = () => d.programme.connect(d.admin).setZoneStatus(1, to);
        if (legal) {
          await expect(tx()).to.emit(d.programme, "ZoneStatusChanged").withArgs(1, to, d.admin.address);
          expect((await d.programme.getZone(1)).status).to.equal(BigInt(to));
        } else {
          await expectUnchanged(d, () => expect(tx()).to.be.revertedWithCustomError(d.programme, "IllegalZoneTransition").withArgs(1, from, to));
        }
      });
    }
  }

  it("refuses a status beyond Closed with InvalidStatus (checked before the zone id)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const [zoneId, status] of [
      [1, 4],
      [1, 255],
      [99, 4],
    ]) {
      await expectUnchanged(d, () =>
        expect(d.programme.connect(d.admin).setZoneStatus(zoneId, status)).to.be.revertedWithCustomError(d.programme, "InvalidStatus").withArgs(status),
      );
    }
  });

  it("refuses an unknown zone", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const zoneId of [0, 3]) {
      await expectUnchanged(d, () =>
        expect(d.programme.connect(d.admin).setZoneStatus(zoneId, ZoneStatus.Suspended))
          .to.be.revertedWithCustomError(d.programme, "UnknownZone")
          .withArgs(zoneId),
      );
    }
  });

  it("is the programme admin's only, not the zone administrator's", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await expectUnchanged(d, () =>
      expect(d.programme.connect(d.zoneAdmin).setZoneStatus(1, ZoneStatus.Suspended))
        .to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount")
        .withArgs(d.zoneAdmin.address, ADMIN_ROLE),
    );
  });
});

describe("ZoneRegistry.appointZoneAdmin / removeZoneAdmin", () => {
  it("appoints an administrator, who can then register entities in that zone", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const who = d.spare[0];
    await expect(d.programme.connect(d.admin).appointZoneAdmin(2, who.address, TERM_END))
      .to.emit(d.programme, "ZoneAdminAppointed")
      .withArgs(2, who.address, TERM_END);
    expect((await d.programme.getAccount(who.address)).zoneAdminOf).to.equal(2n);
    await expect(d.programme.connect(who).registerEntity(2, "Wuxi Water", EntityType.Utility, bit(HEALTH), "", ZERO_HASH, [])).to.emit(
      d.programme,
      "EntityRegistered",
    );
  });

  it("allows a second administrator per zone, an administrator in a suspended zone, and a regulator as administrator", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const a = d.programme.connect(d.admin);
    await expect(a.appointZoneAdmin(1, d.spare[0].address, TERM_END))
      .to.emit(d.programme, "ZoneAdminAppointed")
      .withArgs(1, d.spare[0].address, TERM_END);
    await (await a.setZoneStatus(2, ZoneStatus.Suspended)).wait();
    await expect(a.appointZoneAdmin(2, d.spare[1].address, TERM_END))
      .to.emit(d.programme, "ZoneAdminAppointed")
      .withArgs(2, d.spare[1].address, TERM_END);
    await expect(a.appointZoneAdmin(2, d.regulator.address, TERM_END))
      .to.emit(d.programme, "ZoneAdminAppointed")
      .withArgs(2, d.regulator.address, TERM_END);
  });

  it("refuses an unknown zone, a closed zone, the zero address, an entity signer, an existing administrator", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const a = d.programme.connect(d.admin);
    const who = d.spare[0].address;
    await expectUnchanged(d, () =>
      expect(a.appointZoneAdmin(0, who, TERM_END))
        .to.be.revertedWithCustomError(d.programme, "UnknownZone")
        .withArgs(0),
    );
    await expectUnchanged(d, () =>
      expect(a.appointZoneAdmin(3, who, TERM_END))
        .to.be.revertedWithCustomError(d.programme, "UnknownZone")
        .withArgs(3),
    );
    await expectUnchanged(d, () => expect(a.appointZoneAdmin(1, ethers.ZeroAddress, TERM_END)).to.be.revertedWithCustomError(d.programme, "ZeroAddress"));
    await expectUnchanged(d, () =>
      expect(a.appointZoneAdmin(1, d.signer.address, TERM_END))
        .to.be.revertedWithCustomError(d.programme, "AccountIsEntitySigner")
        .withArgs(d.signer.address, 1),
    );
    for (const zoneId of [1, 2]) {
      await expectUnchanged(d, () =>
        expect(a.appointZoneAdmin(zoneId, d.zoneAdmin.address, TERM_END))
          .to.be.revertedWithCustomError(d.programme, "AlreadyZoneAdmin")
          .withArgs(d.zoneAdmin.address, 1),
      );
    }
    await (await a.setZoneStatus(2, ZoneStatus.Closed)).wait();
    await expectUnchanged(d, () =>
      expect(a.appointZoneAdmin(2, who, TERM_END))
        .to.be.revertedWithCustomError(d.programme, "ZoneNotActive")
        .withArgs(2, ZoneStatus.Closed),
    );
  });

  it("removeZoneAdmin dismisses: the account loses its zone and can be appointed elsewhere", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const a = d.programme.connect(d.admin);
    await expect(a.removeZoneAdmin(d.zoneAdmin.address)).to.emit(d.programme, "ZoneAdminRemoved").withArgs(1, d.zoneAdmin.address);
    expect((await d.programme.getAccount(d.zoneAdmin.address)).zoneAdminOf).to.equal(0n);
    await expect(d.programme.connect(d.zoneAdmin).setEntityStatus(1, 2))
      .to.be.revertedWithCustomError(d.programme, "NotZoneAdmin")
      .withArgs(1, d.zoneAdmin.address);
    await expect(a.appointZoneAdmin(2, d.zoneAdmin.address, TERM_END))
      .to.emit(d.programme, "ZoneAdminAppointed")
      .withArgs(2, d.zoneAdmin.address, TERM_END);
  });

  it("removeZoneAdmin refuses an account that administers no zone with NotZoneAdmin(0, account)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const who of [d.outsider.address, d.regulator.address, ethers.ZeroAddress]) {
      await expectUnchanged(d, () =>
        expect(d.programme.connect(d.admin).removeZoneAdmin(who)).to.be.revertedWithCustomError(d.programme, "NotZoneAdmin").withArgs(0, who),
      );
    }
  });

  it("both are the programme admin's only", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const za = d.programme.connect(d.zoneAdmin);
    await expectUnchanged(d, () =>
      expect(za.appointZoneAdmin(1, d.spare[0].address, TERM_END))
        .to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount")
        .withArgs(d.zoneAdmin.address, ADMIN_ROLE),
    );
    await expectUnchanged(d, () =>
      expect(za.removeZoneAdmin(d.zoneAdmin.address))
        .to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount")
        .withArgs(d.zoneAdmin.address, ADMIN_ROLE),
    );
  });
});

describe("ZoneRegistry.getZone", () => {
  it("reads a zone and refuses ids never created", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const z = await d.programme.getZone(2);
    expect([z.id, z.status, z.entityCount, z.name, z.region, z.metadataURI, z.metadataHash]).to.deep.equal([
      2n,
      BigInt(ZoneStatus.Active),
      1n,
      "Wuxi",
      "Jiangsu",
      "",
      ZERO_HASH,
    ]);
    for (const zoneId of [0, 3, 2 ** 32 - 1]) {
      await expect(d.programme.getZone(zoneId)).to.be.revertedWithCustomError(d.programme, "UnknownZone").withArgs(zoneId);
    }
  });
});
