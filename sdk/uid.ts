/**
 * An attestation's uid, as the contract computes it (`AttestationLog.uidOf`): keccak256 of the
 * ABI encoding (not the packed one) of its content hash and `n`, the number of earlier attestations
 * carrying the same hash (0 for the first). The one home of that rule off chain: the seeder, the
 * fill, the tests, the fuzz model and the e2e harness all compute uids here.
 *
 * Erasable TypeScript only (the e2e harness runs it with Node's type stripping).
 */
import { encodeAbiParameters, keccak256 } from "viem";
import type { Hex } from "./eip712.js";

const UID_PARAMETERS = [{ type: "bytes32" }, { type: "uint256" }] as const;

/** The uid of the `n`-th (0-based) attestation of `contentHash`. */
export function attestationUid(contentHash: Hex, n: number | bigint): Hex {
  return keccak256(encodeAbiParameters(UID_PARAMETERS, [contentHash, BigInt(n)]));
}
