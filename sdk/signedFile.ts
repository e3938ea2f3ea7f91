/**
 * The portable signed-attestation file (eip712.ts `SignedAttestationFile`): the one
 * format rule and parser, used by the terminal tool (`relay`) and the dApp (Relay page),
 * and the checks that need no transaction before a relay. Each client words the checks'
 * outcome in its own language; the rules live here.
 *
 * The rules follow the contract (`attestBySig`, contracts/log/AttestationLog.sol): a project
 * id is a positive uint32, a kind one of the known kinds, a content hash never zero. `refUID`
 * and `uri` may be left out of a file (they read as the zero uid and ""); every file the
 * tools write has them.
 */
import { getAddress, isAddress, recoverTypedDataAddress, zeroHash, type Address, type Hex } from "viem";
import { z } from "zod";
import { ATTESTATION_KINDS } from "./domain.js";
import {
  ATTEST_PRIMARY_TYPE,
  ATTEST_TYPES,
  SIGNED_ATTESTATION_FORMAT,
  attestDomain,
  attestMessage,
  type AttestationRequest,
  type SignedAttestationFile,
} from "./eip712.js";

const BYTES32 = /^0x[0-9a-fA-F]{64}$/;
const HEX = /^0x([0-9a-fA-F]{2})+$/;
const UINT = /^\d+$/;
const UINT32_MAX = 0xffffffff;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isDecimal = (v: unknown): v is string => typeof v === "string" && UINT.test(v);
const isAddressText = (v: unknown): v is string => typeof v === "string" && isAddress(v);
const isBytes32 = (v: unknown): v is string => typeof v === "string" && BYTES32.test(v);

/** A field that is refused with `message` (the reason the user reads) unless `ok`. */
const field = <T>(ok: (v: unknown) => boolean, message: string) => z.custom<T>((v) => ok(v), { message });

const requestSchema = z.object({
  projectId: field<number>((v) => typeof v === "number" && Number.isInteger(v) && v > 0 && v <= UINT32_MAX, "request.projectId must be a positive integer."),
  kind: field<number>(
    (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v < ATTESTATION_KINDS.length,
    "request.kind is not an attestation kind.",
  ),
  contentHash: field<string>((v) => isBytes32(v) && v !== zeroHash, "request.contentHash must be a non-zero 32-byte hex hash.").transform(
    (v) => v.toLowerCase() as Hex,
  ),
  refUID: field<string | undefined>((v) => v === undefined || isBytes32(v), "request.refUID must be 32-byte hex.").transform(
    (v) => (v ?? zeroHash).toLowerCase() as Hex,
  ),
  uri: field<string | undefined>((v) => v === undefined || typeof v === "string", "request.uri must be text.").transform((v) => v ?? ""),
});

/** The format, field by field in the order a reader checks them; the first refusal is the one reported. */
export const signedFileSchema = field<Record<string, unknown>>(isRecord, "The file is not a signed attestation (expected a JSON object).").pipe(
  z.object({
    format: field<typeof SIGNED_ATTESTATION_FORMAT>((v) => v === SIGNED_ATTESTATION_FORMAT, `Unknown format: expected "${SIGNED_ATTESTATION_FORMAT}".`),
    chainId: field<string>(isDecimal, "chainId must be a decimal string.").transform(Number),
    contract: field<string>(isAddressText, "contract is not an address.").transform((v) => getAddress(v)),
    attester: field<string>(isAddressText, "attester is not an address.").transform((v) => getAddress(v)),
    nonce: field<string>(isDecimal, "nonce must be a decimal string.").transform(BigInt),
    deadline: field<string>(isDecimal, "deadline must be a decimal string.").transform(BigInt),
    signature: field<string>((v) => typeof v === "string" && HEX.test(v), "signature is not hex.").transform((v) => v as Hex),
    request: field<Record<string, unknown>>(isRecord, "request is missing.").pipe(requestSchema),
  }),
);

/** A signed file as read: numbers as numbers, addresses checksummed, hashes lower case, refUID and uri filled in. */
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

/** Validates the JSON text of a signed file; the reason names the offending field. */
export function parseSignedFile(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: "The file is not JSON." };
  }
  const parsed = signedFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]?.message ?? "The file is not a signed attestation." };
  return { ok: true, file: parsed.data };
}

/** The file to write after an EIP-712 signature: big numbers as decimal strings, refUID and uri always present. */
export function buildSignedFile(args: {
  chainId: number | bigint;
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

/** The arguments of `attestBySig(request, attester, nonce, deadline, signature)` for a parsed file. */
export function relayArgs(file: ParsedSignedFile): readonly [AttestationRequest, Address, bigint, bigint, Hex] {
  return [{ ...file.request }, file.attester, file.nonce, file.deadline, file.signature];
}

/** The account whose key signed the file's message, or undefined when the signature is malformed. */
export async function recoverSigner(file: ParsedSignedFile): Promise<Address | undefined> {
  try {
    return await recoverTypedDataAddress({
      domain: attestDomain(file.chainId, file.contract),
      types: ATTEST_TYPES,
      primaryType: ATTEST_PRIMARY_TYPE,
      message: attestMessage(file.request, file.attester, file.nonce, file.deadline),
      signature: file.signature,
    });
  } catch {
    return undefined;
  }
}

/** What the network says, read by the caller: its chain, the programme's address, chain time, the attester's next nonce. */
export interface RelayContext {
  readonly chainId: number | bigint;
  readonly programme: string;
  /** The latest block's timestamp, in seconds. */
  readonly now: bigint;
  /** `nonces(attester)` on the programme. */
  readonly nextNonce: bigint;
}

/** A file's nonce against the attester's next one: relayable, already spent (used or voided), or waiting for earlier ones. */
export type NonceStanding = "next" | "spent" | "ahead";

/** The checks a relay needs before it sends anything, apart from the signature (see `recoverSigner`). */
export interface PreRelayChecks {
  readonly chain: boolean;
  readonly contract: boolean;
  /** The deadline has not passed (a signature is good up to and including its deadline second). */
  readonly deadline: boolean;
  readonly nonce: NonceStanding;
}

export function preRelayChecks(file: ParsedSignedFile, network: RelayContext): PreRelayChecks {
  return {
    chain: BigInt(file.chainId) === BigInt(network.chainId),
    contract: file.contract.toLowerCase() === network.programme.toLowerCase(),
    deadline: network.now <= file.deadline,
    nonce: file.nonce === network.nextNonce ? "next" : file.nonce < network.nextNonce ? "spent" : "ahead",
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
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
      );
    }
    return value;
  };
  return JSON.stringify(canonical(file));
}

/** A file name that says what is inside. */
export function signedFileName(file: Pick<SignedAttestationFile, "request" | "attester" | "nonce">): string {
  return `attestation-p${file.request.projectId}-${file.attester.slice(2, 8).toLowerCase()}-n${file.nonce}.json`;
}
