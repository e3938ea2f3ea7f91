/**
 * Regressions for the contract findings of issue 9 ("Security, round 2"), each named after its
 * finding: revocation needs authority held now (1), no project is stranded and a closed zone's
 * administrator has no powers left (2), signer keys prove possession (3), bounded rows (4), and
 * signatures bound to the key's current tenure with a nonce that never reaches a dead end (7).
 */
import { expect } from "chai";
import { network } from "hardhat";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import {
  seedLogProgramme,
  signAttestation,
  signConsent,
  request,
  docHash,
  expectedUid,
  bit,
  HEALTH,
  ZERO_HASH,
  type LogDeployed,
  TERM_END,
} from "../helpers/fixtures.js";
import { EntityStatus, EntityType, Kind, LIMITS, ProjectStatus, ZoneStatus } from "@pilot/sdk/domain";
import type { Hex } from "@pilot/sdk/eip712";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedLogProgramme(connection);

async function attested(d: LogDeployed, who: HardhatEthersSigner, projectId: number, kind: Kind): Promise<Hex> {
  const hash = docHash(ethers);
  await (await d.programme.connect(who).attest(request(projectId, kind, hash))).wait();
  return expectedUid(ethers, hash, 0);
}

const status = async (d: LogDeployed, projectId: number) => (await d.programme.getProject(projectId)).status;

describe("issue 9, finding 1: revocation needs authority held now", () => {
  it("finding 1: a removed signer cannot revoke what it signed; the zone administrator still can", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const uid = await attested(d, d.signer2, 1, Kind.ProgressReport);
    await (await d.programme.connect(d.zoneAdmin).removeSigner(1, d.signer2.address)).wait();
    await expect(d.programme.connect(d.signer2).revoke(uid, "thief"))
      .to.be.revertedWithCustomError(d.programme, "NotAuthorizedToRevoke")
      .withArgs(uid, d.signer2.address);
    await expect(d.programme.connect(d.zoneAdmin).revoke(uid, "stolen key")).to.emit(d.programme, "Revoked");
  });

  it("finding 1: a key of a suspended or revoked entity cannot revoke what it signed; reinstated, it can", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const uid = await attested(d, d.signer, 1, Kind.Milestone);
    const uid2 = await attested(d, d.signer, 1, Kind.ProgressReport);
    await (await d.programme.connect(d.zoneAdmin).setEntityStatus(1, EntityStatus.Suspended)).wait();
    expect((await d.programme.getAccount(d.signer.address)).entityActive).to.equal(false);
    await expect(d.programme.connect(d.signer).revoke(uid, "no"))
      .to.be.revertedWithCustomError(d.programme, "NotAuthorizedToRevoke")
      .withArgs(uid, d.signer.address);
    await (await d.programme.connect(d.zoneAdmin).setEntityStatus(1, EntityStatus.Active)).wait();
    expect((await d.programme.getAccount(d.signer.address)).entityActive).to.equal(true);
    await expect(d.programme.connect(d.signer).revoke(uid, "superseded")).to.emit(d.programme, "Revoked");
    await (await d.programme.connect(d.zoneAdmin).setEntityStatus(1, EntityStatus.Revoked)).wait();
    await expect(d.programme.connect(d.signer).revoke(uid2, "no"))
      .to.be.revertedWithCustomError(d.programme, "NotAuthorizedToRevoke")
      .withArgs(uid2, d.signer.address);
  });

  it("finding 1: a dismissed zone administrator, regulator or expert cannot revoke what it issued", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const review = await attested(d, d.zoneAdmin, 1, Kind.Review);
    const evaluation = await attested(d, d.regulator, 1, Kind.Evaluation);
    const opinion = await attested(d, d.expert, 1, Kind.ExpertOpinion);
    const a = d.programme.connect(d.admin);
    await (await a.removeZoneAdmin(d.zoneAdmin.address)).wait();
    await (await a.setRegulatorFields(d.regulator.address, bit(12), TERM_END)).wait(); // keeps education, loses health
    await (await a.setExpertFields(d.expert.address, 0, TERM_END)).wait();
    for (const [who, uid] of [
      [d.zoneAdmin, review],
      [d.regulator, evaluation],
      [d.expert, opinion],
    ] as const) {
      await expect(d.programme.connect(who).revoke(uid, "no")).to.be.revertedWithCustomError(d.programme, "NotAuthorizedToRevoke").withArgs(uid, who.address);
    }
  });

  it("finding 1: a removed attester of an acceptance cannot revoke it, so the accepted project stays Accepted", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const uid = await attested(d, d.regulator, 1, Kind.Acceptance);
    await (await d.programme.connect(d.admin).setRegulatorFields(d.regulator.address, 0, TERM_END)).wait();
    await expect(d.programme.connect(d.regulator).revoke(uid, "reopen"))
      .to.be.revertedWithCustomError(d.programme, "NotAuthorizedToRevoke")
      .withArgs(uid, d.regulator.address);
    expect(await status(d, 1)).to.equal(BigInt(ProjectStatus.Accepted));
  });

  it("finding 1: a key moved to another entity cannot revoke what it signed for the first; re-added to the same entity, it can", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const uid = await attested(d, d.signer2, 1, Kind.ProgressReport);
    const uid2 = await attested(d, d.signer2, 1, Kind.Milestone);
    await (await d.programme.connect(d.zoneAdmin).removeSigner(1, d.signer2.address)).wait();
    await (await d.programme.connect(d.zoneAdmin2).addSigner(2, await signConsent(ethers, d.programme, d.signer2, 2))).wait();
    await expect(d.programme.connect(d.signer2).revoke(uid, "no"))
      .to.be.revertedWithCustomError(d.programme, "NotAuthorizedToRevoke")
      .withArgs(uid, d.signer2.address);
    await (await d.programme.connect(d.zoneAdmin2).removeSigner(2, d.signer2.address)).wait();
    await (await d.programme.connect(d.zoneAdmin).addSigner(1, await signConsent(ethers, d.programme, d.signer2, 1))).wait();
    await expect(d.programme.connect(d.signer2).revoke(uid2, "superseded")).to.emit(d.programme, "Revoked");
  });
});

