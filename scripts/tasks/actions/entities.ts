import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { ENTITY_STATUSES, maskToFields } from "@pilot/sdk/domain";
import { entityTypeLabel, fieldLabel } from "@pilot/sdk/errors";
import { runAction } from "../runtime/run-action.js";
import { openProgramme } from "../runtime/context.js";
import { isoTime, print, table, toJson } from "../runtime/format.js";
import { parseEntityStatus, parseEntityType, parseField } from "../runtime/parse.js";
import { allEntities, allZones, resolveZone } from "../runtime/resolve.js";

interface Args {
  zone?: string;
  field?: string;
  type?: string;
  status?: string;
  json: boolean;
}

export default function entities(args: Args, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const field = args.field ? parseField(args.field) : undefined;
    const type = args.type ? parseEntityType(args.type) : undefined;
    const status = args.status ? parseEntityStatus(args.status) : undefined;
    const ctx = await openProgramme(hre);
    const zone = args.zone ? await resolveZone(ctx, args.zone) : undefined;
    const zoneNames = new Map((await allZones(ctx)).map((z) => [Number(z.id), z.name]));
    const rows = (await allEntities(ctx))
      .filter(
        ({ entity: e }) =>
          (zone === undefined || Number(e.zoneId) === zone.id) &&
          (field === undefined || ((Number(e.fields) >>> field) & 1) === 1) &&
          (type === undefined || Number(e.entityType) === type) &&
          (status === undefined || Number(e.status) === status),
      )
      .map(({ entity: e, signers }) => ({
        id: Number(e.id),
        name: e.name,
        zoneId: Number(e.zoneId),
        zone: zoneNames.get(Number(e.zoneId)) ?? `#${e.zoneId}`,
        type: entityTypeLabel(e.entityType),
        status: ENTITY_STATUSES[Number(e.status)],
        fields: maskToFields(e.fields).map(fieldLabel),
        projects: Number(e.projectCount),
        signers,
        registeredAt: isoTime(e.registeredAt),
      }));
    if (args.json) print(toJson(rows));
    else {
      print(
        table(
          ["id", "entity", "zone", "type", "status", "projects", "fields"],
          rows.map((r) => [String(r.id), r.name, r.zone, r.type, r.status, String(r.projects), r.fields.join(", ")]),
        ),
      );
      print(`${rows.length} entit${rows.length === 1 ? "y" : "ies"}`);
    }
    return rows.length;
  });
}
