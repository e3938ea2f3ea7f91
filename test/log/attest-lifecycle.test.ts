/**
 * AttestationLog.attest against the registry's state: project lifecycle, suspended zones and
 * entities, the pause switch, and acceptance ending a project.
 */
import { expect } from "chai";
import { network } from "hardhat";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import { seedLogProgramme, request, docHash, expectedUid, logState, ZERO_HASH, type LogDeployed } from "../helpers/fixtures.js";
import { EntityStatus, Kind, ProjectStatus, ZoneStatus } from "@pilot/sdk/domain";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedLogProgramme(connection);

const ALL_KINDS = [Kind.ProgressReport, Kind.Milestone, Kind.Review, Kind.ExpertOpinion, Kind.Evaluation, Kind.Acceptance];

/** The account entitled to issue `kind` about project 1 (HEALTH, zone 1) or project 2 (EDUCATION, zone 1). */
function issuer(d: LogDeployed, kind: Kind, projectId: 1 | 2): HardhatEthersSigner {
  switch (kind) {
    case Kind.ProgressReport:
      return d.signer;
    case Kind.Milestone:
      return d.signer2;
    case Kind.Review:
      return d.zoneAdmin;
    case Kind.ExpertOpinion:
      return projectId === 1 ? d.expert : d.educationExpert;
    default:
      return d.regulator;
  }
}

async function expectRefusedAllKinds(d: LogDeployed, projectId: 1 | 2, error: string, args: unknown[]): Promise<void> {
  for (const kind of ALL_KINDS) {
    const h = docHash(ethers);
    const before = await logState(d.programme, [h]);
    await expect(d.programme.connect(issuer(d, kind, projectId)).attest(request(projectId, kind, h)))
      .to.be.revertedWithCustomError(d.programme, error)
      .withArgs(...args);
    expect(await logState(d.programme, [h])).to.deep.equal(before);
  }
}

