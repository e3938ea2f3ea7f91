/**
 * One document attested 2,500 times: more than `attestationsOf` may return in one call, and more
 * than Hardhat's node could copy within its eth_call gas cap (2,000 already went over). Shows
 * that `isAttested` stops at the first unrevoked record (its gas does not depend on the count),
 * and that the sdk reads every record, in pages, into the right verdict.
 */
import { expect } from "chai";
import hre, { network } from "hardhat";
import { readAllAttestationsOf, readOnchainVerdict, type ProgrammeRead } from "@pilot/sdk/onchainVerdict";
import { GAS_PER_SCANNED_ATTESTATION, MAX_PAGE, RPC_GAS_CAP } from "@pilot/sdk/readPaging";
import { fillProgramme, TYPICAL } from "./helpers/measure-rows.js";

const connection = await network.create();
const { networkHelpers } = connection;
const COUNT = 2_500;
function manyAttestations() {
  return fillProgramme(connection, TYPICAL, 1, COUNT);
}
const fixture = () => networkHelpers.loadFixture(manyAttestations);

describe(`one document attested ${COUNT.toLocaleString("en")} times`, function () {
  this.timeout(120_000);

  it("attestationsOf refuses the whole history in one call (PageTooLarge)", async () => {
    const { programme, hash } = await fixture();
    expect(await programme.attestationCount(hash)).to.equal(BigInt(COUNT));
    await expect(programme.attestationsOf(hash, 0, COUNT))
      .to.be.revertedWithCustomError(programme, "PageTooLarge")
      .withArgs(COUNT, MAX_PAGE.attestationsOf);
  });

  it("isAttested stops at the first valid record: the same gas whatever the count or maxScan", async function () {
    // Under --coverage the bytecode is instrumented: its gas is not the shipped code's.
    if (hre.globalOptions.coverage) this.skip();
    const { reader, programme, hash, signer } = await fixture();
    const first = await reader.isAttested.estimateGas(hash, 1);
    const all = await reader.isAttested.estimateGas(hash, COUNT);
    const beyond = await reader.isAttested.estimateGas(hash, 2n ** 256n - 1n);
    expect(await reader.isAttested(hash, COUNT)).to.deep.equal([true, BigInt(COUNT)]);
    // equal but for the calldata of a larger maxScan (16 gas per non-zero byte)
    expect(Number(all - first)).to.be.within(0, 600);
    expect(Number(beyond - first)).to.be.within(0, 600);
    expect(all).to.be.below(60_000n);

    // the first 20 revoked: it reads 21 records, about GAS_PER_SCANNED_ATTESTATION each
    const s = programme.connect(signer);
    for (let i = 0; i < 20; i++) await (await s.revoke(await programme.uidOf(hash, i), "superseded")).wait();
    const after = await reader.isAttested.estimateGas(hash, COUNT);
    const perRecord = (after - all) / 20n;
    console.log(`      isAttested: ${all} gas when the first of ${COUNT} is valid; ${perRecord} gas per revoked record read before a valid one`);
    expect(perRecord * 10n).to.be.within(GAS_PER_SCANNED_ATTESTATION * 7n, GAS_PER_SCANNED_ATTESTATION * 11n);
    expect(await reader.isAttested(hash, COUNT)).to.deep.equal([true, BigInt(COUNT)]);
    // maxScan bounds the walk: only revoked records among the first 20
    expect(await reader.isAttested(hash, 20)).to.deep.equal([false, BigInt(COUNT)]);
    expect(await reader.isAttested(hash, 21)).to.deep.equal([true, BigInt(COUNT)]);
    // the bound the NatSpec gives: about 1,800 records fit under the cap even when all are revoked
    expect(all + perRecord * 1_800n).to.be.below(RPC_GAS_CAP);
  });

  it("the sdk reads the count, then every page, into every record and the verdict", async () => {
    const { programme, hash, signer } = await fixture();
    const calls: string[] = [];
    const read: ProgrammeRead = async (fn, args) => {
      calls.push(`${fn}(${args.slice(1).join(", ")})`);
      return fn === "attestationCount" ? programme.attestationCount(args[0] as string) : programme.attestationsOf(...(args as [string, bigint, bigint]));
    };
    const { count, records } = await readAllAttestationsOf(read, hash);
    expect(count).to.equal(COUNT);
    expect(records).to.have.length(COUNT);
    expect(calls).to.deep.equal(["attestationCount()", "attestationsOf(0, 1000)", "attestationsOf(1000, 1000)", "attestationsOf(2000, 1000)"]);
    for (const i of [0, 999, 1000, 2499]) expect(records[i].uid).to.equal(await programme.uidOf(hash, i));
    expect(new Set(records.map((r) => r.uid)).size).to.equal(COUNT);
    expect(records[0]).to.include({ contentHash: hash, attester: signer.address, projectId: 1, kind: 0, revoked: false });

    // revoke the last one, far beyond the first page: the verdict counts it
    await (await programme.connect(signer).revoke(await programme.uidOf(hash, COUNT - 1), "wrong file")).wait();
    const verdict = await readOnchainVerdict(read, hash);
    expect({ count: verdict.count, valid: verdict.valid, revoked: verdict.revoked, status: verdict.status }).to.deep.equal({
      count: COUNT,
      valid: COUNT - 1,
      revoked: 1,
      status: "valid",
    });
    expect(verdict.records[COUNT - 1].revoked).to.equal(true);
  });

  it("a node that refuses big pages (out of gas) gets halved pages, and still every record", async () => {
    const { programme, hash } = await fixture();
    const limits: bigint[] = [];
    const read: ProgrammeRead = async (fn, args) => {
      if (fn === "attestationCount") return programme.attestationCount(args[0] as string);
      const [h, offset, limit] = args as [string, bigint, bigint];
      limits.push(limit);
      if (limit > 300n) throw Object.assign(new Error("could not coalesce error"), { error: { code: -32000, message: "Transaction ran out of gas" } });
      return programme.attestationsOf(h, offset, limit);
    };
    const { records } = await readAllAttestationsOf(read, hash);
    expect(records).to.have.length(COUNT);
    // 1000 -> 500 -> 250, then 250 per page to the end
    expect(limits.slice(0, 4)).to.deep.equal([1000n, 500n, 250n, 250n]);
    expect(limits.filter((l) => l === 250n)).to.have.length(COUNT / 250);
  });
});