describe("issue 9, finding 2: no project is stranded", () => {
  for (const [label, kill] of [
    ["its zone closed", (d: LogDeployed) => d.programme.connect(d.admin).setZoneStatus(1, ZoneStatus.Closed)],
    ["its entity revoked", (d: LogDeployed) => d.programme.connect(d.zoneAdmin).setEntityStatus(1, EntityStatus.Revoked)],
  ] as const) {
    it(`finding 2: revoking an acceptance after ${label} ends the project Terminated, not Active where it could never be accepted`, async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const uid = await attested(d, d.regulator, 1, Kind.Acceptance);
      await (await kill(d)).wait();
      await expect(d.programme.connect(d.regulator).revoke(uid, "accepted in error"))
        .to.emit(d.programme, "ProjectStatusChanged")
        .withArgs(1, ProjectStatus.Terminated, d.regulator.address, "acceptance revoked; zone closed or entity revoked");
      expect(await status(d, 1)).to.equal(BigInt(ProjectStatus.Terminated));
    });
  }

  it("finding 2: revoking an acceptance while the zone is only suspended reopens the project, which can be accepted after reinstating", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const uid = await attested(d, d.regulator, 1, Kind.Acceptance);
    await (await d.programme.connect(d.admin).setZoneStatus(1, ZoneStatus.Suspended)).wait();
    await (await d.programme.connect(d.regulator).revoke(uid, "premature")).wait();
    expect(await status(d, 1)).to.equal(BigInt(ProjectStatus.Active));
    await (await d.programme.connect(d.admin).setZoneStatus(1, ZoneStatus.Active)).wait();
    await (await d.programme.connect(d.regulator).attest(request(1, Kind.Acceptance, docHash(ethers)))).wait();
    expect(await status(d, 1)).to.equal(BigInt(ProjectStatus.Accepted));
  });

  it("finding 2: closing a zone ends its administrator's powers; the programme office still acts there", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const uid = await attested(d, d.signer, 1, Kind.ProgressReport);
    await (await d.programme.connect(d.admin).setZoneStatus(1, ZoneStatus.Closed)).wait();
    const za = d.programme.connect(d.zoneAdmin);
    const consent = await signConsent(ethers, d.programme, d.spare[0], 1);
    for (const call of [
      () => za.addSigner(1, consent),
      () => za.removeSigner(1, d.signer2.address),
      () => za.setEntityStatus(1, EntityStatus.Suspended),
      () => za.setProjectStatus(2, ProjectStatus.Rejected, "closed"),
      () => za.setProjectStatus(1, ProjectStatus.Terminated, "closed"),
    ]) {
      await expect(call()).to.be.revertedWithCustomError(d.programme, "ZoneNotActive").withArgs(1, ZoneStatus.Closed);
    }
    await expect(za.revoke(uid, "no")).to.be.revertedWithCustomError(d.programme, "NotAuthorizedToRevoke").withArgs(uid, d.zoneAdmin.address);
    // the office removes the stolen key and ends the zone's open projects
    const a = d.programme.connect(d.admin);
    await expect(a.removeSigner(1, d.signer2.address)).to.emit(d.programme, "SignerRemoved");
    await expect(a.setProjectStatus(2, ProjectStatus.Rejected, "zone closed")).to.emit(d.programme, "ProjectStatusChanged");
    await expect(a.setProjectStatus(1, ProjectStatus.Terminated, "zone closed")).to.emit(d.programme, "ProjectStatusChanged");
    await expect(a.revoke(uid, "zone closed")).to.emit(d.programme, "Revoked");
  });

  it("finding 2: approving or resuming a project needs an active entity (EntityNotActive)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.zoneAdmin).setProjectStatus(1, ProjectStatus.Suspended, "audit")).wait();
    for (const entityStatus of [EntityStatus.Suspended, EntityStatus.Revoked]) {
      await (await d.programme.connect(d.admin).setEntityStatus(1, entityStatus)).wait();
      for (const [id, who] of [
        [2, d.zoneAdmin],
        [1, d.regulator],
        [2, d.admin],
      ] as const) {
        await expect(d.programme.connect(who).setProjectStatus(id, ProjectStatus.Active, ""))
          .to.be.revertedWithCustomError(d.programme, "EntityNotActive")
          .withArgs(1, entityStatus);
      }
    }
    // a revoked entity's open projects can still be ended
    await expect(d.programme.connect(d.zoneAdmin).setProjectStatus(2, ProjectStatus.Rejected, "entity revoked")).to.emit(d.programme, "ProjectStatusChanged");
    await expect(d.programme.connect(d.regulator).setProjectStatus(1, ProjectStatus.Terminated, "entity revoked")).to.emit(d.programme, "ProjectStatusChanged");
  });
});

