import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { ZONE_STATUSES } from "../../../sdk/domain.js";
import { isoFromSeconds } from "../../../sdk/time.js";
import { chainNow, eventArg, guarded, manage, metadata, type MetadataArgs } from "../../lib/cli/management.js";
import { parseAddress, parseExpiry, parseZoneStatus, required } from "../../lib/cli/parse.js";
import { resolveZone } from "../../lib/cli/resolve.js";

interface From {
  from?: string;
}

export const createZone = guarded(async (args: From & MetadataArgs & { name?: string; region: string }, hre: HardhatRuntimeEnvironment) => {
  const name = required(args.name, "name");
  const meta = await metadata(args);
  return manage(hre, args.from, async () => ({
    method: "createZone",
    args: [name, args.region ?? "", meta.uri, meta.hash],
    done: (sent) => `created zone #${eventArg(sent, "ZoneCreated", "zoneId")} ${name}`,
  }));
});

export const setZoneStatus = guarded(async (args: From & { zone?: string; status?: string }, hre: HardhatRuntimeEnvironment) => {
  const status = parseZoneStatus(args.status);
  return manage(hre, args.from, async (ctx) => {
    const zone = await resolveZone(ctx, args.zone);
    return {
      method: "setZoneStatus",
      args: [zone.id, status],
      done: () => `zone ${zone.name} is now ${ZONE_STATUSES[status].toLowerCase()}`,
    };
  });
});

export const appointZoneAdmin = guarded(async (args: From & { zone?: string; account?: string; expires?: string }, hre: HardhatRuntimeEnvironment) => {
  const account = parseAddress(args.account, "account");
  return manage(hre, args.from, async (ctx) => {
    const zone = await resolveZone(ctx, args.zone);
    const expires = parseExpiry(args.expires, await chainNow(ctx));
    return {
      method: "appointZoneAdmin",
      args: [zone.id, account, expires],
      done: () => `appointed ${account} administrator of zone ${zone.name} until ${isoFromSeconds(expires)} (with every other office it holds)`,
    };
  });
});

export const removeZoneAdmin = guarded(async (args: From & { account?: string }, hre: HardhatRuntimeEnvironment) => {
  const account = parseAddress(args.account, "account");
  return manage(hre, args.from, async () => ({
    method: "removeZoneAdmin",
    args: [account],
    done: (sent) => `dismissed ${account} as administrator of zone #${eventArg(sent, "ZoneAdminRemoved", "zoneId")}`,
  }));
});
