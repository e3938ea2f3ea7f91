/**
 * "Former signer" / "former office" for the terminal tool: the current
 * entitlements of every distinct attester and revoker a listing names, read once
 * per listing (ProgrammeReader.accounts in chunks, plus the programme office),
 * then judged by the sdk's rule (sdk/standing.ts).
 */
import { readAllChunks } from "../../../sdk/readPaging.js";
import {
  attesterStanding,
  distinctAddresses,
  NO_ENTITLEMENTS,
  revokerStanding,
  STANDING_LABEL,
  type Entitlements,
  type ProjectScope,
  type Standing,
} from "../../../sdk/standing.js";
import type { ProgrammeContext } from "./context.js";
import { cliPageSize } from "./page-size.js";

export interface Standings {
  attester(address: string, kind: number, scope: ProjectScope): Standing;
  revoker(revoker: string, attester: string, kind: number, scope: ProjectScope): Standing;
}

/**
 * Reads the current entitlements of `addresses` (each once) and the programme office, at
 * `blockTag`; `office` when the caller already knows it (an export reads it once, not per page).
 */
export async function readStandings(
  ctx: ProgrammeContext,
  addresses: Iterable<string | undefined | null>,
  blockTag?: number,
  office?: string,
): Promise<Standings> {
  const list = distinctAddresses(addresses);
  const overrides = blockTag === undefined ? {} : { blockTag };
  const [rows, officeAddress] = await Promise.all([
    list.length ? readAllChunks(list, (chunk) => ctx.reader.accounts([...chunk], overrides), { pageSize: cliPageSize("accounts") }) : [],
    office ?? readOffice(ctx, blockTag),
  ]);
  const byAddress = new Map<string, Entitlements>();
  list.forEach((a, i) => {
    const r = rows[i];
    byAddress.set(a, r
      ? { entityId: Number(r.entityId), zoneAdminOf: Number(r.zoneAdminOf), regulatorFields: Number(r.regulatorFields), expertFields: Number(r.expertFields) }
      : NO_ENTITLEMENTS);
  });
  const of = (a: string) => byAddress.get(a.toLowerCase()) ?? NO_ENTITLEMENTS;
  return {
    attester: (address, kind, scope) => attesterStanding(kind, scope, of(address)),
    revoker: (revoker, attester, kind, scope) =>
      revokerStanding({ revoker, attester, kind, scope, account: of(revoker), isProgrammeOffice: revoker.toLowerCase() === officeAddress }),
  };
}

/** The programme office (DEFAULT_ADMIN_ROLE's holder), lower-case. */
export async function readOffice(ctx: ProgrammeContext, blockTag?: number): Promise<string> {
  return String(await ctx.programme.defaultAdmin(blockTag === undefined ? {} : { blockTag })).toLowerCase();
}

/** "former signer" / "former office", or "" for a current one (the JSON outputs' value). */
export const standingLabel = (s: Standing): string => STANDING_LABEL[s];

/** ` (former signer)` after an address, or nothing for a current one (`label` as `standingLabel` gives it). */
export const standingNote = (label: string | undefined): string => (label ? ` (${label})` : "");
