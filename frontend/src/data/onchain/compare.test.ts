// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { OnchainAttestation } from "@pilot/sdk/onchainVerdict";
import { disagreementText, verdictText } from "../../i18n/labels";
import { compareDocument, compareRecords, type IndexedClaim } from "./compare";

const H = `0x${"ab".repeat(32)}` as const;
const uid = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as `0x${string}`;
const A = "0x00000000000000000000000000000000000000aa" as const;
const rec = (n: number, revoked = false): OnchainAttestation => ({ uid: uid(n), contentHash: H, attester: A, projectId: 3, kind: 0, time: 1_700_000_000, revoked });
const claim = (n: number, revoked = false, over: Partial<IndexedClaim> = {}): IndexedClaim => ({ uid: uid(n), attester: A.toUpperCase().replace("0X", "0x"), projectId: 3, kind: 0, contentHash: H, revoked, ...over });

describe("the index against the chain", () => {
  it("agrees when every shown row matches its record and the counts match", () => {
    expect(compareDocument(2, [claim(1), claim(2, true)], { count: 2, records: [rec(1), rec(2, true)] })).toEqual([]);
  });
  it("reports a count the chain does not confirm (e.g. a lagging index)", () => {
    const d = compareDocument(1, [claim(1)], { count: 2, records: [rec(1), rec(2)] });
    expect(d).toEqual([{ kind: "count", indexed: 1, chain: 2 }]);
    expect(disagreementText(d[0]!)).toBe("the index lists 1 attestation of this document, the chain holds 2");
  });
  it("reports a revocation the index missed, a uid the chain does not know, and altered fields", () => {
    const records = new Map([[uid(1), rec(1, true)], [uid(2), rec(2)]]);
    const found = compareRecords([claim(1), claim(2, false, { projectId: 9, kind: 5 }), claim(3)], records);
    expect(found.get(uid(1))).toEqual([{ kind: "revoked", uid: uid(1), indexed: false, chain: true }]);
    expect(found.get(uid(2))).toEqual([{ kind: "record", uid: uid(2), what: "project, kind" }]);
    expect(found.get(uid(3))).toEqual([{ kind: "unknown-on-chain", uid: uid(3) }]);
    expect(disagreementText(found.get(uid(1))![0]!)).toMatch(/is revoked on chain, but the index says valid/);
  });
  it("words the chain's verdict", () => {
    expect(verdictText({ count: 3, valid: 2, revoked: 1, status: "valid" })).toBe("2 valid attestations, 1 revoked (3 in all).");
    expect(verdictText({ count: 1, valid: 0, revoked: 1, status: "revoked" })).toBe("All 1 attestation of this document was revoked.");
    expect(verdictText({ count: 0, valid: 0, revoked: 0, status: "not-attested" })).toBe("No attestation on chain carries this hash.");
  });
});
