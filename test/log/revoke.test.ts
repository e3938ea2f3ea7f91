/** AttestationLog.revoke: who may revoke (authority held now), finality, acceptance reopening, and the pause. */
import { expect } from "chai";
import { network } from "hardhat";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import { seedLogProgramme, request, docHash, expectedUid, ZERO_HASH, type LogDeployed, TERM_END } from "../helpers/fixtures.js";
import { Kind, ProjectStatus } from "@pilot/sdk/domain";
import type { Hex } from "@pilot/sdk/eip712";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedLogProgramme(connection);

async function attested(d: LogDeployed, who: HardhatEthersSigner, projectId: number, kind: Kind): Promise<{ uid: Hex; hash: Hex }> {
  const hash = docHash(ethers);
  await (await d.programme.connect(who).attest(request(projectId, kind, hash))).wait();
  return { uid: expectedUid(ethers, hash, 0), hash };
}

/** Revokes and checks: the event, the flag, and that nothing else of the record changed. */
async function revokesOk(d: LogDeployed, who: HardhatEthersSigner, uid: Hex, reason: string): Promise<void> {
  const before = await d.programme.getAttestation(uid);
  await expect(d.programme.connect(who).revoke(uid, reason)).to.emit(d.programme, "Revoked").withArgs(uid, who.address, reason);
  const after = await d.programme.getAttestation(uid);
  expect(after.revoked).to.equal(true);
  expect([after.uid, after.contentHash, after.attester, after.projectId, after.kind, after.time]).to.deep.equal([
    before.uid,
    before.contentHash,
    before.attester,
    before.projectId,
    before.kind,
    before.time,
  ]);
}

