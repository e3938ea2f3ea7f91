import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { ENTITY_STATUSES } from "@pilot/sdk/domain";
import { entityTypeLabel } from "@pilot/sdk/errors";
import { direct, eventArg, guarded, manage, metadata, type MetadataArgs, type Planner } from "../runtime/management.js";
import { parseAddress, parseAddressList, parseEntityStatus, parseEntityType, parseFields, required } from "../runtime/parse.js";
import { requireEntity, resolveZone } from "../runtime/resolve.js";
import { consentOnTheSpot, readConsentFile } from "../runtime/signer-consent.js";
import { CliError } from "../runtime/cli-error.js";
import type { SignerKey } from "@pilot/sdk/eip712";

interface From {
  from?: string;
}

export const registerEntity = guarded(
  async (
    args: From & MetadataArgs & { zone?: string; name?: string; type?: string; fields?: string; signers: string; consents?: string },
    hre: HardhatRuntimeEnvironment,
  ) => {
    const name = required(args.name, "name");
    const type = parseEntityType(args.type);
    const fields = parseFields(args.fields);
    const accounts = parseAddressList(args.signers, "signers");
    const files = (args.consents ?? "")
      .split(",")
      .map((f) => f.trim())
      .filter((f) => f !== "");
    const meta = await metadata(args);
    return manage(hre, args.from, async (ctx) => {
      const zone = await resolveZone(ctx, args.zone);
      // each key consents for the id this entity will get (a registration in between makes it refuse: run again)
      const entityId = Number((await ctx.programme.totals()).entities) + 1;
      const signers: SignerKey[] = [];
      for (const file of files) signers.push(await readConsentFile(ctx, file, entityId));
      for (const account of accounts) signers.push(await consentOnTheSpot(ctx, account, entityId));
      return {
        method: "registerEntity",
        args: [zone.id, name, type, fields, meta.uri, meta.hash, signers],
        done: (sent) =>
          `registered entity #${eventArg(sent, "EntityRegistered", "entityId")} ${name} (${entityTypeLabel(type)}) in zone ${zone.name} with ${signers.length} signer(s)`,
      };
    });
  },
);

/** Adds a key with its consent: `--consent file.json` from its holder, or `--account` for a key this network unlocks. */
export const addSigner = guarded(async (args: From & { entity?: string; account?: string; consent?: string }, hre: HardhatRuntimeEnvironment) => {
  if (!args.consent && !args.account) throw new CliError("--consent (a file from sign-signer-consent) or --account is required");
  const account = args.consent ? undefined : parseAddress(args.account, "account");
  return manage(hre, args.from, async (ctx) => {
    const entity = await requireEntity(ctx, args.entity);
    const id = Number(entity.id);
    const key = args.consent ? await readConsentFile(ctx, args.consent, id) : await consentOnTheSpot(ctx, account!, id);
    if (account === undefined && args.account && args.account.toLowerCase() !== key.account.toLowerCase()) {
      throw new CliError(`${args.consent} is ${key.account}'s consent, not ${args.account}'s`);
    }
    return { method: "addSigner", args: [entity.id, key], done: () => `added ${key.account} as signer of entity #${entity.id} ${entity.name}` };
  });
});

export const removeSignerPlan: Planner<{ entity?: string; account?: string }> = async (args) => {
  const account = parseAddress(args.account, "account");
  return async (ctx) => {
    const entity = await requireEntity(ctx, args.entity);
    return { method: "removeSigner", args: [entity.id, account], done: () => `removed ${account} as signer of entity #${entity.id} ${entity.name}` };
  };
};

export const setEntityStatusPlan: Planner<{ entity?: string; status?: string }> = async (args) => {
  const status = parseEntityStatus(args.status);
  return async (ctx) => {
    const entity = await requireEntity(ctx, args.entity);
    return {
      method: "setEntityStatus",
      args: [entity.id, status],
      done: () => `entity #${entity.id} ${entity.name} is now ${ENTITY_STATUSES[status].toLowerCase()}`,
    };
  };
};

export const removeSigner = direct<From & { entity?: string; account?: string }>("remove-signer", removeSignerPlan);
export const setEntityStatus = direct<From & { entity?: string; status?: string }>("set-entity-status", setEntityStatusPlan);
