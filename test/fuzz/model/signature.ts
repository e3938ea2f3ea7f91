/**
 * The model of a signature check, shared by the log (attestBySig) and the registry (a signer's
 * consent): apart from both, so neither imports the other.
 */
import type { Address, ModelState } from "./types.js";

/**
 * How the harness produced a signature: `signedBy` is the EOA whose key signed exactly the digest
 * the contract computes for these arguments (null when it signed something else: another chain,
 * another contract, another request, or the bytes are garbage).
 */
export interface SignatureM {
  signedBy: Address | null;
}

export function signatureValid(s: ModelState, attester: Address, sig: SignatureM): boolean {
  if (sig.signedBy === null) return false;
  const wallet = s.wallets[attester];
  if (wallet) return !wallet.refuseAll && wallet.owner === sig.signedBy;
  return attester === sig.signedBy;
}
