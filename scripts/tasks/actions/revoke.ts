import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { runAction } from "../../lib/cli/cli-error.js";
import { openProgramme, read, selectAccount } from "../../lib/cli/context.js";
import { print } from "../../lib/cli/format.js";
import { parseUid, required } from "../../lib/cli/parse.js";
import { simulateAndSend, txLine } from "../../lib/cli/transact.js";

interface Args {
  uid?: string;
  reason?: string;
  from?: string;
}

export default function revoke(args: Args, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const uid = parseUid(args.uid);
    const reason = required(args.reason, "reason");
    const ctx = await openProgramme(hre);
    const signer = await selectAccount(ctx, args.from);
    await read(ctx, () => ctx.programme.getAttestation(uid));
    const sent = await simulateAndSend(ctx, signer, "revoke", [uid, reason]);
    print(`revoked ${uid} by ${signer.address}: ${reason}`);
    print(`  ${txLine(sent)}`);
    return uid;
  });
}