describe("AttestationLog.revoke", () => {
  describe("allowed revokers", () => {
    it("the attester", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid } = await attested(d, d.signer, 1, Kind.ProgressReport);
      await revokesOk(d, d.signer, uid, "wrong figures");
    });

    it("the administrator of the project's zone (someone else's attestation)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid } = await attested(d, d.signer, 1, Kind.ProgressReport);
      await revokesOk(d, d.zoneAdmin, uid, "duplicate submission");
      const other = await attested(d, d.otherSigner, 3, Kind.Milestone);
      await revokesOk(d, d.zoneAdmin2, other.uid, "duplicate");
    });

    it("a regulator of the project's field (someone else's attestation, any zone)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid } = await attested(d, d.expert, 1, Kind.ExpertOpinion);
      await revokesOk(d, d.regulator, uid, "conflict of interest");
      const other = await attested(d, d.otherSigner, 3, Kind.ProgressReport);
      await revokesOk(d, d.regulator, other.uid, "not a progress report");
    });

    it("finding 1: a removed signer or a dismissed expert can no longer revoke what it issued; the offices still can", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid } = await attested(d, d.signer2, 1, Kind.ProgressReport);
      const opinion = await attested(d, d.expert, 1, Kind.ExpertOpinion);
      await (await d.programme.connect(d.zoneAdmin).removeSigner(1, d.signer2.address)).wait();
      await (await d.programme.connect(d.admin).setExpertFields(d.expert.address, 0, TERM_END)).wait();
      for (const [who, u] of [
        [d.signer2, uid],
        [d.expert, opinion.uid],
      ] as const) {
        await expect(d.programme.connect(who).revoke(u, "stolen key"))
          .to.be.revertedWithCustomError(d.programme, "NotAuthorizedToRevoke")
          .withArgs(u, who.address);
      }
      await revokesOk(d, d.zoneAdmin, uid, "key retired, claim withdrawn");
      await revokesOk(d, d.admin, opinion.uid, "withdrawn by the programme office");
    });

    it("the programme office (any attestation)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid } = await attested(d, d.otherSigner, 3, Kind.ProgressReport);
      await revokesOk(d, d.admin, uid, "withdrawn by the programme office");
    });

    it("the revoked flag shows through attestationsOf; the count is unchanged", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const h = docHash(ethers);
      await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h))).wait();
      await (await d.programme.connect(d.otherSigner).attest(request(3, Kind.ProgressReport, h))).wait();
      await (await d.programme.connect(d.signer).revoke(expectedUid(ethers, h, 0), "superseded")).wait();
      const page = await d.programme.attestationsOf(h, 0n, 10n);
      expect(page.map((a) => a.revoked)).to.deep.equal([true, false]);
      expect(await d.programme.attestationCount(h)).to.equal(2n);
    });

    it("revoking the first attestation of a hash keeps the hash's sequence going", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid, hash } = await attested(d, d.signer, 1, Kind.ProgressReport);
      await (await d.programme.connect(d.signer).revoke(uid, "superseded")).wait();
      await expect(d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, hash)))
        .to.emit(d.programme, "Attested")
        .withArgs(expectedUid(ethers, hash, 1), 1, d.signer.address, Kind.ProgressReport, hash, ZERO_HASH, "");
      expect(await d.programme.attestationCount(hash)).to.equal(2n);
      expect((await d.programme.getAttestation(uid)).revoked).to.equal(true);
      expect((await d.programme.getAttestation(expectedUid(ethers, hash, 1))).revoked).to.equal(false);
    });
  });

  describe("refusals", () => {
    it("NotAuthorizedToRevoke(uid, account) for an outsider, another zone's admin, a regulator of another field, an expert, a co-signer", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid } = await attested(d, d.signer, 1, Kind.ProgressReport);
      for (const who of [d.outsider, d.zoneAdmin2, d.energyRegulator, d.expert, d.educationExpert, d.signer2, d.otherSigner]) {
        await expect(d.programme.connect(who).revoke(uid, "no")).to.be.revertedWithCustomError(d.programme, "NotAuthorizedToRevoke").withArgs(uid, who.address);
      }
      expect((await d.programme.getAttestation(uid)).revoked).to.equal(false);
    });

    it("an expert of the field may not revoke a regulator's evaluation; a dismissed zone admin may not revoke", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid } = await attested(d, d.regulator, 1, Kind.Evaluation);
      await expect(d.programme.connect(d.expert).revoke(uid, "no"))
        .to.be.revertedWithCustomError(d.programme, "NotAuthorizedToRevoke")
        .withArgs(uid, d.expert.address);
      await (await d.programme.connect(d.admin).removeZoneAdmin(d.zoneAdmin.address)).wait();
      await expect(d.programme.connect(d.zoneAdmin).revoke(uid, "no"))
        .to.be.revertedWithCustomError(d.programme, "NotAuthorizedToRevoke")
        .withArgs(uid, d.zoneAdmin.address);
    });

    it("UnknownAttestation(uid)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const ghost = docHash(ethers, "ghost");
      for (const uid of [ghost, ZERO_HASH]) {
        await expect(d.programme.connect(d.regulator).revoke(uid, "no")).to.be.revertedWithCustomError(d.programme, "UnknownAttestation").withArgs(uid);
      }
    });

    it("EmptyReason, checked first", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid } = await attested(d, d.signer, 1, Kind.ProgressReport);
      await expect(d.programme.connect(d.signer).revoke(uid, "")).to.be.revertedWithCustomError(d.programme, "EmptyReason");
      await expect(d.programme.connect(d.outsider).revoke(docHash(ethers), "")).to.be.revertedWithCustomError(d.programme, "EmptyReason");
      expect((await d.programme.getAttestation(uid)).revoked).to.equal(false);
    });

    it("revocation is final: AlreadyRevoked(uid) for the attester and for every other authority", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid } = await attested(d, d.signer, 1, Kind.ProgressReport);
      await (await d.programme.connect(d.signer).revoke(uid, "first")).wait();
      for (const who of [d.signer, d.zoneAdmin, d.regulator, d.outsider]) {
        await expect(d.programme.connect(who).revoke(uid, "again")).to.be.revertedWithCustomError(d.programme, "AlreadyRevoked").withArgs(uid);
      }
      expect((await d.programme.getAttestation(uid)).revoked).to.equal(true);
    });
  });

  describe("revoking an acceptance", () => {
    it("by its attester: reopens the project (Active, ProjectStatusChanged) and a new acceptance is then possible", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid } = await attested(d, d.regulator, 1, Kind.Acceptance);
      expect((await d.programme.getProject(1)).status).to.equal(BigInt(ProjectStatus.Accepted));

      const tx = d.programme.connect(d.regulator).revoke(uid, "accepted by mistake");
      await expect(tx).to.emit(d.programme, "ProjectStatusChanged").withArgs(1, ProjectStatus.Active, d.regulator.address, "acceptance revoked");
      await expect(tx).to.emit(d.programme, "Revoked").withArgs(uid, d.regulator.address, "accepted by mistake");
      const receipt = await (await tx).wait();
      const p = await d.programme.getProject(1);
      expect(p.status).to.equal(BigInt(ProjectStatus.Active));
      expect(p.updatedAt).to.equal(BigInt((await ethers.provider.getBlock(receipt!.blockNumber))!.timestamp));

      // open again: reports are taken, and a second acceptance ends it again
      await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, docHash(ethers)))).wait();
      await expect(d.programme.connect(d.regulator).attest(request(1, Kind.Acceptance, docHash(ethers))))
        .to.emit(d.programme, "ProjectStatusChanged")
        .withArgs(1, ProjectStatus.Accepted, d.regulator.address, "");
    });

    it("by the zone administrator: reopens the project with `by` = the zone administrator", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid } = await attested(d, d.regulator, 1, Kind.Acceptance);
      await expect(d.programme.connect(d.zoneAdmin).revoke(uid, "premature"))
        .to.emit(d.programme, "ProjectStatusChanged")
        .withArgs(1, ProjectStatus.Active, d.zoneAdmin.address, "acceptance revoked");
      expect((await d.programme.getProject(1)).status).to.equal(BigInt(ProjectStatus.Active));
    });

    it("by an unauthorised account: refused, the project stays Accepted", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid } = await attested(d, d.regulator, 1, Kind.Acceptance);
      await expect(d.programme.connect(d.energyRegulator).revoke(uid, "no"))
        .to.be.revertedWithCustomError(d.programme, "NotAuthorizedToRevoke")
        .withArgs(uid, d.energyRegulator.address);
      expect((await d.programme.getProject(1)).status).to.equal(BigInt(ProjectStatus.Accepted));
    });

    it("revoking any other kind does not touch the project", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid } = await attested(d, d.regulator, 1, Kind.Evaluation);
      const before = await d.programme.getProject(1);
      await expect(d.programme.connect(d.zoneAdmin).revoke(uid, "wrong")).not.to.emit(d.programme, "ProjectStatusChanged");
      const own = await attested(d, d.regulator, 1, Kind.Evaluation);
      await expect(d.programme.connect(d.regulator).revoke(own.uid, "wrong")).not.to.emit(d.programme, "ProjectStatusChanged");
      const after = await d.programme.getProject(1);
      expect([after.status, after.updatedAt]).to.deep.equal([before.status, before.updatedAt]);
    });
  });

  describe("while paused only the programme office revokes", () => {
    it("finding 1: while paused the attester, the zone admin and a regulator are refused (EnforcedPause); the programme office revokes with a reason", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const a = await attested(d, d.signer, 1, Kind.ProgressReport);
      const b = await attested(d, d.expert, 1, Kind.ExpertOpinion);
      await (await d.programme.connect(d.admin).pause()).wait();
      for (const [who, uid] of [
        [d.signer, a.uid],
        [d.zoneAdmin, a.uid],
        [d.regulator, b.uid],
        [d.expert, b.uid],
      ] as const) {
        await expect(d.programme.connect(who).revoke(uid, "incident")).to.be.revertedWithCustomError(d.programme, "EnforcedPause");
      }
      // the refusals that need no authority still come first
      await expect(d.programme.connect(d.outsider).revoke(docHash(ethers), "no")).to.be.revertedWithCustomError(d.programme, "UnknownAttestation");
      await revokesOk(d, d.admin, a.uid, "incident: withdrawn by the office");
      await expect(d.programme.connect(d.admin).revoke(a.uid, "again")).to.be.revertedWithCustomError(d.programme, "AlreadyRevoked");
      await (await d.programme.connect(d.admin).unpause()).wait();
      await revokesOk(d, d.expert, b.uid, "withdrawn after the incident");
    });

    it("revoking an acceptance while paused: only the programme office, and the project reopens", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const { uid } = await attested(d, d.regulator, 1, Kind.Acceptance);
      await (await d.programme.connect(d.admin).pause()).wait();
      await expect(d.programme.connect(d.regulator).revoke(uid, "incident")).to.be.revertedWithCustomError(d.programme, "EnforcedPause");
      await expect(d.programme.connect(d.admin).revoke(uid, "incident"))
        .to.emit(d.programme, "ProjectStatusChanged")
        .withArgs(1, ProjectStatus.Active, d.admin.address, "acceptance revoked");
      expect((await d.programme.getProject(1)).status).to.equal(BigInt(ProjectStatus.Active));
    });
  });
});
