/**
 * AttestationLog.attest: who may issue which kind, and the input checks.
 * Seed: project 1 (entity 1, zone 1, HEALTH) Active; project 2 (entity 1, zone 1, EDUCATION)
 * Proposed; project 3 (entity 2, zone 2, EDUCATION) Active.
 */
import { expect } from "chai";
import { network } from "hardhat";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import { seedLogProgramme, request, docHash, expectedUid, logState, HEALTH, EDUCATION, ZERO_HASH, type LogDeployed, TERM_END } from "../helpers/fixtures.js";
import { Kind } from "@pilot/sdk/domain";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedLogProgramme(connection);

/** Attests `kind` on `projectId` as `who` and checks the event and the stored record. */
async function attestsOk(d: LogDeployed, who: HardhatEthersSigner, projectId: number, kind: Kind): Promise<void> {
  const h = docHash(ethers, `k${kind}`);
  const uid = expectedUid(ethers, h, 0);
  const uri = `ipfs://doc/${kind}`;
  await expect(d.programme.connect(who).attest(request(projectId, kind, h, ZERO_HASH, uri)))
    .to.emit(d.programme, "Attested")
    .withArgs(uid, projectId, who.address, kind, h, ZERO_HASH, uri);
  const a = await d.programme.getAttestation(uid);
  expect(a.attester).to.equal(who.address);
  expect(a.projectId).to.equal(BigInt(projectId));
  expect(a.kind).to.equal(BigInt(kind));
  expect(a.contentHash).to.equal(h);
  expect(a.revoked).to.equal(false);
}

/** Expects `who` to be refused `kind` on `projectId` with `error(...args)`, and nothing written. */
async function refused(d: LogDeployed, who: HardhatEthersSigner, projectId: number, kind: Kind, error: string, args: unknown[]): Promise<void> {
  const h = docHash(ethers);
  const before = await logState(d.programme, [h]);
  await expect(d.programme.connect(who).attest(request(projectId, kind, h)))
    .to.be.revertedWithCustomError(d.programme, error)
    .withArgs(...args);
  expect(await logState(d.programme, [h])).to.deep.equal(before);
}