describe("issue 9, finding 3: a key becomes a signer only with its own consent", () => {
  it("finding 3: a zone administrator cannot register a key without its consent (InvalidConsent), nor with an expired one", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const [key, other] = d.spare;
    const za = d.programme.connect(d.zoneAdmin);
    const byOther = await signConsent(ethers, d.programme, other, 1, { account: key.address });
    const forEntity2 = await signConsent(ethers, d.programme, key, 2);
    const otherContract = await signConsent(ethers, d.programme, key, 1, { verifyingContract: await d.reader.getAddress() });
    for (const consent of [byOther, forEntity2, otherContract, { account: key.address, deadline: 2n ** 63n, signature: "0x" }]) {
      await expect(za.addSigner(1, consent)).to.be.revertedWithCustomError(d.programme, "InvalidConsent").withArgs(key.address, 1);
    }
    const now = await networkHelpers.time.latest();
    const expired = await signConsent(ethers, d.programme, key, 1, { deadline: BigInt(now) });
    await expect(za.addSigner(1, expired)).to.be.revertedWithCustomError(d.programme, "ExpiredSignature").withArgs(now);
    await expect(za.addSigner(1, await signConsent(ethers, d.programme, key, 1)))
      .to.emit(d.programme, "SignerAdded")
      .withArgs(1, key.address);
  });

  it("finding 3: a typo'd address that nobody controls cannot become a signer", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const typo = ethers.getAddress("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dd");
    const forged = await signConsent(ethers, d.programme, d.spare[0], 1, { account: typo });
    await expect(d.programme.connect(d.zoneAdmin).registerEntity(1, "Typo Bank", EntityType.Bank, bit(HEALTH), "", ZERO_HASH, [forged]))
      .to.be.revertedWithCustomError(d.programme, "InvalidConsent")
      .withArgs(typo, 3);
  });

  it("finding 3: the pending programme admin cannot be registered at registration either", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const next = d.spare[0];
    await (await d.programme.connect(d.admin).beginDefaultAdminTransfer(next.address)).wait();
    const consent = await signConsent(ethers, d.programme, next, 3);
    await expect(d.programme.connect(d.zoneAdmin).registerEntity(1, "Captured", EntityType.Bank, bit(HEALTH), "", ZERO_HASH, [consent]))
      .to.be.revertedWithCustomError(d.programme, "AccountHoldsOffice")
      .withArgs(next.address);
  });

  it("finding 3: a consent dies with the key's tenure, and the key can withdraw it beforehand (increaseNonce)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const [key, key2] = d.spare;
    const consent = await signConsent(ethers, d.programme, key, 1);
    await (await d.programme.connect(d.zoneAdmin).addSigner(1, consent)).wait();
    await (await d.programme.connect(d.zoneAdmin).removeSigner(1, key.address)).wait();
    await expect(d.programme.connect(d.zoneAdmin).addSigner(1, consent)).to.be.revertedWithCustomError(d.programme, "InvalidConsent").withArgs(key.address, 1);
    const withdrawn = await signConsent(ethers, d.programme, key2, 1);
    await (await d.programme.connect(key2).increaseNonce(1)).wait();
    await expect(d.programme.connect(d.zoneAdmin).addSigner(1, withdrawn))
      .to.be.revertedWithCustomError(d.programme, "InvalidConsent")
      .withArgs(key2.address, 1);
  });
});

