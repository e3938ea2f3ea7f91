/**
 * EIP-712 typed data of a delegated attestation: the one definition used by the
 * contract tests, the terminal tool and the dApp. Mirrors `ATTEST_TYPEHASH` in
 * contracts/log/DelegatedAttestations.sol (a test checks the two agree).
 */

export type Hex = `0x${string}`;

export const EIP712_NAME = "PilotProgramme";
export const EIP712_VERSION = "1";
export const ATTEST_PRIMARY_TYPE = "Attest";

/** Field order matters: it defines the type hash. */
export const ATTEST_TYPES = {
  Attest: [
    { name: "attester", type: "address" },
    { name: "projectId", type: "uint32" },
    { name: "kind", type: "uint8" },
    { name: "contentHash", type: "bytes32" },
    { name: "refUID", type: "bytes32" },
    { name: "uri", type: "string" },
    { name: "nonce", type: "uint64" },
    { name: "deadline", type: "uint64" },
  ],
} as const;

/** The canonical type string, as hashed into ATTEST_TYPEHASH. */
export const ATTEST_TYPE_STRING =
  "Attest(address attester,uint32 projectId,uint8 kind,bytes32 contentHash,bytes32 refUID,string uri,uint64 nonce,uint64 deadline)";

/** What an attester asks to record (the contract's `AttestationRequest`). */
export interface AttestationRequest {
  projectId: number;
  kind: number;
  contentHash: Hex;
  refUID: Hex;
  uri: string;
}

export interface AttestDomain {
  name: string;
  version: string;
  chainId: bigint;
  verifyingContract: Hex;
}

export function attestDomain(chainId: bigint | number, verifyingContract: Hex): AttestDomain {
  return { name: EIP712_NAME, version: EIP712_VERSION, chainId: BigInt(chainId), verifyingContract };
}

/** The message an attester signs. */
export interface AttestMessage extends AttestationRequest {
  attester: Hex;
  nonce: bigint;
  deadline: bigint;
}

export function attestMessage(request: AttestationRequest, attester: Hex, nonce: bigint, deadline: bigint): AttestMessage {
  return { attester, ...request, nonce, deadline };
}

/**
 * A signed attestation as a portable JSON file: written by whoever signs,
 * submitted later by anyone (`attestBySig`). Big numbers are decimal strings.
 */
export interface SignedAttestationFile {
  format: "pilot-programme/signed-attestation@1";
  chainId: string;
  contract: Hex;
  attester: Hex;
  request: AttestationRequest;
  nonce: string;
  deadline: string;
  signature: Hex;
}

export const SIGNED_ATTESTATION_FORMAT = "pilot-programme/signed-attestation@1" as const;

// ------------------------------------------------------------------ signer consent

/**
 * A key's consent to sign for an entity (proof of possession): signed by the key itself, at its
 * current nonce (`nonces(account)`), and submitted by the zone administrator with `addSigner` or
 * `registerEntity`. Mirrors `SIGNER_CONSENT_TYPEHASH` in contracts/state/ProgrammeState.sol.
 */
export const SIGNER_CONSENT_PRIMARY_TYPE = "SignerConsent";
export const SIGNER_CONSENT_TYPES = {
  SignerConsent: [
    { name: "account", type: "address" },
    { name: "entityId", type: "uint32" },
    { name: "nonce", type: "uint64" },
    { name: "deadline", type: "uint64" },
  ],
} as const;
export const SIGNER_CONSENT_TYPE_STRING = "SignerConsent(address account,uint32 entityId,uint64 nonce,uint64 deadline)";

export interface SignerConsentMessage {
  account: Hex;
  entityId: number;
  nonce: bigint;
  deadline: bigint;
}

/** What `addSigner` / `registerEntity` take for one key (the contract's `SignerKey`). */
export interface SignerKey {
  account: Hex;
  deadline: bigint;
  signature: Hex;
}

/** A signed consent as a portable JSON file: written by the key's holder, used by the zone administrator. */
export interface SignerConsentFile {
  format: "pilot-programme/signer-consent@1";
  chainId: string;
  contract: Hex;
  account: Hex;
  entityId: number;
  nonce: string;
  deadline: string;
  signature: Hex;
}

export const SIGNER_CONSENT_FORMAT = "pilot-programme/signer-consent@1" as const;
