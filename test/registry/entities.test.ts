import { expect } from "chai";
import { network } from "hardhat";
import { seedProgramme, signConsent, bit, ENERGY, EDUCATION, HEALTH, ZERO_HASH } from "../helpers/fixtures.js";
import { expectUnchanged } from "../helpers/registry.js";
import { EntityStatus, EntityType, ZoneStatus } from "@pilot/sdk/domain";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedProgramme(connection);
const ALL_FIELDS = (1 << 17) - 1;

describe("EntityRegistry.registerEntity", () => {
  it("registers an active entity with its signers, as the zone administrator", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const za = d.programme.connect(d.zoneAdmin);
    const [s0, s1] = d.spare;
    const hash = ethers.id("entity metadata");
    const keys = [await signConsent(ethers, d.programme, s0, 3), await signConsent(ethers, d.programme, s1, 3)];
    const register = () => za.registerEntity(1, "Chengdu Gas", EntityType.Utility, bit(ENERGY), "ipfs://e/3", hash, keys);
    expect(await za.registerEntity.staticCall(1, "Chengdu Gas", EntityType.Utility, bit(ENERGY), "ipfs://e/3", hash, keys)).to.equal(3n);
    await expect(register())
      .to.emit(d.programme, "EntityRegistered")
      .withArgs(3, 1, EntityType.Utility, bit(ENERGY), "Chengdu Gas", "ipfs://e/3", hash)
      .and.to.emit(d.programme, "SignerAdded")
      .withArgs(3, s0.address)
      .and.to.emit(d.programme, "SignerAdded")
      .withArgs(3, s1.address);
    const at = await networkHelpers.time.latest();
    expect(await d.programme.getEntity(3)).to.deep.equal([
      3n,
      1n,
      BigInt(EntityStatus.Active),
      BigInt(EntityType.Utility),
      BigInt(bit(ENERGY)),
      BigInt(at),
      0n,
      "Chengdu Gas",
      "ipfs://e/3",
      hash,
    ]);
    expect(await d.programme.signersOf(3)).to.deep.equal([s0.address, s1.address]);
    expect((await d.programme.getAccount(s0.address)).entityId).to.equal(3n);
    expect((await d.programme.getZone(1)).entityCount).to.equal(2n);
    expect((await d.programme.getZone(2)).entityCount).to.equal(1n);
    expect((await d.programme.totals()).entities).to.equal(3n);
  });

  it("registers as the programme admin in any zone, with no signers, every entity type and all fields", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const a = d.programme.connect(d.admin);
    for (let t = EntityType.Hospital; t <= EntityType.Other; t++) {
      await expect(a.registerEntity(2, `Entity type ${t}`, t, ALL_FIELDS, "", ZERO_HASH, []))
        .to.emit(d.programme, "EntityRegistered")
        .withArgs(3 + t, 2, t, ALL_FIELDS, `Entity type ${t}`, "", ZERO_HASH);
      expect(await d.programme.signersOf(3 + t)).to.deep.equal([]);
    }
    expect((await d.programme.getZone(2)).entityCount).to.equal(10n);
  });

  it("refuses another zone's administrator and accounts without zone authority (NotZoneAdmin)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const who of [d.zoneAdmin2, d.regulator, d.expert, d.signer, d.outsider]) {
      await expectUnchanged(d, async () =>
        expect(d.programme.connect(who).registerEntity(1, "CNOOC", EntityType.Enterprise, bit(ENERGY), "", ZERO_HASH, []))
          .to.be.revertedWithCustomError(d.programme, "NotZoneAdmin")
          .withArgs(1, who.address),
      );
    }
  });

  it("refuses an unknown zone, before checking authority", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const who of [d.admin, d.outsider]) {
      await expectUnchanged(d, async () =>
        expect(d.programme.connect(who).registerEntity(7, "CNOOC", EntityType.Enterprise, bit(ENERGY), "", ZERO_HASH, []))
          .to.be.revertedWithCustomError(d.programme, "UnknownZone")
          .withArgs(7),
      );
    }
  });

  for (const status of [ZoneStatus.Suspended, ZoneStatus.Closed]) {
    it(`refuses a ${ZoneStatus[status].toLowerCase()} zone (ZoneNotActive), also for the programme admin`, async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await (await d.programme.connect(d.admin).setZoneStatus(1, status)).wait();
      for (const who of [d.zoneAdmin, d.admin]) {
        await expectUnchanged(d, async () =>
          expect(d.programme.connect(who).registerEntity(1, "CNOOC", EntityType.Enterprise, bit(ENERGY), "", ZERO_HASH, []))
            .to.be.revertedWithCustomError(d.programme, "ZoneNotActive")
            .withArgs(1, status),
        );
      }
    });
  }

  it("refuses an empty name, an entity type beyond Other, empty or out-of-range fields", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const za = d.programme.connect(d.zoneAdmin);
    await expectUnchanged(d, async () =>
      expect(za.registerEntity(1, "", EntityType.Bank, bit(ENERGY), "", ZERO_HASH, [])).to.be.revertedWithCustomError(d.programme, "EmptyName"),
    );
    for (const t of [9, 255]) {
      await expectUnchanged(d, async () =>
        expect(za.registerEntity(1, "ICBC", t, bit(ENERGY), "", ZERO_HASH, []))
          .to.be.revertedWithCustomError(d.programme, "InvalidEntityType")
          .withArgs(t),
      );
    }
    for (const fields of [0, 1 << 17, ALL_FIELDS + (1 << 17), 2 ** 32 - 1]) {
      await expectUnchanged(d, async () =>
        expect(za.registerEntity(1, "ICBC", EntityType.Bank, fields, "", ZERO_HASH, []))
          .to.be.revertedWithCustomError(d.programme, "InvalidFields")
          .withArgs(fields),
      );
    }
  });

  describe("signers at registration", () => {
    it("refuses a duplicate in the list, naming the new entity", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const s = d.spare[0].address;
      const k = await signConsent(ethers, d.programme, d.spare[0], 3);
      await expectUnchanged(d, async () =>
        expect(d.programme.connect(d.zoneAdmin).registerEntity(1, "Haier", EntityType.Enterprise, bit(HEALTH), "", ZERO_HASH, [k, k]))
          .to.be.revertedWithCustomError(d.programme, "SignerAlreadyRegistered")
          .withArgs(s, 3),
      );
    });

    it("refuses a signer of another entity", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await expectUnchanged(d, async () =>
        expect(
          d.programme
            .connect(d.zoneAdmin)
            .registerEntity(1, "Haier", EntityType.Enterprise, bit(HEALTH), "", ZERO_HASH, [await signConsent(ethers, d.programme, d.otherSigner, 3)]),
        )
          .to.be.revertedWithCustomError(d.programme, "SignerAlreadyRegistered")
          .withArgs(d.otherSigner.address, 2),
      );
    });

    it("refuses every office holder and the programme admin (AccountHoldsOffice)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const who of [d.zoneAdmin, d.zoneAdmin2, d.regulator, d.expert, d.admin]) {
        await expectUnchanged(d, async () =>
          expect(
            d.programme
              .connect(d.admin)
              .registerEntity(1, "Haier", EntityType.Enterprise, bit(HEALTH), "", ZERO_HASH, [await signConsent(ethers, d.programme, who, 3)]),
          )
            .to.be.revertedWithCustomError(d.programme, "AccountHoldsOffice")
            .withArgs(who.address),
        );
      }
    });

    it("refuses the zero address", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await expectUnchanged(d, async () =>
        expect(
          d.programme
            .connect(d.zoneAdmin)
            .registerEntity(1, "Haier", EntityType.Enterprise, bit(HEALTH), "", ZERO_HASH, [
              { account: ethers.ZeroAddress, deadline: 2n ** 63n, signature: "0x" },
            ]),
        ).to.be.revertedWithCustomError(d.programme, "ZeroAddress"),
      );
    });

    it("reverts the whole registration when one signer is bad: no entity, no signer, no count", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const [good1, good2] = d.spare;
      await expectUnchanged(d, async () =>
        expect(
          d.programme
            .connect(d.zoneAdmin)
            .registerEntity(1, "Haier", EntityType.Enterprise, bit(HEALTH), "", ZERO_HASH, [
              await signConsent(ethers, d.programme, good1, 3),
              await signConsent(ethers, d.programme, good2, 3),
              await signConsent(ethers, d.programme, d.regulator, 3),
            ]),
        )
          .to.be.revertedWithCustomError(d.programme, "AccountHoldsOffice")
          .withArgs(d.regulator.address),
      );
      expect((await d.programme.getAccount(good1.address)).entityId).to.equal(0n);
      expect((await d.programme.getZone(1)).entityCount).to.equal(1n);
      await expect(d.programme.getEntity(3)).to.be.revertedWithCustomError(d.programme, "UnknownEntity").withArgs(3);
      // the good accounts are still free
      await expect(
        d.programme
          .connect(d.zoneAdmin)
          .registerEntity(1, "Haier", EntityType.Enterprise, bit(HEALTH), "", ZERO_HASH, [
            await signConsent(ethers, d.programme, good1, 3),
            await signConsent(ethers, d.programme, good2, 3),
          ]),
      ).to.emit(d.programme, "EntityRegistered");
    });
  });
});

