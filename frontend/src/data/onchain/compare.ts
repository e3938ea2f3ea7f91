/**
 * The indexer is a convenience, the chain is the judge: what the index says about attestations,
 * compared with the chain's own records. Pure (unit-tested in compare.test.ts); the page words the
 * result in its language (i18n/labels.ts `disagreementText`, `verdictText`).
 */
import type { OnchainAttestation } from "@pilot/sdk/onchainVerdict";

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
