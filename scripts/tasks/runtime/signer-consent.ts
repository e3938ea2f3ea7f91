/**
 * A signer key's consent (proof of possession, sdk/eip712.ts `SignerConsentFile`): signed by the
 * key's holder with `sign-signer-consent`, used by the zone administrator with `add-signer
 * --consent` or `register-entity --consents`. On a node that unlocks the key itself (the local
 * chain's dev accounts), `--account`/`--signers` alone make the key sign its consent on the spot.
 */
import { readFile } from "node:fs/promises";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import { SIGNER_CONSENT_TYPES, attestDomain, type Hex, type SignerConsentFile, type SignerKey } from "@pilot/sdk/eip712";
import { buildConsentFile, parseConsentFile, signerKeyOf } from "@pilot/sdk/signerConsent";
import { CliError } from "./cli-error.js";
import type { ProgrammeContext } from "./context.js";
import { isoTime } from "./format.js";

export const SIGNER_CONSENT_TYPE_MAP = { SignerConsent: [...SIGNER_CONSENT_TYPES.SignerConsent] };
/** How long a consent signed on the spot stays valid. */
const ON_THE_SPOT_SECONDS = 3600n;

async function chainNow(ctx: ProgrammeContext): Promise<bigint> {
  const latest = await ctx.connection.ethers.provider.getBlock("latest");
  return BigInt(latest?.timestamp ?? Math.floor(Date.now() / 1000));
}

/** `key` signs its consent to sign for `entityId`, at its current nonce, valid for `seconds`. */
export async function signConsent(ctx: ProgrammeContext, key: HardhatEthersSigner, entityId: number, seconds: bigint): Promise<SignerConsentFile> {
  const account = key.address as Hex;
  const nonce = await ctx.programme.nonces(account);
  const deadline = (await chainNow(ctx)) + seconds;
  const domain = attestDomain(ctx.chainId, ctx.record.programme);
  const signature = (await key.signTypedData(domain, SIGNER_CONSENT_TYPE_MAP, { account, entityId, nonce, deadline })) as Hex;
  return buildConsentFile({ chainId: ctx.chainId, contract: ctx.record.programme, account, entityId, nonce, deadline, signature });
}

/** Reads a consent file and checks what needs no transaction: format, chain, contract, entity, deadline, nonce. */
export async function readConsentFile(ctx: ProgrammeContext, file: string, entityId: number): Promise<SignerKey> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new CliError(`file not found: ${file}`);
  }
  let c: SignerConsentFile;
  try {
    c = parseConsentFile(text);
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`);
  }
  if (BigInt(c.chainId) !== ctx.chainId)
    throw new CliError(`${file} was signed for chain ${c.chainId}, but network ${ctx.networkName} is chain ${ctx.chainId}`);
  if (c.contract.toLowerCase() !== ctx.record.programme.toLowerCase()) {
    throw new CliError(`${file} was signed for contract ${c.contract}, but the programme on chain ${ctx.chainId} is ${ctx.record.programme}`);
  }
  if (c.entityId !== entityId) throw new CliError(`${file} consents to sign for entity #${c.entityId}, not #${entityId}`);
  const now = await chainNow(ctx);
  if (now > BigInt(c.deadline)) throw new CliError(`the consent in ${file} expired at ${isoTime(BigInt(c.deadline))}`);
  const nonce = await ctx.programme.nonces(c.account);
  if (BigInt(c.nonce) !== nonce) {
    throw new CliError(`the consent in ${file} was made at nonce ${c.nonce}, but ${c.account}'s nonce is now ${nonce}: it is void, ask for a new one`);
  }
  return signerKeyOf(c);
}

/** The consent of `account` for `entityId`: signed on the spot when the network unlocks that key, else refused. */
export async function consentOnTheSpot(ctx: ProgrammeContext, account: Hex, entityId: number): Promise<SignerKey> {
  const keys = await ctx.connection.ethers.getSigners();
  const key = keys.find((k) => k.address.toLowerCase() === account.toLowerCase());
  if (!key) {
    throw new CliError(
      `account ${account} must consent to sign for entity #${entityId}: have its holder run \`npx hardhat sign-signer-consent --entity ${entityId} --out consent.json\` and pass the file with --consent`,
    );
  }
  const c = await signConsent(ctx, key, entityId, ON_THE_SPOT_SECONDS);
  return { account: c.account, deadline: BigInt(c.deadline), signature: c.signature };
}
