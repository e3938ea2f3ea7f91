import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { attestDomain, attestMessage, type Hex } from "@pilot/sdk/eip712";
import { buildSignedFile } from "@pilot/sdk/signedFile";
import { kindLabel } from "@pilot/sdk/errors";
import { runAction } from "../runtime/run-action.js";
import { openProgramme, read, selectAccount } from "../runtime/context.js";
import { isoTime, print } from "../runtime/format.js";
import { parsePositiveInt, required } from "../runtime/parse.js";
import { ATTEST_TYPE_MAP } from "../runtime/signed-file.js";
import { lapsedForAttesting, refuseLapsedOffice, scopeOf } from "../runtime/standing.js";
import { simulate } from "../runtime/transact.js";
import { attestationRequest, type AttestArgs } from "./attest.js";

interface Args extends AttestArgs {
  out?: string;
  deadlineMinutes?: string;
}

export default function signAttestation(args: Args, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const request = await attestationRequest(args);
    const out = required(args.out, "out");
    const minutes = parsePositiveInt(args.deadlineMinutes, "deadline-minutes", 60 * 24);
    const ctx = await openProgramme(hre);
    const signer = await selectAccount(ctx, args.from);
    const project = await read(ctx, () => ctx.programme.getProject(request.projectId));
    await refuseLapsedOffice(hre, ctx, signer.address, lapsedForAttesting(request.kind, scopeOf(project)));
    // Would the attester be allowed to attest this right now? Refuse before signing.
    await simulate(ctx, signer, "attest", [request]);
    const nonce = await ctx.programme.nonces(signer.address);
    const latest = await ctx.connection.ethers.provider.getBlock("latest");
    const deadline = BigInt(latest?.timestamp ?? Math.floor(Date.now() / 1000)) + BigInt(minutes * 60);
    const attester = signer.address as Hex;
    const domain = attestDomain(ctx.chainId, ctx.record.programme);
    const signature = (await signer.signTypedData(domain, ATTEST_TYPE_MAP, attestMessage(request, attester, nonce, deadline))) as Hex;
    const file = buildSignedFile({ chainId: ctx.chainId, contract: ctx.record.programme, attester, request, nonce, deadline, signature });
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFile(out, `${JSON.stringify(file, null, 2)}\n`);
    print(`signed: ${kindLabel(request.kind)} about project #${request.projectId} by ${attester} (nonce ${nonce})`);
    print(`  valid until ${isoTime(deadline)} on chain ${ctx.chainId}, contract ${ctx.record.programme}`);
    print(`wrote ${out}; submit it from any account with: npx hardhat relay --file ${out} --network ${ctx.networkName}`);
    return out;
  });
}
