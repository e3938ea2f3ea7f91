/**
 * The portable signed-attestation file (sdk/eip712.ts, SignedAttestationFile):
 * built after an EIP-712 signature, parsed and checked before a relay.
 */
import { getAddress, isAddress, zeroHash, type Address, type Hex } from "viem";
import { ATTESTATION_KINDS } from "@sdk/domain";
import { SIGNED_ATTESTATION_FORMAT, type AttestationRequest, type SignedAttestationFile } from "@sdk/eip712";

const BYTES32 = /^0x[0-9a-fA-F]{64}$/;
const HEX = /^0x([0-9a-fA-F]{2})+$/;
const UINT = /^\d+$/;

export function buildSignedFile(args: {
  chainId: number;
  contract: Address;
  attester: Address;
  request: AttestationRequest;
  nonce: bigint;
  deadline: bigint;
  signature: Hex;
}): SignedAttestationFile {
  return {
    format: SIGNED_ATTESTATION_FORMAT,
    chainId: String(args.chainId),
    contract: args.contract,
    attester: args.attester,
    request: { ...args.request },
    nonce: args.nonce.toString(),
    deadline: args.deadline.toString(),
    signature: args.signature,
  };
}

export interface ParsedSignedFile {
  readonly chainId: number;
  readonly contract: Address;
  readonly attester: Address;
  readonly request: { readonly projectId: number; readonly kind: number; readonly contentHash: Hex; readonly refUID: Hex; readonly uri: string };
  readonly nonce: bigint;
  readonly deadline: bigint;
  readonly signature: Hex;
}

export type ParseResult = { readonly ok: true; readonly file: ParsedSignedFile } | { readonly ok: false; readonly reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Validates the JSON text of a signed file; the reason names the offending field. */
export function parseSignedFile(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: "The file is not JSON." };
  }
  if (!isRecord(raw)) return { ok: false, reason: "The file is not a signed attestation (expected a JSON object)." };
  if (raw["format"] !== SIGNED_ATTESTATION_FORMAT) return { ok: false, reason: `Unknown format: expected "${SIGNED_ATTESTATION_FORMAT}".` };
  const { chainId, contract, attester, request, nonce, deadline, signature } = raw;
  if (typeof chainId !== "string" || !UINT.test(chainId)) return { ok: false, reason: "chainId must be a decimal string." };
  if (typeof contract !== "string" || !isAddress(contract)) return { ok: false, reason: "contract is not an address." };
  if (typeof attester !== "string" || !isAddress(attester)) return { ok: false, reason: "attester is not an address." };
  if (typeof nonce !== "string" || !UINT.test(nonce)) return { ok: false, reason: "nonce must be a decimal string." };
  if (typeof deadline !== "string" || !UINT.test(deadline)) return { ok: false, reason: "deadline must be a decimal string." };
  if (typeof signature !== "string" || !HEX.test(signature)) return { ok: false, reason: "signature is not hex." };
  if (!isRecord(request)) return { ok: false, reason: "request is missing." };
  const { projectId, kind, contentHash, refUID, uri } = request;
  if (typeof projectId !== "number" || !Number.isInteger(projectId) || projectId <= 0) return { ok: false, reason: "request.projectId must be a positive integer." };
  if (typeof kind !== "number" || !Number.isInteger(kind) || kind < 0 || kind >= ATTESTATION_KINDS.length) return { ok: false, reason: "request.kind is not an attestation kind." };
  if (typeof contentHash !== "string" || !BYTES32.test(contentHash) || contentHash === zeroHash) return { ok: false, reason: "request.contentHash must be a non-zero 32-byte hex hash." };
  if (refUID !== undefined && (typeof refUID !== "string" || !BYTES32.test(refUID))) return { ok: false, reason: "request.refUID must be 32-byte hex." };
  if (uri !== undefined && typeof uri !== "string") return { ok: false, reason: "request.uri must be text." };
  return {
    ok: true,
    file: {
      chainId: Number(chainId),
      contract: getAddress(contract),
      attester: getAddress(attester),
      request: { projectId, kind, contentHash: contentHash.toLowerCase() as Hex, refUID: ((refUID as string | undefined) ?? zeroHash).toLowerCase() as Hex, uri: (uri as string | undefined) ?? "" },
      nonce: BigInt(nonce),
      deadline: BigInt(deadline),
      signature: signature as Hex,
    },
  };
}

/**
 * The identity of a parsed file for caching its checks: EVERY field (chain, contract, attester,
 * each request field, nonce, deadline, signature), in a fixed order. Two files share a key only
 * when they say exactly the same thing, so a tampered file loaded after the genuine one it was
 * copied from never gets the genuine one's "signed over exactly this content".
 */
export function signedFileKey(file: ParsedSignedFile): string {
  const canonical = (value: unknown): unknown => {
    if (typeof value === "bigint") return `${value}n`;
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
    }
    return value;
  };
  return JSON.stringify(canonical(file));
}

/** A file name that says what is inside. */
export function signedFileName(file: Pick<SignedAttestationFile, "request" | "attester" | "nonce">): string {
  return `attestation-p${file.request.projectId}-${file.attester.slice(2, 8).toLowerCase()}-n${file.nonce}.json`;
}