describe("issue 9, finding 4: bounded rows", () => {
  const over = (n: number) => "x".repeat(n + 1);
  const at = (n: number) => "x".repeat(n);

  it("finding 4: names, titles, regions, URIs and reasons above their byte caps are refused with the cap; at the cap they are taken", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const a = d.programme.connect(d.admin);
    const { nameBytes, titleBytes, regionBytes, uriBytes, reasonBytes } = LIMITS;
    await expect(a.createZone(over(nameBytes), "", "", ZERO_HASH))
      .to.be.revertedWithCustomError(d.programme, "NameTooLong")
      .withArgs(nameBytes + 1, nameBytes);
    // bytes, not characters: 101 two-byte characters are 202 bytes
    await expect(a.createZone("é".repeat(101), "", "", ZERO_HASH))
      .to.be.revertedWithCustomError(d.programme, "NameTooLong")
      .withArgs(202, nameBytes);
    await expect(a.createZone("Z", over(regionBytes), "", ZERO_HASH))
      .to.be.revertedWithCustomError(d.programme, "RegionTooLong")
      .withArgs(regionBytes + 1, regionBytes);
    await expect(a.createZone("Z", "", over(uriBytes), ZERO_HASH))
      .to.be.revertedWithCustomError(d.programme, "URITooLong")
      .withArgs(uriBytes + 1, uriBytes);
    await expect(a.createZone(at(nameBytes), at(regionBytes), at(uriBytes), ZERO_HASH)).to.emit(d.programme, "ZoneCreated");

    await expect(a.registerEntity(1, over(nameBytes), 0, bit(HEALTH), "", ZERO_HASH, []))
      .to.be.revertedWithCustomError(d.programme, "NameTooLong")
      .withArgs(nameBytes + 1, nameBytes);
    await expect(a.registerEntity(1, "E", 0, bit(HEALTH), over(uriBytes), ZERO_HASH, []))
      .to.be.revertedWithCustomError(d.programme, "URITooLong")
      .withArgs(uriBytes + 1, uriBytes);

    const s = d.programme.connect(d.signer);
    await expect(s.proposeProject(HEALTH, over(titleBytes), "", ZERO_HASH))
      .to.be.revertedWithCustomError(d.programme, "TitleTooLong")
      .withArgs(titleBytes + 1, titleBytes);
    await expect(s.proposeProject(HEALTH, "T", over(uriBytes), ZERO_HASH))
      .to.be.revertedWithCustomError(d.programme, "URITooLong")
      .withArgs(uriBytes + 1, uriBytes);
    await expect(s.proposeProject(HEALTH, at(titleBytes), at(uriBytes), ZERO_HASH)).to.emit(d.programme, "ProjectProposed");

    const longUri = request(1, Kind.ProgressReport, docHash(ethers), ZERO_HASH, over(uriBytes));
    await expect(s.attest(longUri))
      .to.be.revertedWithCustomError(d.programme, "URITooLong")
      .withArgs(uriBytes + 1, uriBytes);
    await expect(s.attestBatch([longUri]))
      .to.be.revertedWithCustomError(d.programme, "URITooLong")
      .withArgs(uriBytes + 1, uriBytes);
    const sig = await signAttestation(connection, d.programme, d.signer, longUri);
    await expect(d.programme.connect(d.relayer).attestBySig(longUri, sig.attester, sig.nonce, sig.deadline, sig.signature))
      .to.be.revertedWithCustomError(d.programme, "URITooLong")
      .withArgs(uriBytes + 1, uriBytes);
    await expect(s.attest(request(1, Kind.ProgressReport, docHash(ethers), ZERO_HASH, at(uriBytes)))).to.emit(d.programme, "Attested");

    const uid = await attested(d, d.signer, 1, Kind.Milestone);
    await expect(s.revoke(uid, over(reasonBytes)))
      .to.be.revertedWithCustomError(d.programme, "ReasonTooLong")
      .withArgs(reasonBytes + 1, reasonBytes);
    await expect(d.programme.connect(d.zoneAdmin).setProjectStatus(1, ProjectStatus.Suspended, over(reasonBytes)))
      .to.be.revertedWithCustomError(d.programme, "ReasonTooLong")
      .withArgs(reasonBytes + 1, reasonBytes);
    await expect(s.revoke(uid, at(reasonBytes))).to.emit(d.programme, "Revoked");
  });

  it("finding 4: an entity holds at most 16 signer keys (TooManySigners(entityId, 16))", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const max = LIMITS.signersPerEntity;
    const keys = Array.from({ length: max + 1 }, () => ethers.Wallet.createRandom());
    const consents = await Promise.all(keys.map((k) => signConsent(ethers, d.programme, k, 3, { nonce: 0n })));
    const za = d.programme.connect(d.zoneAdmin);
    await expect(za.registerEntity(1, "Big Bank", EntityType.Bank, bit(HEALTH), "", ZERO_HASH, consents))
      .to.be.revertedWithCustomError(d.programme, "TooManySigners")
      .withArgs(3, max);
    await (await za.registerEntity(1, "Big Bank", EntityType.Bank, bit(HEALTH), "", ZERO_HASH, consents.slice(0, max))).wait();
    expect((await d.programme.signersOf(3)).length).to.equal(max);
    await expect(za.addSigner(3, consents[max])).to.be.revertedWithCustomError(d.programme, "TooManySigners").withArgs(3, max);
    // entity 1 has two keys: fourteen more fit
    const more = Array.from({ length: max - 2 }, () => ethers.Wallet.createRandom());
    for (const k of more) await (await za.addSigner(1, await signConsent(ethers, d.programme, k, 1, { nonce: 0n }))).wait();
    await expect(za.addSigner(1, await signConsent(ethers, d.programme, d.spare[0], 1)))
      .to.be.revertedWithCustomError(d.programme, "TooManySigners")
      .withArgs(1, max);
    // and suspending the entity updates every key's slot (a bounded loop)
    await (await za.setEntityStatus(1, EntityStatus.Suspended)).wait();
    for (const k of more) expect((await d.programme.getAccount(k.address)).entityActive).to.equal(false);
  });
});

