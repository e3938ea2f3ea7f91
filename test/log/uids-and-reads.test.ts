/**
 * AttestationLog reads: uid derivation, lookups by uid and by content hash (paged), the global
 * counter across every write path, and the per-hash cap.
 */
import { expect } from "chai";
import { network } from "hardhat";
import { seedLogProgramme, request, docHash, expectedUid, signAttestation, ZERO_HASH, type LogDeployed } from "../helpers/fixtures.js";
import { Kind } from "@pilot/sdk/domain";
import type { Hex } from "@pilot/sdk/eip712";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedLogProgramme(connection);

/** One document attested three times: by signer (project 1), otherSigner (project 3), regulator (project 1). */
async function threeTimes(d: LogDeployed, h: Hex): Promise<{ uids: Hex[]; times: bigint[] }> {
  const times: bigint[] = [];
  // sequential on purpose: an estimate made before the previous write is mined is too low
  // (the n-th attestation of a hash also bumps the first record's counter)
  const steps = [
    () => d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h)),
    () => d.programme.connect(d.otherSigner).attest(request(3, Kind.Milestone, h)),
    () => d.programme.connect(d.regulator).attest(request(1, Kind.Evaluation, h)),
  ];
  for (const step of steps) {
    const receipt = await (await step()).wait();
    times.push(BigInt((await ethers.provider.getBlock(receipt!.blockNumber))!.timestamp));
  }
  return { uids: [0, 1, 2].map((n) => expectedUid(ethers, h, n)), times };
}

