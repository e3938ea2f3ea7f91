import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { kindLabel } from "@pilot/sdk/errors";
import { CliError } from "../runtime/cli-error.js";
import { runAction } from "../runtime/run-action.js";
import { openProgramme, read, selectAccount } from "../runtime/context.js";
import { print } from "../runtime/format.js";
import { required } from "../runtime/parse.js";
import { relayArgs } from "@pilot/sdk/signedFile";
import { checkSignedFile, readSignedFile } from "../runtime/signed-file.js";
import { lapsedForAttesting, refuseLapsedOffice, scopeOf } from "../runtime/standing.js";
import { simulateAndSend, txLine } from "../runtime/transact.js";

interface Args {
  file?: string;
  from?: string;
}

export default function relay(args: Args, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const file = required(args.file, "file");
    const signed = await readSignedFile(file);
    const ctx = await openProgramme(hre);
    const relayer = await selectAccount(ctx, args.from);
    await checkSignedFile(ctx, file, signed);
    // the signer's office may have lapsed since it signed (issue 10): said before the relayer pays for a refusal
    const project = await read(ctx, () => ctx.programme.getProject(signed.request.projectId));
    await refuseLapsedOffice(hre, ctx, signed.attester, lapsedForAttesting(Number(signed.request.kind), scopeOf(project)));
    const sent = await simulateAndSend(ctx, relayer, "attestBySig", relayArgs(signed));
    const event = sent.events.find((e) => e.name === "Attested");
    if (!event) throw new CliError("the transaction succeeded but logged no attestation");
    const uid = String(event.args.uid);
    print(
      `relayed: ${kindLabel(signed.request.kind)} about project #${signed.request.projectId} signed by ${signed.attester}, submitted by ${relayer.address}`,
    );
    print(`  ${txLine(sent)}`);
    print(`uid ${uid}`);
    return uid;
  });
}