describe("EntityRegistry.setEntityStatus", () => {
  const LEGAL: ReadonlyArray<readonly [EntityStatus, EntityStatus]> = [
    [EntityStatus.Active, EntityStatus.Suspended],
    [EntityStatus.Suspended, EntityStatus.Active],
    [EntityStatus.Active, EntityStatus.Revoked],
    [EntityStatus.Suspended, EntityStatus.Revoked],
  ];
  const ALL = [EntityStatus.None, EntityStatus.Active, EntityStatus.Suspended, EntityStatus.Revoked];

  for (const from of [EntityStatus.Active, EntityStatus.Suspended, EntityStatus.Revoked]) {
    for (const to of ALL) {
      const legal = LEGAL.some(([f, t]) => f === from && t === to);
      it(`${EntityStatus[from]} -> ${EntityStatus[to]}: ${legal ? "allowed" : "IllegalEntityTransition"}`, async () => {
        const d = await networkHelpers.loadFixture(seeded);
        const za = d.programme.connect(d.zoneAdmin);
        if (from !== EntityStatus.Active) await (await za.setEntityStatus(1, from)).wait();
        if (legal) {
          await expect(za.setEntityStatus(1, to)).to.emit(d.programme, "EntityStatusChanged").withArgs(1, to, d.zoneAdmin.address);
          expect((await d.programme.getEntity(1)).status).to.equal(BigInt(to));
        } else {
          await expectUnchanged(d, async () =>
            expect(za.setEntityStatus(1, to)).to.be.revertedWithCustomError(d.programme, "IllegalEntityTransition").withArgs(1, from, to),
          );
        }
      });
    }
  }

  it("the programme admin may change any entity's status", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await expect(d.programme.connect(d.admin).setEntityStatus(2, EntityStatus.Suspended))
      .to.emit(d.programme, "EntityStatusChanged")
      .withArgs(2, EntityStatus.Suspended, d.admin.address);
  });

  it("refuses another zone's administrator and other accounts (NotZoneAdmin)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const who of [d.zoneAdmin2, d.regulator, d.signer, d.outsider]) {
      await expectUnchanged(d, async () =>
        expect(d.programme.connect(who).setEntityStatus(1, EntityStatus.Suspended))
          .to.be.revertedWithCustomError(d.programme, "NotZoneAdmin")
          .withArgs(1, who.address),
      );
    }
  });

  it("refuses a status beyond Revoked (InvalidStatus, before the id) and unknown entities", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const [entityId, status] of [
      [1, 4],
      [1, 255],
      [99, 4],
    ]) {
      await expectUnchanged(d, async () =>
        expect(d.programme.connect(d.admin).setEntityStatus(entityId, status)).to.be.revertedWithCustomError(d.programme, "InvalidStatus").withArgs(status),
      );
    }
    for (const entityId of [0, 3]) {
      await expectUnchanged(d, async () =>
        expect(d.programme.connect(d.admin).setEntityStatus(entityId, EntityStatus.Suspended))
          .to.be.revertedWithCustomError(d.programme, "UnknownEntity")
          .withArgs(entityId),
      );
    }
  });
});

describe("EntityRegistry.getEntity / signersOf", () => {
  it("reads an entity and its signers; refuses ids never registered", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const e = await d.programme.getEntity(2);
    expect([e.id, e.zoneId, e.status, e.entityType, e.fields, e.projectCount, e.name]).to.deep.equal([
      2n,
      2n,
      BigInt(EntityStatus.Active),
      BigInt(EntityType.University),
      BigInt(bit(EDUCATION)),
      1n,
      "Jiangnan University",
    ]);
    expect(await d.programme.signersOf(2)).to.deep.equal([d.otherSigner.address]);
    for (const entityId of [0, 3]) {
      await expect(d.programme.getEntity(entityId)).to.be.revertedWithCustomError(d.programme, "UnknownEntity").withArgs(entityId);
      await expect(d.programme.signersOf(entityId)).to.be.revertedWithCustomError(d.programme, "UnknownEntity").withArgs(entityId);
    }
  });
});
