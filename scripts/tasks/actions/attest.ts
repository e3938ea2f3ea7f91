import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import type { AttestationRequest } from "@pilot/sdk/eip712";
import { kindLabel } from "@pilot/sdk/errors";
import { CliError } from "../runtime/cli-error.js";
import { runAction } from "../runtime/run-action.js";
import { openProgramme, read, selectAccount } from "../runtime/context.js";
import { print } from "../runtime/format.js";
import { contentHashFrom, parseId, parseKind, parseUid } from "../runtime/parse.js";
import { lapsedForAttesting, refuseLapsedOffice, scopeOf } from "../runtime/standing.js";
import { simulateAndSend, txLine } from "../runtime/transact.js";

export interface AttestArgs {
  project?: string;
  kind?: string;
  file?: string;
  hash?: string;
  uri: string;
  ref?: string;
  from?: string;
}

const ZERO = `0x${"0".repeat(64)}` as const;

/** Validates the request locally (the file is hashed here and never sent anywhere). */
export async function attestationRequest(args: AttestArgs): Promise<AttestationRequest> {
  const projectId = parseId(args.project, "project");
  const kind = parseKind(args.kind);
  const { hash } = await contentHashFrom(args);
  const refUID = args.ref ? parseUid(args.ref, "ref") : ZERO;
  return { projectId, kind, contentHash: hash, refUID, uri: args.uri ?? "" };
}

export default function attest(args: AttestArgs, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const request = await attestationRequest(args);
    const ctx = await openProgramme(hre);
    const signer = await selectAccount(ctx, args.from);
    const project = await read(ctx, () => ctx.programme.getProject(request.projectId));
    await refuseLapsedOffice(hre, ctx, signer.address, lapsedForAttesting(request.kind, scopeOf(project)));
    const sent = await simulateAndSend(ctx, signer, "attest", [request]);
    const event = sent.events.find((e) => e.name === "Attested");
    if (!event) throw new CliError("the transaction succeeded but logged no attestation");
    const uid = String(event.args.uid);
    print(`attested: ${kindLabel(request.kind)} about project #${request.projectId} by ${signer.address}`);
    print(`  content hash ${request.contentHash}`);
    print(`  ${txLine(sent)}`);
    print(`uid ${uid}`);
    return uid;
  });
}
