import { expect } from "chai";
import { network } from "hardhat";
import { seedProgramme, docHash, request, signConsent, EDUCATION, HEALTH, ZERO_HASH, TERM_END } from "../helpers/fixtures.js";
import { expectUnchanged } from "../helpers/registry.js";
import { EntityStatus, Kind } from "@pilot/sdk/domain";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedProgramme(connection);

describe("EntityRegistry.addSigner", () => {
  it("adds a signer, as the zone administrator or the programme admin", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const [s0, s1] = d.spare;
    await expect(d.programme.connect(d.zoneAdmin).addSigner(1, await signConsent(ethers, d.programme, s0, 1)))
      .to.emit(d.programme, "SignerAdded")
      .withArgs(1, s0.address);
    await expect(d.programme.connect(d.admin).addSigner(1, await signConsent(ethers, d.programme, s1, 1)))
      .to.emit(d.programme, "SignerAdded")
      .withArgs(1, s1.address);
    expect(await d.programme.signersOf(1)).to.deep.equal([d.signer.address, d.signer2.address, s0.address, s1.address]);
    expect((await d.programme.getAccount(s1.address)).entityId).to.equal(1n);
  });

  it("adds a signer to a suspended entity (keys can be fixed before reinstating)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.zoneAdmin).setEntityStatus(1, EntityStatus.Suspended)).wait();
    await expect(d.programme.connect(d.zoneAdmin).addSigner(1, await signConsent(ethers, d.programme, d.spare[0], 1))).to.emit(d.programme, "SignerAdded");
  });

  it("refuses a revoked entity (EntityNotActive)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.zoneAdmin).setEntityStatus(1, EntityStatus.Revoked)).wait();
    for (const who of [d.zoneAdmin, d.admin]) {
      await expectUnchanged(d, async () =>
        expect(d.programme.connect(who).addSigner(1, await signConsent(ethers, d.programme, d.spare[0], 1)))
          .to.be.revertedWithCustomError(d.programme, "EntityNotActive")
          .withArgs(1, EntityStatus.Revoked),
      );
    }
  });

  it("refuses another zone's administrator, other accounts, and unknown entities", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const who of [d.zoneAdmin2, d.regulator, d.signer, d.outsider]) {
      await expectUnchanged(d, async () =>
        expect(d.programme.connect(who).addSigner(1, await signConsent(ethers, d.programme, d.spare[0], 1)))
          .to.be.revertedWithCustomError(d.programme, "NotZoneAdmin")
          .withArgs(1, who.address),
      );
    }
    for (const entityId of [0, 3]) {
      await expectUnchanged(d, async () =>
        expect(d.programme.connect(d.admin).addSigner(entityId, await signConsent(ethers, d.programme, d.spare[0], entityId)))
          .to.be.revertedWithCustomError(d.programme, "UnknownEntity")
          .withArgs(entityId),
      );
    }
  });

  it("refuses the zero address, a signer of any entity, an office holder and the programme admin", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const za = d.programme.connect(d.zoneAdmin);
    await expectUnchanged(d, async () =>
      expect(za.addSigner(1, { account: ethers.ZeroAddress, deadline: 2n ** 63n, signature: "0x" })).to.be.revertedWithCustomError(d.programme, "ZeroAddress"),
    );
    for (const [who, entityId] of [
      [d.signer2, 1],
      [d.otherSigner, 2],
    ] as const) {
      await expectUnchanged(d, async () =>
        expect(za.addSigner(1, await signConsent(ethers, d.programme, who, 1)))
          .to.be.revertedWithCustomError(d.programme, "SignerAlreadyRegistered")
          .withArgs(who.address, entityId),
      );
    }
    for (const who of [d.zoneAdmin, d.zoneAdmin2, d.regulator, d.expert, d.admin]) {
      await expectUnchanged(d, async () =>
        expect(za.addSigner(1, await signConsent(ethers, d.programme, who, 1)))
          .to.be.revertedWithCustomError(d.programme, "AccountHoldsOffice")
          .withArgs(who.address),
      );
    }
  });
});

