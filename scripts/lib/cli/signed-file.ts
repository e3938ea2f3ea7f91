/**
 * The offline-signed attestation file (sdk/eip712.ts `SignedAttestationFile`):
 * reading it strictly, and checking it against the network before relaying.
 */
import { readFile } from "node:fs/promises";
import { verifyTypedData, zeroPadValue } from "ethers";
import { z } from "zod";
import {
  ATTEST_TYPES,
  SIGNED_ATTESTATION_FORMAT,
  attestDomain,
  attestMessage,
  type Hex,
  type SignedAttestationFile,
} from "../../../sdk/eip712.js";
import { CliError } from "./cli-error.js";
import type { ProgrammeContext } from "./context.js";
import { isoTime } from "./format.js";
import { fetchEvents } from "./logs.js";

const hex = (bytes?: number) =>
  z.string().regex(bytes === undefined ? /^0x([0-9a-fA-F]{2})*$/ : new RegExp(`^0x[0-9a-fA-F]{${bytes * 2}}$`));
const decimal = z.string().regex(/^\d+$/);

const fileSchema = z.object({
  format: z.literal(SIGNED_ATTESTATION_FORMAT),
  chainId: decimal,
  contract: hex(20),
  attester: hex(20),
  request: z.object({
    projectId: z.number().int().min(0).max(0xffffffff),
    kind: z.number().int().min(0).max(255),
    contentHash: hex(32),
    refUID: hex(32),
    uri: z.string(),
  }),
  nonce: decimal,
  deadline: decimal,
  signature: hex(),
});

export const ATTEST_TYPE_MAP = { Attest: [...ATTEST_TYPES.Attest] };

export async function readSignedFile(file: string): Promise<SignedAttestationFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new CliError(`file not found: ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not JSON, so not a signed attestation file`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`${file} is not a valid signed attestation file: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return parsed.data as SignedAttestationFile;
}

/** Every check that needs no transaction: chain, contract, deadline, signature, nonce. */
export async function checkSignedFile(ctx: ProgrammeContext, file: string, signed: SignedAttestationFile): Promise<void> {
  if (BigInt(signed.chainId) !== ctx.chainId) {
    throw new CliError(`${file} was signed for chain ${signed.chainId}, but network ${ctx.networkName} is chain ${ctx.chainId}`);
  }
  if (signed.contract.toLowerCase() !== ctx.record.programme.toLowerCase()) {
    throw new CliError(`${file} was signed for contract ${signed.contract}, but the programme on chain ${ctx.chainId} is ${ctx.record.programme}`);
  }
  const latest = await ctx.connection.ethers.provider.getBlock("latest");
  const now = BigInt(latest?.timestamp ?? Math.floor(Date.now() / 1000));
  if (now > BigInt(signed.deadline)) {
    throw new CliError(`the signature in ${file} expired at ${isoTime(BigInt(signed.deadline))} (chain time is ${isoTime(now)})`);
  }
  const isContractWallet = (await ctx.connection.ethers.provider.getCode(signed.attester)) !== "0x";
  if (!isContractWallet) {
    const domain = attestDomain(BigInt(signed.chainId), signed.contract);
    const message = attestMessage(signed.request, signed.attester, BigInt(signed.nonce), BigInt(signed.deadline));
    let recovered: string;
    try {
      recovered = verifyTypedData(domain, ATTEST_TYPE_MAP, message, signed.signature);
    } catch {
      throw new CliError(`the signature in ${file} is malformed`);
    }
    if (recovered.toLowerCase() !== signed.attester.toLowerCase()) {
      throw new CliError(`the signature in ${file} is not ${signed.attester}'s: the file was altered after signing`);
    }
  }
  const expected = await ctx.programme.nonces(signed.attester);
  if (BigInt(signed.nonce) < expected) {
    const voided = await voidedBy(ctx, signed.attester, BigInt(signed.nonce));
    if (voided) {
      throw new CliError(
        `the signature in ${file} was voided by its signer: ${signed.attester} raised its nonce from ${voided.from} to ${voided.to} (block ${voided.block}), so nonce ${signed.nonce} can no longer be relayed`,
      );
    }
    throw new CliError(`the signature in ${file} was already used (nonce ${signed.nonce}; ${signed.attester}'s next nonce is ${expected})`);
  }
  if (BigInt(signed.nonce) > expected) {
    throw new CliError(`the signature in ${file} must wait: its nonce is ${signed.nonce}, but ${signed.attester}'s next nonce is ${expected} (relay the earlier ones first)`);
  }
}

/** The NonceIncreased of `signer` that skipped `nonce` (oldNonce <= nonce < newNonce), if any. */
async function voidedBy(ctx: ProgrammeContext, signer: string, nonce: bigint): Promise<{ from: bigint; to: bigint; block: number } | undefined> {
  const events = await fetchEvents(ctx, { events: ["NonceIncreased"], topics: [zeroPadValue(signer, 32)] });
  for (const { event, log } of events) {
    const from = BigInt(event.args.oldNonce as bigint);
    const to = BigInt(event.args.newNonce as bigint);
    if (from <= nonce && nonce < to) return { from, to, block: log.blockNumber };
  }
  return undefined;
}

export function relayArgs(signed: SignedAttestationFile): readonly unknown[] {
  return [signed.request, signed.attester, BigInt(signed.nonce), BigInt(signed.deadline), signed.signature as Hex];
}
