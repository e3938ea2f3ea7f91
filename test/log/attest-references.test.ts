/**
 * AttestationLog.attest with `refUID`: replies and amendments must point at an existing
 * attestation of the same project.
 */
import { expect } from "chai";
import { network } from "hardhat";
import { seedLogProgramme, request, docHash, expectedUid, logState, ZERO_HASH } from "../helpers/fixtures.js";
import { Kind } from "@pilot/sdk/domain";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedLogProgramme(connection);

describe("AttestationLog.attest — references", () => {
  it("a reply (another attester) and an amendment (same attester) of the same project are taken", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const report = docHash(ethers);
    await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, report))).wait();
    const reportUid = expectedUid(ethers, report, 0);

    const review = docHash(ethers);
    await expect(d.programme.connect(d.zoneAdmin).attest(request(1, Kind.Review, review, reportUid, "ipfs://review")))
      .to.emit(d.programme, "Attested")
      .withArgs(expectedUid(ethers, review, 0), 1, d.zoneAdmin.address, Kind.Review, review, reportUid, "ipfs://review");

    const amended = docHash(ethers);
    await expect(d.programme.connect(d.signer2).attest(request(1, Kind.ProgressReport, amended, reportUid)))
      .to.emit(d.programme, "Attested")
      .withArgs(expectedUid(ethers, amended, 0), 1, d.signer2.address, Kind.ProgressReport, amended, reportUid, "");
  });

  it("a reference to a revoked attestation of the project is still taken (the log keeps it)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const report = docHash(ethers);
    await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, report))).wait();
    const reportUid = expectedUid(ethers, report, 0);
    await (await d.programme.connect(d.signer).revoke(reportUid, "wrong figures")).wait();
    await expect(d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, docHash(ethers), reportUid))).to.emit(d.programme, "Attested");
  });

  it("an unknown reference -> UnknownAttestation(refUID), nothing written", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const h = docHash(ethers);
    const ghost = docHash(ethers, "ghost");
    const before = await logState(d.programme, [h]);
    await expect(d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h, ghost)))
      .to.be.revertedWithCustomError(d.programme, "UnknownAttestation")
      .withArgs(ghost);
    expect(await logState(d.programme, [h])).to.deep.equal(before);
  });

  it("a reference to another project's attestation -> ReferenceOutsideProject(refUID, projectId)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const other = docHash(ethers);
    await (await d.programme.connect(d.otherSigner).attest(request(3, Kind.ProgressReport, other))).wait();
    const otherUid = expectedUid(ethers, other, 0);
    const h = docHash(ethers);
    const before = await logState(d.programme, [h]);
    await expect(d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h, otherUid)))
      .to.be.revertedWithCustomError(d.programme, "ReferenceOutsideProject")
      .withArgs(otherUid, 1);
    // the regulator of both projects cannot cross-reference either
    await expect(d.programme.connect(d.regulator).attest(request(1, Kind.Evaluation, h, otherUid)))
      .to.be.revertedWithCustomError(d.programme, "ReferenceOutsideProject")
      .withArgs(otherUid, 1);
    expect(await logState(d.programme, [h])).to.deep.equal(before);
  });

  it("the reference is checked after the role and the project's state", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const ghost = docHash(ethers, "ghost");
    await expect(d.programme.connect(d.outsider).attest(request(1, Kind.ProgressReport, docHash(ethers), ghost)))
      .to.be.revertedWithCustomError(d.programme, "NotEntitySigner")
      .withArgs(1, d.outsider.address);
    await expect(d.programme.connect(d.signer).attest(request(2, Kind.ProgressReport, docHash(ethers), ghost)))
      .to.be.revertedWithCustomError(d.programme, "ProjectNotOpen")
      .withArgs(2, 1);
  });

  it("refUID zero means no reference", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const h = docHash(ethers);
    await expect(d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h, ZERO_HASH)))
      .to.emit(d.programme, "Attested")
      .withArgs(expectedUid(ethers, h, 0), 1, d.signer.address, Kind.ProgressReport, h, ZERO_HASH, "");
  });
});
