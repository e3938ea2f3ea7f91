import { ZONE_STATUSES } from "@pilot/sdk/domain";
import { isoFromSeconds } from "@pilot/sdk/time";
import { chainNow, direct, eventArg, metadata, type MetadataArgs, type Planner } from "../runtime/management.js";
import { parseAddress, parseExpiry, parseZoneStatus, required } from "../runtime/parse.js";
import { resolveZone } from "../runtime/resolve.js";

interface From {
  from?: string;
}

export const createZonePlan: Planner<MetadataArgs & { name?: string; region: string }> = async (args) => {
  const name = required(args.name, "name");
  const meta = await metadata(args);
  return async () => ({
    method: "createZone",
    args: [name, args.region ?? "", meta.uri, meta.hash],
    authority: "office",
    done: (sent) => `created zone #${eventArg(sent, "ZoneCreated", "zoneId")} ${name}`,
  });
};

export const setZoneStatusPlan: Planner<{ zone?: string; status?: string }> = async (args) => {
  const status = parseZoneStatus(args.status);
  return async (ctx) => {
    const zone = await resolveZone(ctx, args.zone);
    return {
      method: "setZoneStatus",
      args: [zone.id, status],
      authority: "office",
      done: () => `zone ${zone.name} is now ${ZONE_STATUSES[status].toLowerCase()}`,
    };
  };
};

export const appointZoneAdminPlan: Planner<{ zone?: string; account?: string; expires?: string }> = async (args) => {
  const account = parseAddress(args.account, "account");
  return async (ctx) => {
    const zone = await resolveZone(ctx, args.zone);
    const expires = parseExpiry(args.expires, await chainNow(ctx));
    return {
      method: "appointZoneAdmin",
      args: [zone.id, account, expires],
      authority: "office",
      done: () => `appointed ${account} administrator of zone ${zone.name} until ${isoFromSeconds(expires)} (with every other office it holds)`,
    };
  };
};

export const removeZoneAdminPlan: Planner<{ account?: string }> = async (args) => {
  const account = parseAddress(args.account, "account");
  return async () => ({
    method: "removeZoneAdmin",
    args: [account],
    authority: "office",
    done: (sent) => `dismissed ${account} as administrator of zone #${eventArg(sent, "ZoneAdminRemoved", "zoneId")}`,
  });
};

export const createZone = direct<From & MetadataArgs & { name?: string; region: string }>("create-zone", createZonePlan);
export const setZoneStatus = direct<From & { zone?: string; status?: string }>("set-zone-status", setZoneStatusPlan);
export const appointZoneAdmin = direct<From & { zone?: string; account?: string; expires?: string }>("appoint-zone-admin", appointZoneAdminPlan);
export const removeZoneAdmin = direct<From & { account?: string }>("remove-zone-admin", removeZoneAdminPlan);
