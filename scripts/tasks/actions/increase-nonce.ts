import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { CliError } from "../runtime/cli-error.js";
import { runAction } from "../runtime/run-action.js";
import { openProgramme, read, selectAccount } from "../runtime/context.js";
import { print } from "../runtime/format.js";
import { UINT64_MAX, parseUint64 } from "../runtime/parse.js";
import { simulateAndSend, txLine } from "../runtime/transact.js";

interface Args {
  to?: string;
  from?: string;
}

export default function increaseNonce(args: Args, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const wanted = args.to === undefined || args.to === "" ? undefined : parseUint64(args.to, "to");
    // the contract refuses 2^64-1 too (InvalidNonce); say why before simulating
    if (wanted === UINT64_MAX)
      throw new CliError(`--to ${UINT64_MAX} would leave no usable nonce: no signed attestation of this account could ever be relayed again`);
    const ctx = await openProgramme(hre);
    const signer = await selectAccount(ctx, args.from);
    const current = await read(ctx, () => ctx.programme.nonces(signer.address));
    const to = wanted ?? current + 1n;
    // a nonce not above the current one is refused here, by the simulation, in sdk/errors.ts's words
    const sent = await simulateAndSend(ctx, signer, "increaseNonce", [to]);
    const event = sent.events.find((e) => e.name === "NonceIncreased");
    if (!event) throw new CliError("the transaction succeeded but logged no NonceIncreased");
    const from = BigInt(event.args.oldNonce as bigint);
    const next = BigInt(event.args.newNonce as bigint);
    const range = next - from === 1n ? `nonce ${from}` : `nonces ${from} to ${next - 1n}`;
    print(`nonce of ${signer.address} raised from ${from} to ${next}: signed attestations with ${range} that nobody relayed can no longer be relayed`);
    print(`  ${txLine(sent)}`);
    print(`next signed attestation carries nonce ${next}`);
    return next;
  });
}
