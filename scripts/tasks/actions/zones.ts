import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { ZONE_STATUSES } from "@pilot/sdk/domain";
import { runAction } from "../runtime/run-action.js";
import { openProgramme } from "../runtime/context.js";
import { isoTime, print, table, toJson } from "../runtime/format.js";
import { allZones } from "../runtime/resolve.js";

interface Args {
  json: boolean;
}

export default function zones(args: Args, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const ctx = await openProgramme(hre);
    const list = (await allZones(ctx)).map((z) => ({
      id: Number(z.id),
      name: z.name,
      region: z.region,
      status: ZONE_STATUSES[Number(z.status)],
      entities: Number(z.entityCount),
      createdAt: isoTime(z.createdAt),
      metadataURI: z.metadataURI,
    }));
    if (args.json) print(toJson(list));
    else {
      print(
        table(
          ["id", "zone", "region", "status", "entities", "created"],
          list.map((z) => [String(z.id), z.name, z.region, z.status, String(z.entities), z.createdAt]),
        ),
      );
      print(`${list.length} zone(s) on chain ${ctx.chainId}`);
    }
    return list.length;
  });
}
