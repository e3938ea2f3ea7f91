/** AttestationLog.attestBatch: all or nothing, uids in order, intra-batch references. */
import { expect } from "chai";
import { network } from "hardhat";
import { seedLogProgramme, request, docHash, expectedUid, logState, ZERO_HASH } from "../helpers/fixtures.js";
import { Kind, ProjectStatus } from "@pilot/sdk/domain";
import type { AttestationRequest } from "@pilot/sdk/eip712";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedLogProgramme(connection);

const hashesOf = (reqs: readonly AttestationRequest[]) => reqs.map((r) => r.contentHash);

describe("AttestationLog.attestBatch", () => {
  it("records every item in order, returns their uids and emits one Attested per item", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const reqs = [
      request(1, Kind.ProgressReport, docHash(ethers), ZERO_HASH, "ipfs://a"),
      request(1, Kind.Milestone, docHash(ethers), ZERO_HASH, "ipfs://b"),
      request(1, Kind.ProgressReport, docHash(ethers)),
    ];
    const asSigner = d.programme.connect(d.signer);
    const uids = await asSigner.attestBatch.staticCall(reqs);
    expect(uids).to.deep.equal(reqs.map((r) => expectedUid(ethers, r.contentHash, 0)));
    const tx = asSigner.attestBatch(reqs);
    for (let i = 0; i < reqs.length; i++) {
      await expect(tx).to.emit(d.programme, "Attested").withArgs(uids[i], 1, d.signer.address, reqs[i].kind, reqs[i].contentHash, ZERO_HASH, reqs[i].uri);
    }
    const receipt = await (await tx).wait();
    const time = BigInt((await ethers.provider.getBlock(receipt!.blockNumber))!.timestamp);
    for (let i = 0; i < reqs.length; i++) {
      const a = await d.programme.getAttestation(uids[i]);
      expect([a.attester, a.projectId, a.kind, a.time, a.contentHash]).to.deep.equal([d.signer.address, 1n, BigInt(reqs[i].kind), time, reqs[i].contentHash]);
    }
    expect((await d.programme.totals()).attestations).to.equal(3n);
  });

  it("a single item batch works", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const h = docHash(ethers);
    await expect(d.programme.connect(d.expert).attestBatch([request(1, Kind.ExpertOpinion, h)]))
      .to.emit(d.programme, "Attested")
      .withArgs(expectedUid(ethers, h, 0), 1, d.expert.address, Kind.ExpertOpinion, h, ZERO_HASH, "");
  });

  it("mixed kinds and projects (a regulator of both fields, in two zones), ending with an acceptance", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const reqs = [request(1, Kind.Evaluation, docHash(ethers)), request(3, Kind.Evaluation, docHash(ethers)), request(3, Kind.Acceptance, docHash(ethers))];
    const tx = d.programme.connect(d.regulator).attestBatch(reqs);
    await expect(tx).to.emit(d.programme, "ProjectStatusChanged").withArgs(3, ProjectStatus.Accepted, d.regulator.address, "");
    await (await tx).wait();
    expect((await d.programme.getProject(3)).status).to.equal(BigInt(ProjectStatus.Accepted));
    expect((await d.programme.getProject(1)).status).to.equal(BigInt(ProjectStatus.Active));
    for (const r of reqs) expect(await d.programme.attestationCount(r.contentHash)).to.equal(1n);
  });

  it("EmptyBatch", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await expect(d.programme.connect(d.signer).attestBatch([])).to.be.revertedWithCustomError(d.programme, "EmptyBatch");
  });

  it("paused -> EnforcedPause", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await (await d.programme.connect(d.admin).pause()).wait();
    await expect(d.programme.connect(d.signer).attestBatch([request(1, Kind.ProgressReport, docHash(ethers))])).to.be.revertedWithCustomError(
      d.programme,
      "EnforcedPause",
    );
    await expect(d.programme.connect(d.signer).attestBatch([])).to.be.revertedWithCustomError(d.programme, "EnforcedPause");
  });

  describe("all or nothing: one bad item reverts the whole batch with that item's error", () => {
    const cases: { name: string; bad: (h: `0x${string}`) => AttestationRequest; error: string; args: unknown[] }[] = [
      { name: "invalid kind", bad: (h) => ({ ...request(1, Kind.ProgressReport, h), kind: 6 }), error: "InvalidKind", args: [6] },
      { name: "zero hash", bad: () => request(1, Kind.ProgressReport, ZERO_HASH), error: "ZeroContentHash", args: [] },
      { name: "unknown project", bad: (h) => request(999, Kind.ProgressReport, h), error: "UnknownProject", args: [999] },
      { name: "wrong role", bad: (h) => request(1, Kind.Review, h), error: "NotZoneAdmin", args: [1, "signer"] },
      { name: "project not open", bad: (h) => request(2, Kind.Milestone, h), error: "ProjectNotOpen", args: [2, ProjectStatus.Proposed] },
      { name: "other entity's project", bad: (h) => request(3, Kind.Milestone, h), error: "NotEntitySigner", args: [2, "signer"] },
    ];
    for (const c of cases) {
      for (const position of ["first", "middle", "last"] as const) {
        it(`${c.name} as the ${position} item`, async () => {
          const d = await networkHelpers.loadFixture(seeded);
          const good = () => request(1, Kind.ProgressReport, docHash(ethers));
          const bad = c.bad(docHash(ethers));
          const reqs = position === "first" ? [bad, good(), good()] : position === "middle" ? [good(), bad, good()] : [good(), good(), bad];
          const hashes = hashesOf(reqs);
          const before = await logState(d.programme, hashes, [d.signer.address]);
          const args = c.args.map((a) => (a === "signer" ? d.signer.address : a));
          await expect(d.programme.connect(d.signer).attestBatch(reqs))
            .to.be.revertedWithCustomError(d.programme, c.error)
            .withArgs(...args);
          expect(await logState(d.programme, hashes, [d.signer.address])).to.deep.equal(before);
          for (const r of reqs) {
            if (r.contentHash !== ZERO_HASH) {
              await expect(d.programme.getAttestation(expectedUid(ethers, r.contentHash, 0))).to.be.revertedWithCustomError(d.programme, "UnknownAttestation");
            }
          }
        });
      }
    }

    it("an acceptance followed by another item: the second sees the project Accepted, and the acceptance is rolled back", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const reqs = [request(1, Kind.Acceptance, docHash(ethers)), request(1, Kind.Evaluation, docHash(ethers))];
      const before = await logState(d.programme, hashesOf(reqs));
      await expect(d.programme.connect(d.regulator).attestBatch(reqs))
        .to.be.revertedWithCustomError(d.programme, "ProjectNotOpen")
        .withArgs(1, ProjectStatus.Accepted);
      expect(await logState(d.programme, hashesOf(reqs))).to.deep.equal(before);
      expect((await d.programme.getProject(1)).status).to.equal(BigInt(ProjectStatus.Active));
    });
  });

  describe("items that depend on earlier items of the same batch", () => {
    it("an item may reference an earlier item (its uid precomputed)", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const first = docHash(ethers);
      const firstUid = expectedUid(ethers, first, await d.programme.attestationCount(first));
      const second = docHash(ethers);
      const reqs = [request(1, Kind.ProgressReport, first), request(1, Kind.Milestone, second, firstUid, "ipfs://amend")];
      await expect(d.programme.connect(d.signer).attestBatch(reqs))
        .to.emit(d.programme, "Attested")
        .withArgs(expectedUid(ethers, second, 0), 1, d.signer.address, Kind.Milestone, second, firstUid, "ipfs://amend");
    });

    it("an item cannot reference a later item -> UnknownAttestation", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const later = docHash(ethers);
      const laterUid = expectedUid(ethers, later, 0);
      const reqs = [request(1, Kind.Milestone, docHash(ethers), laterUid), request(1, Kind.ProgressReport, later)];
      await expect(d.programme.connect(d.signer).attestBatch(reqs)).to.be.revertedWithCustomError(d.programme, "UnknownAttestation").withArgs(laterUid);
    });

    it("the same hash twice in one batch gets n = 0 and n = 1", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const h = docHash(ethers);
      const reqs = [request(1, Kind.ProgressReport, h), request(1, Kind.Milestone, h)];
      const uids = await d.programme.connect(d.signer).attestBatch.staticCall(reqs);
      expect(uids).to.deep.equal([expectedUid(ethers, h, 0), expectedUid(ethers, h, 1)]);
      await (await d.programme.connect(d.signer).attestBatch(reqs)).wait();
      expect(await d.programme.attestationCount(h)).to.equal(2n);
      const page = await d.programme.attestationsOf(h, 0n, 10n);
      expect(page.map((a) => a.kind)).to.deep.equal([BigInt(Kind.ProgressReport), BigInt(Kind.Milestone)]);
    });
  });
});
