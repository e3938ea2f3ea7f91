/**
 * Signer consents (proof of possession) for the fuzzer: the key signs SignerConsent(account,
 * entityId, nonce, deadline), mostly correctly, sometimes wrongly, and the model is told exactly
 * what was signed so it can predict the contract's verdict.
 */
import fc from "fast-check";
import { SIGNER_CONSENT_TYPES, attestDomain, type Hex, type SignerKey } from "@pilot/sdk/eip712";
import { lc, type reg } from "../model/index.js";
import type { World } from "./world.js";

export type ConsentVariant = "valid" | "wrongSigner" | "staleNonce" | "expired" | "otherEntity";
export const consentVariant: fc.Arbitrary<ConsentVariant> = fc.oneof(
  { weight: 8, arbitrary: fc.constant<ConsentVariant>("valid") },
  { weight: 1, arbitrary: fc.constantFrom<ConsentVariant>("wrongSigner", "staleNonce", "expired", "otherEntity") },
);

/** `account`'s consent to sign for `entityId`, made the `variant` way; the zero address cannot sign. */
export async function consentFor(w: World, account: string, entityId: number, variant: ConsentVariant): Promise<{ key: SignerKey; model: reg.ConsentM }> {
  const wallet = w.model.wallets[account];
  let index = w.eoaIndex(wallet ? wallet.owner : account);
  const current = w.model.accounts[account]?.nonce ?? 0n;
  const nonce = variant === "staleNonce" ? (current === 0n ? 1n : current - 1n) : current;
  const deadline = BigInt(variant === "expired" ? w.lastTs : w.lastTs + 3600);
  // another (uint32) entity id than the one the consent is used for
  const signedFor = variant === "otherEntity" ? (entityId >= 0xffffffff ? entityId - 1 : entityId + 1) : entityId;
  if (index < 0) {
    return { key: { account: account as Hex, deadline, signature: "0x" }, model: { account, entityId: signedFor, nonce, deadline, signedBy: null } };
  }
  if (variant === "wrongSigner") index = (index + 1) % w.sys.eoas.length;
  const signer = w.sys.eoas[index];
  const domain = attestDomain(w.sys.chainId, w.sys.address as Hex);
  const types = { SignerConsent: [...SIGNER_CONSENT_TYPES.SignerConsent] };
  const signature = (await signer.signTypedData(domain, types, { account, entityId: signedFor, nonce, deadline })) as Hex;
  return {
    key: { account: account as Hex, deadline, signature },
    model: { account, entityId: signedFor, nonce, deadline, signedBy: lc(signer.address) },
  };
}
