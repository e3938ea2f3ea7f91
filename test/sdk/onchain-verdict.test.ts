/**
 * sdk/onchainVerdict.ts against a fake programme: the count first, then every page (never
 * truncated), rows as viem objects or ethers-style arrays, the verdict from all of them.
 * (Against the real contract with 2,500 attestations: test/lens/many-attestations.test.ts.)
 */
import { expect } from "chai";
import {
  readAllAttestationsOf,
  readOnchainVerdict,
  toOnchainAttestation,
  verdictOf,
  type OnchainAttestation,
  type ProgrammeRead,
} from "@pilot/sdk/onchainVerdict";
import { ShortPageError } from "@pilot/sdk/readPaging";

const HASH = `0x${"ab".repeat(32)}` as const;
const uid = (i: number) => `0x${i.toString(16).padStart(64, "0")}` as const;
const ATTESTER = `0x${"11".repeat(20)}` as const;

/** `count` attestations of HASH, the ones in `revoked` revoked; rows as viem returns them (objects, bigints). */
function fakeProgramme(count: number, revoked: ReadonlySet<number> = new Set(), opts: { asArrays?: boolean; shortAt?: number; otherHashAt?: number } = {}) {
  const calls: string[] = [];
  const row = (i: number) => {
    const fields = [uid(i), i === opts.otherHashAt ? `0x${"cd".repeat(32)}` : HASH, ATTESTER, 7, 2, BigInt(1_700_000_000 + i), revoked.has(i)] as const;
    if (opts.asArrays) return [...fields];
    const [u, contentHash, attester, projectId, kind, time, isRevoked] = fields;
    return { uid: u, contentHash, attester, projectId, kind, time, revoked: isRevoked };
  };
  const read: ProgrammeRead = async (fn, args) => {
    calls.push(`${fn}${fn === "attestationsOf" ? `(${String(args[1])},${String(args[2])})` : ""}`);
    if (fn === "attestationCount") return BigInt(count);
    const offset = Number(args[1]);
    const limit = Number(args[2]);
    if (limit > 1000) throw new Error("PageTooLarge");
    const end = Math.min(count, offset + limit, opts.shortAt ?? Infinity);
    return Array.from({ length: Math.max(0, end - offset) }, (_, i) => row(offset + i));
  };
  return { read, calls };
}

describe("sdk/onchainVerdict", () => {
  it("reads the count first, then every page up to it", async () => {
    const p = fakeProgramme(2_345);
    const { count, records } = await readAllAttestationsOf(p.read, HASH);
    expect(count).to.equal(2_345);
    expect(records.map((r) => r.uid)).to.deep.equal(Array.from({ length: 2_345 }, (_, i) => uid(i)));
    expect(p.calls).to.deep.equal(["attestationCount", "attestationsOf(0,1000)", "attestationsOf(1000,1000)", "attestationsOf(2000,1000)"]);
    expect(records[5]).to.deep.equal({ uid: uid(5), contentHash: HASH, attester: ATTESTER, projectId: 7, kind: 2, time: 1_700_000_005, revoked: false });
  });

  it("an unattested document: the count and one (empty) speculative page, nothing more", async () => {
    const p = fakeProgramme(0);
    expect(await readOnchainVerdict(p.read, HASH)).to.deep.equal({ count: 0, valid: 0, revoked: 0, status: "not-attested", records: [] });
    expect(p.calls).to.deep.equal(["attestationCount", "attestationsOf(0,1000)"]);
  });

  it("the count and the first page go out together (one round trip), and a document that fits in it needs no more", async () => {
    const p = fakeProgramme(320, new Set([3]));
    let inFlight = 0;
    let most = 0;
    const slow: ProgrammeRead = async (fn, args) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return p.read(fn, args);
    };
    const v = await readOnchainVerdict(slow, HASH);
    expect(most).to.equal(2);
    expect({ count: v.count, valid: v.valid, revoked: v.revoked, records: v.records.length }).to.deep.equal({
      count: 320,
      valid: 319,
      revoked: 1,
      records: 320,
    });
    expect(p.calls).to.deep.equal(["attestationCount", "attestationsOf(0,1000)"]);
  });

  it("a first page the node refuses (gas cap) is read again by the halving pager", async () => {
    const p = fakeProgramme(1_200);
    const capped: ProgrammeRead = async (fn, args) => {
      if (fn === "attestationsOf" && Number(args[2]) > 600) throw new Error("gas required exceeds allowance (16777216)");
      return p.read(fn, args);
    };
    const { records } = await readAllAttestationsOf(capped, HASH);
    expect(records.map((r) => r.uid)).to.deep.equal(Array.from({ length: 1_200 }, (_, i) => uid(i)));
  });

  it("a revocation beyond the first page counts: valid / revoked from every record", async () => {
    const all = new Set(Array.from({ length: 1_200 }, (_, i) => i));
    const everyOne = await readOnchainVerdict(fakeProgramme(1_200, all).read, HASH);
    expect(everyOne.status).to.equal("revoked");
    // all revoked but the very last, on the second page: a first-page verdict would say "revoked"
    all.delete(1_199);
    const lastValid = await readOnchainVerdict(fakeProgramme(1_200, all).read, HASH);
    expect({ ...lastValid, records: lastValid.records.length }).to.deep.equal({ count: 1_200, valid: 1, revoked: 1_199, status: "valid", records: 1_200 });
  });

  it("takes rows as ethers-style arrays too, and a smaller page size", async () => {
    const p = fakeProgramme(5, new Set([1]), { asArrays: true });
    const v = await readOnchainVerdict(p.read, HASH, { pageSize: 2 });
    expect(v.records.map((r) => r.revoked)).to.deep.equal([false, true, false, false, false]);
    expect(p.calls).to.deep.equal(["attestationCount", "attestationsOf(0,2)", "attestationsOf(2,2)", "attestationsOf(4,2)"]);
  });

  it("never truncates: fewer records than the count throws; so does a record of another document", async () => {
    try {
      await readAllAttestationsOf(fakeProgramme(1_500, new Set(), { shortAt: 1_200 }).read, HASH);
      expect.fail("should throw");
    } catch (error) {
      expect(error).to.be.instanceOf(ShortPageError);
      expect((error as Error).message).to.match(/offset 1000 returned 200 row\(s\) where 500 were expected/);
    }
    try {
      await readAllAttestationsOf(fakeProgramme(3, new Set(), { otherHashAt: 2 }).read, HASH);
      expect.fail("should throw");
    } catch (error) {
      expect((error as Error).message).to.match(/of another document/);
    }
  });

  it("verdictOf and toOnchainAttestation", () => {
    const a = (revoked: boolean): OnchainAttestation => ({ uid: uid(1), contentHash: HASH, attester: ATTESTER, projectId: 1, kind: 0, time: 1, revoked });
    expect(verdictOf([])).to.deep.equal({ count: 0, valid: 0, revoked: 0, status: "not-attested" });
    expect(verdictOf([a(true), a(true)])).to.deep.equal({ count: 2, valid: 0, revoked: 2, status: "revoked" });
    expect(verdictOf([a(true), a(false)])).to.deep.equal({ count: 2, valid: 1, revoked: 1, status: "valid" });
    expect(() => toOnchainAttestation({ uid: uid(1), contentHash: HASH, attester: ATTESTER, projectId: 1, kind: 0, time: 1, revoked: "no" })).to.throw(
      /revoked flag/,
    );
    expect(() => toOnchainAttestation(null)).to.throw(/not a record/);
  });
});
