/**
 * What the Relay page checks beyond the signature: whether an old nonce was voided by its signer
 * (the indexer's NonceIncreased rows, or the log by signer topic), and, from the chain, the
 * verdict on the signed document and on the attestation it refers to.
 */
import type { Address, Hex } from "viem";
import { idx } from "../indexer/fetch";
import { NONCE_VOIDS_QUERY, nonceVoidVariables } from "../indexer/queries";
import { fetchNonceVoid } from "../limited/chainLogs";
import { readDocumentVerdict, readRecordsByUid } from "../onchain/reads";
import { readMode } from "../readMode";

export async function findNonceVoid(signer: Address, nonce: bigint): Promise<{ readonly block: bigint; readonly newNonce: bigint } | undefined> {
  if (readMode === "limited") return fetchNonceVoid(signer, nonce);
  const d = await idx<{ nonceIncreases: { items: { oldNonce: string; newNonce: string; block: string }[] } }>(NONCE_VOIDS_QUERY, nonceVoidVariables(signer));
  const hit = d.nonceIncreases.items.find((v) => BigInt(v.oldNonce) <= nonce && nonce < BigInt(v.newNonce));
  return hit ? { block: BigInt(hit.block), newNonce: BigInt(hit.newNonce) } : undefined;
}

/** The chain's verdict on the document and on the referenced attestation (undefined: no reference). */
export async function relayVerdicts(contentHash: Hex, refUID: Hex | undefined) {
  const [document, ref] = await Promise.all([
    readDocumentVerdict(contentHash),
    refUID ? readRecordsByUid([refUID]).then((m) => ({ record: m.get(refUID.toLowerCase()) })) : Promise.resolve(undefined),
  ]);
  return { document, ref };
}
