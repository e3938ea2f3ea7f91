/**
 * The offline-signed attestation file (sdk/eip712.ts `SignedAttestationFile`): read with the
 * sdk's one parser and checked against the network before relaying (sdk/signedFile.ts), in words.
 */
import { readFile } from "node:fs/promises";
import { zeroPadValue } from "ethers";
import { ATTEST_TYPES } from "@pilot/sdk/eip712";
import { parseSignedFile, preRelayChecks, recoverSigner, type ParsedSignedFile } from "@pilot/sdk/signedFile";
import { CliError } from "./cli-error.js";
import type { ProgrammeContext } from "./context.js";
import { isoTime } from "./format.js";
import { fetchEvents } from "./logs.js";

/** The EIP-712 types as ethers' `signTypedData` takes them. */
export const ATTEST_TYPE_MAP = { Attest: [...ATTEST_TYPES.Attest] };

/** Reads and parses `file` with the sdk's one parser (sdk/signedFile.ts); a refusal names the wrong field. */
export async function readSignedFile(file: string): Promise<ParsedSignedFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new CliError(`file not found: ${file}`);
  }
  const parsed = parseSignedFile(text);
  if (parsed.ok) return parsed.file;
  if (parsed.reason === "The file is not JSON.") throw new CliError(`${file} is not JSON, so not a signed attestation file`);
  throw new CliError(`${file} is not a valid signed attestation file: ${parsed.reason.replace(/\.$/, "")}`);
}

/** Every check that needs no transaction: chain, contract, deadline, signature, nonce (sdk/signedFile.ts's rules). */
export async function checkSignedFile(ctx: ProgrammeContext, file: string, signed: ParsedSignedFile): Promise<void> {
  const [latest, expected] = await Promise.all([ctx.connection.ethers.provider.getBlock("latest"), ctx.programme.nonces(signed.attester)]);
  const now = BigInt(latest?.timestamp ?? Math.floor(Date.now() / 1000));
  const checks = preRelayChecks(signed, { chainId: ctx.chainId, programme: ctx.record.programme, now, nextNonce: expected });
  if (!checks.chain) {
    throw new CliError(`${file} was signed for chain ${signed.chainId}, but network ${ctx.networkName} is chain ${ctx.chainId}`);
  }
  if (!checks.contract) {
    throw new CliError(`${file} was signed for contract ${signed.contract}, but the programme on chain ${ctx.chainId} is ${ctx.record.programme}`);
  }
  if (!checks.deadline) {
    throw new CliError(`the signature in ${file} expired at ${isoTime(signed.deadline)} (chain time is ${isoTime(now)})`);
  }
  const isContractWallet = (await ctx.connection.ethers.provider.getCode(signed.attester)) !== "0x";
  if (!isContractWallet) {
    const recovered = await recoverSigner(signed);
    if (recovered === undefined) throw new CliError(`the signature in ${file} is malformed`);
    if (recovered.toLowerCase() !== signed.attester.toLowerCase()) {
      throw new CliError(`the signature in ${file} is not ${signed.attester}'s: the file was altered after signing`);
    }
  }
  if (checks.nonce === "spent") {
    const voided = await voidedBy(ctx, signed.attester, signed.nonce);
    if (voided) {
      throw new CliError(
        `the signature in ${file} was voided by its signer: ${signed.attester} raised its nonce from ${voided.from} to ${voided.to} (block ${voided.block}), so nonce ${signed.nonce} can no longer be relayed`,
      );
    }
    throw new CliError(`the signature in ${file} was already used (nonce ${signed.nonce}; ${signed.attester}'s next nonce is ${expected})`);
  }
  if (checks.nonce === "ahead") {
    throw new CliError(
      `the signature in ${file} must wait: its nonce is ${signed.nonce}, but ${signed.attester}'s next nonce is ${expected} (relay the earlier ones first)`,
    );
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