describe("AttestationLog.attest — roles", () => {
  describe("allowed issuers", () => {
    it("progress report and milestone: a signer of the project's entity, and its second key", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const kind of [Kind.ProgressReport, Kind.Milestone]) {
        await attestsOk(d, d.signer, 1, kind);
        await attestsOk(d, d.signer2, 1, kind);
      }
      // the other entity's signer on its own project
      await attestsOk(d, d.otherSigner, 3, Kind.ProgressReport);
    });

    it("review: the administrator of the project's zone", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await attestsOk(d, d.zoneAdmin, 1, Kind.Review);
      await attestsOk(d, d.zoneAdmin2, 3, Kind.Review);
    });

    it("expert opinion: an expert of the project's field", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await attestsOk(d, d.expert, 1, Kind.ExpertOpinion);
      await attestsOk(d, d.educationExpert, 3, Kind.ExpertOpinion);
    });

    it("evaluation and acceptance: a regulator of the project's field (in any zone)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await attestsOk(d, d.regulator, 1, Kind.Evaluation);
      await attestsOk(d, d.regulator, 3, Kind.Evaluation);
      await attestsOk(d, d.regulator, 3, Kind.Acceptance);
    });

    it("returns the uid (staticCall) and stores time = block timestamp", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const h = docHash(ethers);
      const req = request(1, Kind.Milestone, h);
      const uid = await d.programme.connect(d.signer).attest.staticCall(req);
      expect(uid).to.equal(expectedUid(ethers, h, 0));
      const receipt = await (await d.programme.connect(d.signer).attest(req)).wait();
      const block = await ethers.provider.getBlock(receipt!.blockNumber);
      expect((await d.programme.getAttestation(uid)).time).to.equal(BigInt(block!.timestamp));
    });
  });

  describe("refused issuers", () => {
    it("progress report / milestone by anyone but a signer of the entity -> NotEntitySigner(entityId, account)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const kind of [Kind.ProgressReport, Kind.Milestone]) {
        for (const who of [d.outsider, d.otherSigner, d.zoneAdmin, d.regulator, d.expert, d.admin]) {
          await refused(d, who, 1, kind, "NotEntitySigner", [1, who.address]);
        }
        // entity 1's signer on entity 2's project
        await refused(d, d.signer, 3, kind, "NotEntitySigner", [2, d.signer.address]);
      }
    });

    it("review by anyone but the zone's administrator -> NotZoneAdmin(zoneId, account)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const who of [d.outsider, d.zoneAdmin2, d.signer, d.regulator, d.expert, d.admin]) {
        await refused(d, who, 1, Kind.Review, "NotZoneAdmin", [1, who.address]);
      }
      await refused(d, d.zoneAdmin, 3, Kind.Review, "NotZoneAdmin", [2, d.zoneAdmin.address]);
    });

    it("expert opinion by anyone but an expert of the field -> NotExpert(field, account)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const who of [d.outsider, d.educationExpert, d.regulator, d.zoneAdmin, d.signer, d.admin]) {
        await refused(d, who, 1, Kind.ExpertOpinion, "NotExpert", [HEALTH, who.address]);
      }
      await refused(d, d.expert, 3, Kind.ExpertOpinion, "NotExpert", [EDUCATION, d.expert.address]);
    });

    it("evaluation / acceptance by anyone but a regulator of the field -> NotRegulator(field, account)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const kind of [Kind.Evaluation, Kind.Acceptance]) {
        for (const who of [d.outsider, d.energyRegulator, d.expert, d.zoneAdmin, d.signer, d.admin]) {
          await refused(d, who, 1, kind, "NotRegulator", [HEALTH, who.address]);
        }
        await refused(d, d.energyRegulator, 3, kind, "NotRegulator", [EDUCATION, d.energyRegulator.address]);
      }
    });

    it("a removed signer can no longer attest; what it attested before stays", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const h = docHash(ethers);
      await (await d.programme.connect(d.signer2).attest(request(1, Kind.ProgressReport, h))).wait();
      await (await d.programme.connect(d.zoneAdmin).removeSigner(1, d.signer2.address)).wait();
      await refused(d, d.signer2, 1, Kind.ProgressReport, "NotEntitySigner", [1, d.signer2.address]);
      await refused(d, d.signer2, 1, Kind.Milestone, "NotEntitySigner", [1, d.signer2.address]);
      const a = await d.programme.getAttestation(expectedUid(ethers, h, 0));
      expect(a.attester).to.equal(d.signer2.address);
      expect(a.revoked).to.equal(false);
      // the remaining key still works
      await attestsOk(d, d.signer, 1, Kind.ProgressReport);
    });

    it("a dismissed regulator, expert or zone administrator can no longer attest", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const p = d.programme.connect(d.admin);
      await (await p.setRegulatorFields(d.regulator.address, 0, TERM_END)).wait();
      await (await p.setExpertFields(d.expert.address, 0, TERM_END)).wait();
      await (await p.removeZoneAdmin(d.zoneAdmin.address)).wait();
      await refused(d, d.regulator, 1, Kind.Evaluation, "NotRegulator", [HEALTH, d.regulator.address]);
      await refused(d, d.expert, 1, Kind.ExpertOpinion, "NotExpert", [HEALTH, d.expert.address]);
      await refused(d, d.zoneAdmin, 1, Kind.Review, "NotZoneAdmin", [1, d.zoneAdmin.address]);
    });
  });

  describe("input checks", () => {
    it("InvalidKind(6) and InvalidKind(255)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const kind of [6, 255]) {
        const h = docHash(ethers);
        const before = await logState(d.programme, [h]);
        await expect(d.programme.connect(d.signer).attest({ ...request(1, Kind.ProgressReport, h), kind }))
          .to.be.revertedWithCustomError(d.programme, "InvalidKind")
          .withArgs(kind);
        expect(await logState(d.programme, [h])).to.deep.equal(before);
      }
    });

    it("ZeroContentHash", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const before = await logState(d.programme, [ZERO_HASH]);
      await expect(d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, ZERO_HASH))).to.be.revertedWithCustomError(
        d.programme,
        "ZeroContentHash",
      );
      expect(await logState(d.programme, [ZERO_HASH])).to.deep.equal(before);
    });

    it("UnknownProject(0) and UnknownProject(999)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const id of [0, 999]) {
        await refused(d, d.signer, id, Kind.ProgressReport, "UnknownProject", [id]);
        await refused(d, d.regulator, id, Kind.Evaluation, "UnknownProject", [id]);
      }
    });

    it("checks in order: kind, then hash, then project, then role", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const bad = { projectId: 999, kind: 6, contentHash: ZERO_HASH, refUID: ZERO_HASH, uri: "" };
      const asOutsider = d.programme.connect(d.outsider);
      await expect(asOutsider.attest(bad)).to.be.revertedWithCustomError(d.programme, "InvalidKind").withArgs(6);
      await expect(asOutsider.attest({ ...bad, kind: Kind.Review })).to.be.revertedWithCustomError(d.programme, "ZeroContentHash");
      await expect(asOutsider.attest({ ...bad, kind: Kind.Review, contentHash: docHash(ethers) }))
        .to.be.revertedWithCustomError(d.programme, "UnknownProject")
        .withArgs(999);
    });
  });
});
