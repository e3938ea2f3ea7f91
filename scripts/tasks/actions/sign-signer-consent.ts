import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { runAction } from "../runtime/run-action.js";
import { openProgramme, selectAccount } from "../runtime/context.js";
import { isoTime, print } from "../runtime/format.js";
import { parseId, parsePositiveInt, required } from "../runtime/parse.js";
import { requireEntity } from "../runtime/resolve.js";
import { signConsent } from "../runtime/signer-consent.js";

interface Args {
  entity?: string;
  out?: string;
  deadlineMinutes?: string;
  from?: string;
}

/** The key (`--from`) consents to sign for an entity: writes the file its zone administrator submits with `add-signer --consent`. */
export default function signSignerConsent(args: Args, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const out = required(args.out, "out");
    const minutes = parsePositiveInt(args.deadlineMinutes, "deadline-minutes", 60 * 24 * 7);
    const ctx = await openProgramme(hre);
    const key = await selectAccount(ctx, args.from);
    // an existing entity, or the next one to be registered (register-entity --consents)
    const next = Number((await ctx.programme.totals()).entities) + 1;
    const entity = parseId(args.entity, "entity") === next ? { id: next, name: "(the next entity to be registered)" } : await requireEntity(ctx, args.entity);
    const file = await signConsent(ctx, key, Number(entity.id), BigInt(minutes * 60));
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFile(out, `${JSON.stringify(file, null, 2)}\n`);
    print(`signed: ${key.address} consents to sign for entity #${entity.id} ${entity.name} (nonce ${file.nonce})`);
    print(`  valid until ${isoTime(BigInt(file.deadline))}, or until ${key.address} raises its nonce (npx hardhat increase-nonce)`);
    print(`wrote ${out}; its zone administrator adds the key with: npx hardhat add-signer --entity ${entity.id} --consent ${out} --network ${ctx.networkName}`);
    return out;
  });
}
