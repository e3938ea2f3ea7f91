import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { runAction } from "../runtime/run-action.js";
import { openProgramme, read, selectAccount } from "../runtime/context.js";
import { print } from "../runtime/format.js";
import { parseUid, required } from "../runtime/parse.js";
import { officeHolder } from "../runtime/governance.js";
import { lapsedForRevoking, refuseLapsedOffice, scopeOf } from "../runtime/standing.js";
import { simulateAndSend, txLine } from "../runtime/transact.js";

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
    const attestation = await read(ctx, () => ctx.programme.getAttestation(uid));
    if ((await officeHolder(ctx)) !== signer.address.toLowerCase()) {
      const project = await read(ctx, () => ctx.programme.getProject(attestation.projectId));
      await refuseLapsedOffice(hre, ctx, signer.address, lapsedForRevoking(signer.address, attestation.attester, Number(attestation.kind), scopeOf(project)));
    }
    const sent = await simulateAndSend(ctx, signer, "revoke", [uid, reason]);
    print(`revoked ${uid} by ${signer.address}: ${reason}`);
    print(`  ${txLine(sent)}`);
    return uid;
  });
}
