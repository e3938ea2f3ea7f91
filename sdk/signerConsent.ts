/**
 * The signer-consent file (sdk/eip712.ts `SignerConsentFile`): written by the key's holder, read by
 * the zone administrator who adds the key (terminal tool and dApp alike). Pure: no I/O.
 */
import { SIGNER_CONSENT_FORMAT, type Hex, type SignerConsentFile, type SignerKey } from "./eip712.js";

const HEX = (bytes?: number) => (bytes === undefined ? /^0x([0-9a-fA-F]{2})*$/ : new RegExp(`^0x[0-9a-fA-F]{${bytes * 2}}$`));
const DECIMAL = /^\d+$/;

export function buildConsentFile(c: {
  chainId: bigint | number;
  contract: Hex;
  account: Hex;
  entityId: number;
  nonce: bigint;
  deadline: bigint;
  signature: Hex;
}): SignerConsentFile {
  return {
    format: SIGNER_CONSENT_FORMAT,
    chainId: c.chainId.toString(),
    contract: c.contract,
    account: c.account,
    entityId: c.entityId,
    nonce: c.nonce.toString(),
    deadline: c.deadline.toString(),
    signature: c.signature,
  };
}

/** Parses a consent file's text; throws an Error whose message names the first bad field. */
export function parseConsentFile(text: string): SignerConsentFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("not JSON, so not a signer consent");
  }
  if (typeof json !== "object" || json === null) throw new Error("not a signer consent");
  const o = json as Record<string, unknown>;
  const bad = (field: string) => new Error(`not a valid signer consent: ${field}`);
  if (o.format !== SIGNER_CONSENT_FORMAT) throw bad("format");
  if (typeof o.chainId !== "string" || !DECIMAL.test(o.chainId)) throw bad("chainId");
  if (typeof o.contract !== "string" || !HEX(20).test(o.contract)) throw bad("contract");
  if (typeof o.account !== "string" || !HEX(20).test(o.account)) throw bad("account");
  if (typeof o.entityId !== "number" || !Number.isInteger(o.entityId) || o.entityId < 1 || o.entityId > 0xffffffff) throw bad("entityId");
  if (typeof o.nonce !== "string" || !DECIMAL.test(o.nonce) || BigInt(o.nonce) >= 2n ** 64n) throw bad("nonce");
  if (typeof o.deadline !== "string" || !DECIMAL.test(o.deadline) || BigInt(o.deadline) >= 2n ** 64n) throw bad("deadline");
  if (typeof o.signature !== "string" || !HEX().test(o.signature)) throw bad("signature");
  return o as unknown as SignerConsentFile;
}

/** What `addSigner` / `registerEntity` take, from a consent file. */
export function signerKeyOf(c: SignerConsentFile): SignerKey {
  return { account: c.account, deadline: BigInt(c.deadline), signature: c.signature };
}
