/** Reads the registry in pages and resolves what users type (zone names, ids) to ids that exist. */
import { CliError } from "./cli-error.js";
import { read, type ProgrammeContext } from "./context.js";
import { parseId, required } from "./parse.js";

const PAGE = 100;

export type ZoneRow = Awaited<ReturnType<ProgrammeContext["reader"]["zones"]>>[0][number];
export type EntityRow = Awaited<ReturnType<ProgrammeContext["reader"]["entities"]>>[0][number];

export async function allZones(ctx: ProgrammeContext): Promise<ZoneRow[]> {
  const out: ZoneRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const [page, total] = await ctx.reader.zones(offset, PAGE);
    out.push(...page);
    if (out.length >= Number(total) || page.length === 0) return out;
  }
}

export async function allEntities(ctx: ProgrammeContext): Promise<{ entity: EntityRow; signers: string[] }[]> {
  const out: { entity: EntityRow; signers: string[] }[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const [page, signers, total] = await ctx.reader.entities(offset, PAGE);
    page.forEach((entity, i) => out.push({ entity, signers: [...signers[i]] }));
    if (out.length >= Number(total) || page.length === 0) return out;
  }
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