describe("issue 9, finding 7: signatures bind to the key's current tenure", () => {
  it("finding 7: a signature made before a key was removed is void after the key is re-added (InvalidNonce)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const req = request(1, Kind.ProgressReport, docHash(ethers));
    const old = await signAttestation(connection, d.programme, d.signer2, req, { deadline: 2n ** 63n });
    await (await d.programme.connect(d.zoneAdmin).removeSigner(1, d.signer2.address)).wait();
    await networkHelpers.time.increase(365 * 24 * 3600);
    await (await d.programme.connect(d.zoneAdmin).addSigner(1, await signConsent(ethers, d.programme, d.signer2, 1))).wait();
    await expect(d.programme.connect(d.relayer).attestBySig(req, old.attester, old.nonce, old.deadline, old.signature))
      .to.be.revertedWithCustomError(d.programme, "InvalidNonce")
      .withArgs(d.signer2.address, old.nonce + 1n);
  });

  it("finding 7: a dismissed and re-appointed zone administrator's unsent review is void (InvalidNonce)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const req = request(1, Kind.Review, docHash(ethers));
    const old = await signAttestation(connection, d.programme, d.zoneAdmin, req, { deadline: 2n ** 63n });
    await expect(d.programme.connect(d.admin).removeZoneAdmin(d.zoneAdmin.address)).to.emit(d.programme, "NonceIncreased").withArgs(d.zoneAdmin.address, 0, 1);
    await (await d.programme.connect(d.admin).appointZoneAdmin(1, d.zoneAdmin.address, TERM_END)).wait();
    await expect(d.programme.connect(d.relayer).attestBySig(req, old.attester, old.nonce, old.deadline, old.signature))
      .to.be.revertedWithCustomError(d.programme, "InvalidNonce")
      .withArgs(d.zoneAdmin.address, 1);
  });

  it("finding 7: narrowing a regulator's or expert's fields voids its unsent signatures; widening them does not", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const a = d.programme.connect(d.admin);
    await expect(a.setExpertFields(d.expert.address, bit(HEALTH) | bit(12), TERM_END)).not.to.emit(d.programme, "NonceIncreased");
    await expect(a.setExpertFields(d.expert.address, bit(12), TERM_END))
      .to.emit(d.programme, "NonceIncreased")
      .withArgs(d.expert.address, 0, 1);
    await expect(a.setRegulatorFields(d.regulator.address, bit(HEALTH), TERM_END))
      .to.emit(d.programme, "NonceIncreased")
      .withArgs(d.regulator.address, 0, 1);
  });
});