describe("EntityRegistry.removeSigner", () => {
  it("removes a signer, as the zone administrator or the programme admin", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await expect(d.programme.connect(d.zoneAdmin).removeSigner(1, d.signer2.address)).to.emit(d.programme, "SignerRemoved").withArgs(1, d.signer2.address);
    expect(await d.programme.signersOf(1)).to.deep.equal([d.signer.address]);
    expect((await d.programme.getAccount(d.signer2.address)).entityId).to.equal(0n);
    await expect(d.programme.connect(d.admin).removeSigner(1, d.signer.address)).to.emit(d.programme, "SignerRemoved").withArgs(1, d.signer.address);
    expect(await d.programme.signersOf(1)).to.deep.equal([]);
  });

  it("removes a signer of a revoked entity, freeing the account", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.zoneAdmin).setEntityStatus(1, EntityStatus.Revoked)).wait();
    await expect(d.programme.connect(d.zoneAdmin).removeSigner(1, d.signer.address)).to.emit(d.programme, "SignerRemoved");
  });

  it("refuses an account that does not sign for that entity (NotEntitySigner)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const who of [d.otherSigner, d.outsider, d.zoneAdmin]) {
      await expectUnchanged(d, async () =>
        expect(d.programme.connect(d.zoneAdmin).removeSigner(1, who.address))
          .to.be.revertedWithCustomError(d.programme, "NotEntitySigner")
          .withArgs(1, who.address),
      );
    }
    await (await d.programme.connect(d.zoneAdmin).removeSigner(1, d.signer2.address)).wait();
    await expectUnchanged(d, async () =>
      expect(d.programme.connect(d.zoneAdmin).removeSigner(1, d.signer2.address))
        .to.be.revertedWithCustomError(d.programme, "NotEntitySigner")
        .withArgs(1, d.signer2.address),
    );
  });

  it("refuses another zone's administrator, the signer itself, and unknown entities", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const who of [d.zoneAdmin2, d.signer2, d.regulator]) {
      await expectUnchanged(d, async () =>
        expect(d.programme.connect(who).removeSigner(1, d.signer2.address)).to.be.revertedWithCustomError(d.programme, "NotZoneAdmin").withArgs(1, who.address),
      );
    }
    await expectUnchanged(d, async () =>
      expect(d.programme.connect(d.admin).removeSigner(3, d.signer2.address)).to.be.revertedWithCustomError(d.programme, "UnknownEntity").withArgs(3),
    );
  });
});

describe("EntityRegistry: key rotation keeps history", () => {
  it("an attestation by a removed key still reads back with its attester; the key can no longer act", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const oldKey = d.signer;
    const newKey = d.spare[0];
    const h = docHash(ethers, "report");
    await (await d.programme.connect(oldKey).attest(request(1, Kind.ProgressReport, h))).wait();
    const uid = await d.programme.uidOf(h, 0);

    await (await d.programme.connect(d.zoneAdmin).addSigner(1, await signConsent(ethers, d.programme, newKey, 1))).wait();
    await (await d.programme.connect(d.zoneAdmin).removeSigner(1, oldKey.address)).wait();

    const a = await d.programme.getAttestation(uid);
    expect([a.attester, a.projectId, a.kind, a.revoked]).to.deep.equal([oldKey.address, 1n, BigInt(Kind.ProgressReport), false]);
    const [viaReader] = await d.reader.attestations([uid]);
    expect(viaReader.attester).to.equal(oldKey.address);
    expect((await d.programme.getProject(1)).proposer).to.equal(oldKey.address);

    await expect(d.programme.connect(oldKey).proposeProject(HEALTH, "Telemedicine", "", ZERO_HASH))
      .to.be.revertedWithCustomError(d.programme, "NotEntitySigner")
      .withArgs(0, oldKey.address);
    await expect(d.programme.connect(oldKey).attest(request(1, Kind.ProgressReport, docHash(ethers))))
      .to.be.revertedWithCustomError(d.programme, "NotEntitySigner")
      .withArgs(1, oldKey.address);

    await expect(d.programme.connect(newKey).proposeProject(HEALTH, "Telemedicine", "", ZERO_HASH))
      .to.emit(d.programme, "ProjectProposed")
      .withArgs(4, 1, 1, HEALTH, newKey.address, "Telemedicine", "", ZERO_HASH);
    await expect(d.programme.connect(newKey).attest(request(1, Kind.Milestone, docHash(ethers)))).to.emit(d.programme, "Attested");
  });

  it("a removed key can be re-added to another entity (and then acts for it) or to the same one", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.zoneAdmin).removeSigner(1, d.signer2.address)).wait();
    await expect(d.programme.connect(d.zoneAdmin2).addSigner(2, await signConsent(ethers, d.programme, d.signer2, 2)))
      .to.emit(d.programme, "SignerAdded")
      .withArgs(2, d.signer2.address);
    expect((await d.programme.getAccount(d.signer2.address)).entityId).to.equal(2n);
    await expect(d.programme.connect(d.signer2).proposeProject(EDUCATION, "Credit transfer", "", ZERO_HASH))
      .to.emit(d.programme, "ProjectProposed")
      .withArgs(4, 2, 2, EDUCATION, d.signer2.address, "Credit transfer", "", ZERO_HASH);

    await (await d.programme.connect(d.zoneAdmin).removeSigner(1, d.signer.address)).wait();
    await expect(d.programme.connect(d.zoneAdmin).addSigner(1, await signConsent(ethers, d.programme, d.signer, 1)))
      .to.emit(d.programme, "SignerAdded")
      .withArgs(1, d.signer.address);
  });

  it("a removed key may then be appointed to an office", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.zoneAdmin).removeSigner(1, d.signer2.address)).wait();
    await expect(d.programme.connect(d.admin).setExpertFields(d.signer2.address, 1 << HEALTH, TERM_END)).to.emit(d.programme, "ExpertFieldsSet");
    await expect(d.programme.connect(d.admin).appointZoneAdmin(2, d.signer2.address, TERM_END)).to.emit(d.programme, "ZoneAdminAppointed");
  });
});
