import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { ENTITY_STATUSES } from "../../../sdk/domain.js";
import { entityTypeLabel } from "../../../sdk/errors.js";
import { eventArg, guarded, manage, metadata, type MetadataArgs } from "../../lib/cli/management.js";
import { parseAddress, parseAddressList, parseEntityStatus, parseEntityType, parseFields, required } from "../../lib/cli/parse.js";
import { requireEntity, resolveZone } from "../../lib/cli/resolve.js";

interface From {
  from?: string;
}

export const registerEntity = guarded(async (
  args: From & MetadataArgs & { zone?: string; name?: string; type?: string; fields?: string; signers: string },
  hre: HardhatRuntimeEnvironment,
) => {
  const name = required(args.name, "name");
  const type = parseEntityType(args.type);
  const fields = parseFields(args.fields);
  const signers = parseAddressList(args.signers, "signers");
  const meta = await metadata(args);
  return manage(hre, args.from, async (ctx) => {
    const zone = await resolveZone(ctx, args.zone);
    return {
      method: "registerEntity",
      args: [zone.id, name, type, fields, meta.uri, meta.hash, signers],
      done: (sent) =>
        `registered entity #${eventArg(sent, "EntityRegistered", "entityId")} ${name} (${entityTypeLabel(type)}) in zone ${zone.name} with ${signers.length} signer(s)`,
    };
  });
});

function signerAction(method: "addSigner" | "removeSigner", verb: string) {
  return guarded(async (args: From & { entity?: string; account?: string }, hre: HardhatRuntimeEnvironment) => {
    const account = parseAddress(args.account, "account");
    return manage(hre, args.from, async (ctx) => {
      const entity = await requireEntity(ctx, args.entity);
      return { method, args: [entity.id, account], done: () => `${verb} ${account} as signer of entity #${entity.id} ${entity.name}` };
    });
  });
}
export const addSigner = signerAction("addSigner", "added");
export const removeSigner = signerAction("removeSigner", "removed");

export const setEntityStatus = guarded(async (args: From & { entity?: string; status?: string }, hre: HardhatRuntimeEnvironment) => {
  const status = parseEntityStatus(args.status);
  return manage(hre, args.from, async (ctx) => {
    const entity = await requireEntity(ctx, args.entity);
    return {
      method: "setEntityStatus",
      args: [entity.id, status],
      done: () => `entity #${entity.id} ${entity.name} is now ${ENTITY_STATUSES[status].toLowerCase()}`,
    };
  });
});
