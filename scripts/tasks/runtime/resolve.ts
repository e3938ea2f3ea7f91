/** Reads the registry in pages and resolves what users type (zone names, ids) to ids that exist. */
import { readAllPages } from "@pilot/sdk/readPaging";
import { CliError } from "./cli-error.js";
import { read, type ProgrammeContext } from "./context.js";
import { cliPageSize } from "./page-size.js";
import { parseId, required } from "./parse.js";

export type ZoneRow = Awaited<ReturnType<ProgrammeContext["reader"]["zones"]>>[0][number];
export type EntityRow = Awaited<ReturnType<ProgrammeContext["reader"]["entities"]>>[0][number];

/** Every zone, in pages sized by the sdk (halved when the node refuses one), never truncated. */
export async function allZones(ctx: ProgrammeContext): Promise<ZoneRow[]> {
  const { rows } = await readAllPages(
    async (offset, limit) => {
      const [page, total] = await ctx.reader.zones(offset, limit);
      return { rows: page, total };
    },
    { pageSize: cliPageSize("zones") },
  );
  return rows;
}

/** Every entity with its signers, in pages sized by the sdk (halved when the node refuses one), never truncated. */
export async function allEntities(ctx: ProgrammeContext): Promise<{ entity: EntityRow; signers: string[] }[]> {
  const { rows } = await readAllPages(
    async (offset, limit) => {
      const [page, signers, total] = await ctx.reader.entities(offset, limit);
      return { rows: page.map((entity, i) => ({ entity, signers: [...signers[i]] })), total };
    },
    { pageSize: cliPageSize("entities") },
  );
  return rows;
}

/** A zone by id or by name (case-insensitive); refuses one that does not exist. */
export async function resolveZone(ctx: ProgrammeContext, value: string | undefined, option = "zone"): Promise<{ id: number; name: string }> {
  const v = required(value, option);
  if (/^\d+$/.test(v)) {
    const id = parseId(v, option);
    const zone = await read(ctx, () => ctx.programme.getZone(id));
    return { id, name: zone.name };
  }
  const zone = (await allZones(ctx)).find((z) => z.name.toLowerCase() === v.toLowerCase());
  if (!zone) throw new CliError(`there is no zone named "${v}"`);
  return { id: Number(zone.id), name: zone.name };
}

export async function requireEntity(ctx: ProgrammeContext, value: string | undefined, option = "entity") {
  const id = parseId(value, option);
  return read(ctx, () => ctx.programme.getEntity(id));
}

export async function requireProject(ctx: ProgrammeContext, value: string | undefined, option = "project") {
  const id = parseId(value, option);
  return read(ctx, () => ctx.programme.getProject(id));
}