describe("AttestationLog — uids and reads", () => {
  it("uidOf(hash, n) = keccak256(abi.encode(hash, n)), as sdk/uid.ts computes it off chain", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const h = docHash(ethers);
    for (const n of [0n, 1n, 2n, 65535n, ethers.MaxUint256]) {
      expect(await d.programme.uidOf(h, n)).to.equal(expectedUid(ethers, h, n));
    }
  });

  it("the same document attested by different attesters and projects gets n = 0, 1, 2", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const h = docHash(ethers);
    const h2 = docHash(ethers);
    await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h))).wait();
    // the next uid of h is predictable, and its event says so
    await expect(d.programme.connect(d.otherSigner).attest(request(3, Kind.Milestone, h)))
      .to.emit(d.programme, "Attested")
      .withArgs(expectedUid(ethers, h, 1), 3, d.otherSigner.address, Kind.Milestone, h, ZERO_HASH, "");
    await expect(d.programme.connect(d.regulator).attest(request(1, Kind.Evaluation, h)))
      .to.emit(d.programme, "Attested")
      .withArgs(expectedUid(ethers, h, 2), 1, d.regulator.address, Kind.Evaluation, h, ZERO_HASH, "");
    expect(await d.programme.attestationCount(h)).to.equal(3n);
    // another document keeps its own sequence
    await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h2))).wait();
    expect(await d.programme.attestationCount(h2)).to.equal(1n);
    expect((await d.programme.getAttestation(expectedUid(ethers, h2, 0))).contentHash).to.equal(h2);
  });

  it("getAttestation returns every field", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const h = docHash(ethers);
    const { uids, times } = await threeTimes(d, h);
    const expected = [
      [d.signer.address, 1n, BigInt(Kind.ProgressReport)],
      [d.otherSigner.address, 3n, BigInt(Kind.Milestone)],
      [d.regulator.address, 1n, BigInt(Kind.Evaluation)],
    ] as const;
    for (let i = 0; i < 3; i++) {
      const a = await d.programme.getAttestation(uids[i]);
      expect(a.uid).to.equal(uids[i]);
      expect(a.contentHash).to.equal(h);
      expect(a.attester).to.equal(expected[i][0]);
      expect(a.projectId).to.equal(expected[i][1]);
      expect(a.kind).to.equal(expected[i][2]);
      expect(a.time).to.equal(times[i]);
      expect(a.revoked).to.equal(false);
    }
  });

  it("getAttestation of an unknown uid -> UnknownAttestation(uid)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const h = docHash(ethers);
    await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h))).wait();
    for (const uid of [ZERO_HASH, docHash(ethers), expectedUid(ethers, h, 1)]) {
      await expect(d.programme.getAttestation(uid)).to.be.revertedWithCustomError(d.programme, "UnknownAttestation").withArgs(uid);
    }
  });

  it("attestationsOf: full page, partial pages, offset at/beyond the count, limit 0, unknown hash", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const h = docHash(ethers);
    const { uids } = await threeTimes(d, h);
    const uidsOf = async (offset: bigint, limit: bigint) => (await d.programme.attestationsOf(h, offset, limit)).map((a) => a.uid);

    expect(await uidsOf(0n, 10n)).to.deep.equal(uids);
    expect(await uidsOf(0n, 3n)).to.deep.equal(uids);
    expect(await uidsOf(0n, 1000n)).to.deep.equal(uids); // 1000: the most one call returns (test/lens/page-limits.test.ts)
    expect(await uidsOf(0n, 2n)).to.deep.equal(uids.slice(0, 2));
    expect(await uidsOf(1n, 1n)).to.deep.equal([uids[1]]);
    expect(await uidsOf(1n, 10n)).to.deep.equal(uids.slice(1));
    expect(await uidsOf(2n, 10n)).to.deep.equal([uids[2]]);
    expect(await uidsOf(3n, 10n)).to.deep.equal([]);
    expect(await uidsOf(5n, 10n)).to.deep.equal([]);
    expect(await uidsOf(ethers.MaxUint256, 1000n)).to.deep.equal([]);
    expect(await uidsOf(0n, 0n)).to.deep.equal([]);
    expect(await uidsOf(2n, 0n)).to.deep.equal([]);

    const page = await d.programme.attestationsOf(h, 1n, 1n);
    expect(page[0].attester).to.equal(d.otherSigner.address);
    expect(page[0].projectId).to.equal(3n);
    expect(page[0].kind).to.equal(BigInt(Kind.Milestone));
    expect(page[0].contentHash).to.equal(h);

    const unknown = docHash(ethers);
    expect(await d.programme.attestationCount(unknown)).to.equal(0n);
    expect(await d.programme.attestationsOf(unknown, 0n, 10n)).to.deep.equal([]);
  });

  it("totals().attestations counts attest, attestBatch and attestBySig", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const count = async () => (await d.programme.totals()).attestations;
    expect(await count()).to.equal(0n);
    await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, docHash(ethers)))).wait();
    expect(await count()).to.equal(1n);
    await (
      await d.programme
        .connect(d.signer)
        .attestBatch([
          request(1, Kind.ProgressReport, docHash(ethers)),
          request(1, Kind.Milestone, docHash(ethers)),
          request(1, Kind.Milestone, docHash(ethers)),
        ])
    ).wait();
    expect(await count()).to.equal(4n);
    const req = request(1, Kind.Milestone, docHash(ethers));
    const sig = await signAttestation(connection, d.programme, d.signer, req);
    await (await d.programme.connect(d.relayer).attestBySig(req, sig.attester, sig.nonce, sig.deadline, sig.signature)).wait();
    expect(await count()).to.equal(5n);
    // revocation does not change the count
    await (await d.programme.connect(d.signer).revoke(await d.programme.uidOf(req.contentHash, 0), "wrong file")).wait();
    expect(await count()).to.equal(5n);
    // the other totals are untouched by the log
    const t = await d.programme.totals();
    expect([t.zones, t.entities, t.projects]).to.deep.equal([2n, 2n, 3n]);
  });

  it("a hash attested 65535 times takes no more -> TooManyAttestations(hash)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const h = docHash(ethers);
    await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h))).wait();
    // Find the slot of `_records[uidOf(h, 0)]` (the word whose low 160 bits are the attester),
    // then raise its 16-bit hashCount (bits 240..255) to the cap.
    const address = await d.programme.getAddress();
    const uid0 = expectedUid(ethers, h, 0);
    const coder = ethers.AbiCoder.defaultAbiCoder();
    let key: string | undefined;
    let word = 0n;
    for (let slot = 0; slot < 64 && key === undefined; slot++) {
      const k = ethers.keccak256(coder.encode(["bytes32", "uint256"], [uid0, slot]));
      const v = BigInt(await ethers.provider.getStorage(address, k));
      if (v !== 0n && (v & ((1n << 160n) - 1n)) === BigInt(d.signer.address)) {
        key = k;
        word = v;
      }
    }
    expect(key, "record slot").to.not.equal(undefined);
    expect(word >> 240n).to.equal(1n); // hashCount of the first record
    const capped = (word & ((1n << 240n) - 1n)) | (0xffffn << 240n);
    await networkHelpers.setStorageAt(address, key!, ethers.toBeHex(capped, 32));
    expect(await d.programme.attestationCount(h)).to.equal(65535n);

    await expect(d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h)))
      .to.be.revertedWithCustomError(d.programme, "TooManyAttestations")
      .withArgs(h);
    await expect(d.programme.connect(d.signer).attestBatch([request(1, Kind.ProgressReport, docHash(ethers)), request(1, Kind.Milestone, h)]))
      .to.be.revertedWithCustomError(d.programme, "TooManyAttestations")
      .withArgs(h);
    expect(await d.programme.attestationCount(h)).to.equal(65535n);
    // one below the cap is still taken, as index 65534
    await networkHelpers.setStorageAt(address, key!, ethers.toBeHex((word & ((1n << 240n) - 1n)) | (0xfffen << 240n), 32));
    await expect(d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h)))
      .to.emit(d.programme, "Attested")
      .withArgs(expectedUid(ethers, h, 65534), 1, d.signer.address, Kind.ProgressReport, h, ZERO_HASH, "");
    expect(await d.programme.attestationCount(h)).to.equal(65535n);
  });
});
