/**
 * The indexer is a convenience, the chain is the judge: what the index says about attestations,
 * compared with the chain's own records. Pure (unit-tested in compare.test.ts).
 */
import type { OnchainAttestation, OnchainVerdict } from "@sdk/onchainVerdict";

/** What the index says about one attestation. */
export interface IndexedClaim {
  readonly uid: string;
  readonly attester: string;
  readonly projectId: number;
  readonly kind: number;
  readonly contentHash: string;
  readonly revoked: boolean;
}

export type Disagreement =
  | { readonly kind: "count"; readonly indexed: number; readonly chain: number }
  | { readonly kind: "unknown-on-chain"; readonly uid: string }
  | { readonly kind: "revoked"; readonly uid: string; readonly indexed: boolean; readonly chain: boolean }
  | { readonly kind: "record"; readonly uid: string; readonly what: string };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** One indexed attestation against its chain record (undefined: the chain does not know the uid). */
export function compareRecord(claim: IndexedClaim, record: OnchainAttestation | undefined): Disagreement[] {
  if (!record) return [{ kind: "unknown-on-chain", uid: claim.uid }];
  const out: Disagreement[] = [];
  const differs: string[] = [];
  if (!same(claim.attester, record.attester)) differs.push("attester");
  if (claim.projectId !== record.projectId) differs.push("project");
  if (claim.kind !== record.kind) differs.push("kind");
  if (!same(claim.contentHash, record.contentHash)) differs.push("document");
  if (differs.length) out.push({ kind: "record", uid: claim.uid, what: differs.join(", ") });
  if (claim.revoked !== record.revoked) out.push({ kind: "revoked", uid: claim.uid, indexed: claim.revoked, chain: record.revoked });
  return out;
}

/**
 * A document's attestations as the index lists them (its total, and the rows on screen) against
 * every record the chain holds for the hash.
 */
export function compareDocument(indexedTotal: number, shown: readonly IndexedClaim[], chain: { readonly count: number; readonly records: readonly OnchainAttestation[] }): Disagreement[] {
  const out: Disagreement[] = [];
  if (indexedTotal !== chain.count) out.push({ kind: "count", indexed: indexedTotal, chain: chain.count });
  const byUid = new Map(chain.records.map((r) => [r.uid.toLowerCase(), r]));
  for (const claim of shown) out.push(...compareRecord(claim, byUid.get(claim.uid.toLowerCase())));
  return out;
}

/** Several attestations (e.g. a timeline page) against their chain records, by uid. */
export function compareRecords(shown: readonly IndexedClaim[], records: ReadonlyMap<string, OnchainAttestation>): Map<string, Disagreement[]> {
  const out = new Map<string, Disagreement[]>();
  for (const claim of shown) {
    const found = compareRecord(claim, records.get(claim.uid.toLowerCase()));
    if (found.length) out.set(claim.uid.toLowerCase(), found);
  }
  return out;
}

/** Plain words for one disagreement, for the banner. */
export function describeDisagreement(d: Disagreement): string {
  switch (d.kind) {
    case "count":
      return `the index lists ${d.indexed} attestation${d.indexed === 1 ? "" : "s"} of this document, the chain holds ${d.chain}`;
    case "unknown-on-chain":
      return `attestation ${d.uid.slice(0, 10)}… is in the index but unknown to the chain`;
    case "revoked":
      return `attestation ${d.uid.slice(0, 10)}… is ${d.chain ? "revoked" : "valid"} on chain, but the index says ${d.indexed ? "revoked" : "valid"}`;
    case "record":
      return `attestation ${d.uid.slice(0, 10)}…: the index's ${d.what} differ${d.what.includes(",") ? "" : "s"} from the chain's`;
  }
}

/** The chain's verdict, as the sentence the pages show. */
export function verdictSentence(v: OnchainVerdict): string {
  if (v.status === "not-attested") return "No attestation on chain carries this hash.";
  if (v.status === "revoked") return `All ${v.count} attestation${v.count === 1 ? "" : "s"} of this document ${v.count === 1 ? "was" : "were"} revoked.`;
  return `${v.valid} valid attestation${v.valid === 1 ? "" : "s"}${v.revoked ? `, ${v.revoked} revoked` : ""} (${v.count} in all).`;
}