describe("AttestationLog.attest — lifecycle", () => {
  describe("project status", () => {
    it("Proposed: review and expert opinion are taken", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const kind of [Kind.Review, Kind.ExpertOpinion]) {
        const h = docHash(ethers);
        await expect(d.programme.connect(issuer(d, kind, 2)).attest(request(2, kind, h)))
          .to.emit(d.programme, "Attested")
          .withArgs(expectedUid(ethers, h, 0), 2, issuer(d, kind, 2).address, kind, h, ZERO_HASH, "");
      }
      expect((await d.programme.getProject(2)).status).to.equal(BigInt(ProjectStatus.Proposed));
    });

    it("Proposed: progress report, milestone, evaluation and acceptance -> ProjectNotOpen(id, Proposed)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const kind of [Kind.ProgressReport, Kind.Milestone, Kind.Evaluation, Kind.Acceptance]) {
        const h = docHash(ethers);
        await expect(d.programme.connect(issuer(d, kind, 2)).attest(request(2, kind, h)))
          .to.be.revertedWithCustomError(d.programme, "ProjectNotOpen")
          .withArgs(2, ProjectStatus.Proposed);
      }
    });

    it("the role is checked before the project status", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await expect(d.programme.connect(d.outsider).attest(request(2, Kind.ProgressReport, docHash(ethers))))
        .to.be.revertedWithCustomError(d.programme, "NotEntitySigner")
        .withArgs(1, d.outsider.address);
    });

    it("Active: every kind is taken (by its issuer)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const kind of ALL_KINDS) {
        await expect(d.programme.connect(issuer(d, kind, 1)).attest(request(1, kind, docHash(ethers)))).to.emit(d.programme, "Attested");
      }
    });

    it("Suspended accepts nothing -> ProjectNotOpen(id, Suspended); resumed, it accepts again", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await (await d.programme.connect(d.zoneAdmin).setProjectStatus(1, ProjectStatus.Suspended, "audit")).wait();
      await expectRefusedAllKinds(d, 1, "ProjectNotOpen", [1, ProjectStatus.Suspended]);
      await (await d.programme.connect(d.zoneAdmin).setProjectStatus(1, ProjectStatus.Active, "")).wait();
      await expect(d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, docHash(ethers)))).to.emit(d.programme, "Attested");
    });

    it("Rejected accepts nothing -> ProjectNotOpen(id, Rejected)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await (await d.programme.connect(d.zoneAdmin).setProjectStatus(2, ProjectStatus.Rejected, "out of scope")).wait();
      await expectRefusedAllKinds(d, 2, "ProjectNotOpen", [2, ProjectStatus.Rejected]);
    });

    it("Terminated accepts nothing -> ProjectNotOpen(id, Terminated)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await (await d.programme.connect(d.regulator).setProjectStatus(1, ProjectStatus.Terminated, "abandoned")).wait();
      await expectRefusedAllKinds(d, 1, "ProjectNotOpen", [1, ProjectStatus.Terminated]);
    });

    it("an acceptance ends the project: ProjectStatusChanged(Accepted), then nothing more is taken", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const h = docHash(ethers);
      const tx = d.programme.connect(d.regulator).attest(request(1, Kind.Acceptance, h, ZERO_HASH, "ipfs://acceptance"));
      await expect(tx).to.emit(d.programme, "ProjectStatusChanged").withArgs(1, ProjectStatus.Accepted, d.regulator.address, "");
      await expect(tx)
        .to.emit(d.programme, "Attested")
        .withArgs(expectedUid(ethers, h, 0), 1, d.regulator.address, Kind.Acceptance, h, ZERO_HASH, "ipfs://acceptance");
      const receipt = await (await tx).wait();
      const block = await ethers.provider.getBlock(receipt!.blockNumber);
      const p = await d.programme.getProject(1);
      expect(p.status).to.equal(BigInt(ProjectStatus.Accepted));
      expect(p.updatedAt).to.equal(BigInt(block!.timestamp));
      await expectRefusedAllKinds(d, 1, "ProjectNotOpen", [1, ProjectStatus.Accepted]);
    });

    it("a non-acceptance kind does not touch the project", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const before = await d.programme.getProject(1);
      await expect(d.programme.connect(d.regulator).attest(request(1, Kind.Evaluation, docHash(ethers)))).not.to.emit(d.programme, "ProjectStatusChanged");
      const after = await d.programme.getProject(1);
      expect(after.status).to.equal(before.status);
      expect(after.updatedAt).to.equal(before.updatedAt);
    });
  });

  describe("zone, entity and pause", () => {
    it("suspended zone -> ZoneNotActive(zoneId, Suspended); closed zone -> ZoneNotActive(zoneId, Closed)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await (await d.programme.connect(d.admin).setZoneStatus(1, ZoneStatus.Suspended)).wait();
      await expectRefusedAllKinds(d, 1, "ZoneNotActive", [1, ZoneStatus.Suspended]);
      // the other zone is unaffected
      await expect(d.programme.connect(d.otherSigner).attest(request(3, Kind.ProgressReport, docHash(ethers)))).to.emit(d.programme, "Attested");
      await (await d.programme.connect(d.admin).setZoneStatus(1, ZoneStatus.Closed)).wait();
      await expectRefusedAllKinds(d, 1, "ZoneNotActive", [1, ZoneStatus.Closed]);
    });

    it("a suspended zone also refuses reviews and expert opinions of a proposed project", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await (await d.programme.connect(d.admin).setZoneStatus(1, ZoneStatus.Suspended)).wait();
      for (const kind of [Kind.Review, Kind.ExpertOpinion]) {
        await expect(d.programme.connect(issuer(d, kind, 2)).attest(request(2, kind, docHash(ethers))))
          .to.be.revertedWithCustomError(d.programme, "ZoneNotActive")
          .withArgs(1, ZoneStatus.Suspended);
      }
    });

    it("suspended entity -> EntityNotActive(entityId, Suspended); reinstated, it is taken again", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await (await d.programme.connect(d.zoneAdmin).setEntityStatus(1, EntityStatus.Suspended)).wait();
      await expectRefusedAllKinds(d, 1, "EntityNotActive", [1, EntityStatus.Suspended]);
      await (await d.programme.connect(d.zoneAdmin).setEntityStatus(1, EntityStatus.Active)).wait();
      await expect(d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, docHash(ethers)))).to.emit(d.programme, "Attested");
    });

    it("revoked entity -> EntityNotActive(entityId, Revoked)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await (await d.programme.connect(d.zoneAdmin).setEntityStatus(1, EntityStatus.Revoked)).wait();
      await expectRefusedAllKinds(d, 1, "EntityNotActive", [1, EntityStatus.Revoked]);
    });

    it("paused -> EnforcedPause for attest; unpaused, it is taken again", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await (await d.programme.connect(d.admin).pause()).wait();
      for (const kind of ALL_KINDS) {
        const h = docHash(ethers);
        await expect(d.programme.connect(issuer(d, kind, 1)).attest(request(1, kind, h))).to.be.revertedWithCustomError(d.programme, "EnforcedPause");
        expect(await d.programme.attestationCount(h)).to.equal(0n);
      }
      // even an invalid request hears about the pause first
      await expect(
        d.programme.connect(d.outsider).attest({ projectId: 0, kind: 255, contentHash: ZERO_HASH, refUID: ZERO_HASH, uri: "" }),
      ).to.be.revertedWithCustomError(d.programme, "EnforcedPause");
      await (await d.programme.connect(d.admin).unpause()).wait();
      await expect(d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, docHash(ethers)))).to.emit(d.programme, "Attested");
    });
  });
});
