/** "Check on chain" for the attestations a page shows: their records read from the contract now, compared with what the page says. */
import { useMutation } from "@tanstack/react-query";
import type { Hex } from "viem";
import type { AttestationEvent } from "../types";
import { compareRecords, type IndexedClaim } from "./compare";
import { readRecordsByUid } from "./reads";

export const claimOf = (a: AttestationEvent): IndexedClaim => ({
  uid: a.uid,
  attester: a.attester,
  projectId: a.projectId,
  kind: a.kind,
  contentHash: a.contentHash,
  revoked: a.revoked !== undefined,
});

export async function checkOnChain(items: readonly AttestationEvent[]) {
  const uids = items.map((a) => a.uid.toLowerCase() as Hex);
  const records = await readRecordsByUid(uids);
  return { checked: new Set(uids as string[]), disagreements: compareRecords(items.map(claimOf), records), at: new Date() };
}

export function useChainCheck() {
  return useMutation({ mutationFn: checkOnChain });
}
