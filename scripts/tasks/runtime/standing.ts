/**
 * "Former signer" / "former office" for the terminal tool: the current
 * entitlements of every distinct attester and revoker a listing names, read once
 * per listing (ProgrammeReader.accounts in chunks, plus the programme office),
 * then judged by the sdk's rule (sdk/standing.ts).
 */
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { lapsedOfficeSentence, lookupName } from "@pilot/sdk/errors";
import { readAllChunks } from "@pilot/sdk/readPaging";
import {
  attesterStanding,
  distinctAddresses,
  lapsedOffices,
  NO_ENTITLEMENTS,
  revokerStanding,
  STANDING_LABEL,
  type Entitlements,
  type ProjectScope,
  type Standing,
} from "@pilot/sdk/standing";
import { CliError } from "./cli-error.js";
import { chainNow, type ProgrammeContext } from "./context.js";
import { governedBy } from "./governance.js";
import { cliPageSize } from "./page-size.js";
import { proposeCommand, taskCommand } from "./task-args.js";

const DAY = 86_400;

/** An account's row (`getAccount`, `ProgrammeReader.accounts`) as the sdk's entitlements, with its offices' expiry. */
export function entitlementsOf(row: {
  entityId: unknown;
  zoneAdminOf: unknown;
  regulatorFields: unknown;
  expertFields: unknown;
  officeExpiryDay: unknown;
}): Entitlements {
  return {
    entityId: Number(row.entityId),
    zoneAdminOf: Number(row.zoneAdminOf),
    regulatorFields: Number(row.regulatorFields),
    expertFields: Number(row.expertFields),
    officeExpiresAt: Number(row.officeExpiryDay) * DAY,
  };
}

export interface Standings {
  attester(address: string, kind: number, scope: ProjectScope): Standing;
  revoker(revoker: string, attester: string, kind: number, scope: ProjectScope): Standing;
}

/**
 * Reads the current entitlements of `addresses` (each once) and the programme office, at
 * `blockTag`; `office` when the caller already knows it (an export reads it once, not per page).
 * An office whose term has ended by that block's time (the chain's clock; `nowSeconds` when the caller
 * already read it) is a former one.
 */
export async function readStandings(
  ctx: ProgrammeContext,
  addresses: Iterable<string | undefined | null>,
  blockTag?: number,
  office?: string,
  now?: number,
): Promise<Standings> {
  const list = distinctAddresses(addresses);
  const overrides = blockTag === undefined ? {} : { blockTag };
  const [rows, officeAddress, nowSeconds] = await Promise.all([
    list.length ? readAllChunks(list, (chunk) => ctx.reader.accounts([...chunk], overrides), { pageSize: cliPageSize("accounts") }) : [],
    office ?? readOffice(ctx, blockTag),
    now ?? blockTime(ctx, blockTag),
  ]);
  const byAddress = new Map<string, Entitlements>();
  list.forEach((a, i) => {
    const r = rows[i];
    byAddress.set(a, r ? entitlementsOf(r) : NO_ENTITLEMENTS);
  });
  const of = (a: string) => byAddress.get(a.toLowerCase()) ?? NO_ENTITLEMENTS;
  return {
    attester: (address, kind, scope) => attesterStanding(kind, scope, of(address), nowSeconds),
    revoker: (revoker, attester, kind, scope) =>
      revokerStanding({ revoker, attester, kind, scope, account: of(revoker), isProgrammeOffice: revoker.toLowerCase() === officeAddress, nowSeconds }),
  };
}

/** The chain's clock at `blockTag` (the latest block's when absent), in seconds. */
export async function blockTime(ctx: ProgrammeContext, blockTag?: number): Promise<number> {
  if (blockTag === undefined) return chainNow(ctx);
  const block = await ctx.connection.ethers.provider.getBlock(blockTag);
  return block?.timestamp ?? chainNow(ctx);
}

/**
 * Issue 10, before any transaction or signature: refuses in one line when `account` acts with an office
 * whose term has ended by the chain's clock (the latest block's time), naming the expiry and the command
 * that renews it (a proposal when the office is governed). `relevant` narrows the check to the offices
 * that matter for the action (given what the account holds and the chain's time); absent, any lapsed
 * office counts. An account with no lapsed office passes: the simulation then has the last word.
 */
export async function refuseLapsedOffice(
  hre: HardhatRuntimeEnvironment,
  ctx: ProgrammeContext,
  account: string,
  relevant?: (held: Entitlements, nowSeconds: number) => boolean,
): Promise<void> {
  const [row, nowSeconds] = await Promise.all([ctx.programme.getAccount(account), chainNow(ctx)]);
  const held = entitlementsOf(row);
  const lapsed = lapsedOffices(held, nowSeconds);
  if (!lapsed || (relevant && !relevant(held, nowSeconds))) return;
  const zone = lapsed.zoneAdminOf ? await lookupName("zone", lapsed.zoneAdminOf, ctx.lookup) : undefined;
  const governed = (await governedBy(ctx)) !== undefined;
  const renew = hre.tasks.getTask("renew-office");
  const args = { account };
  const command = governed ? proposeCommand(ctx.networkName, renew, args) : taskCommand(ctx.networkName, renew, args);
  throw new CliError(lapsedOfficeSentence(account, lapsed, zone, { governed, command }));
}

/** Whether the office that let `held` issue `kind` in `scope` is the one that lapsed (it would issue it, were its term running). */
export const lapsedForAttesting =
  (kind: number, scope: ProjectScope) =>
  (held: Entitlements, nowSeconds: number): boolean =>
    attesterStanding(kind, scope, held) === "current" && attesterStanding(kind, scope, held, nowSeconds) !== "current";

/** Whether the office that let `held` revoke this attestation is the one that lapsed (the programme office is checked apart). */
export const lapsedForRevoking =
  (revoker: string, attester: string, kind: number, scope: ProjectScope) =>
  (held: Entitlements, nowSeconds: number): boolean => {
    const standing = (now?: number) => revokerStanding({ revoker, attester, kind, scope, account: held, isProgrammeOffice: false, nowSeconds: now });
    return standing() === "current" && standing(nowSeconds) !== "current";
  };

/** A project's scope (`getProject`'s fields), as the sdk's rule takes it. */
export const scopeOf = (p: { entityId: unknown; zoneId: unknown; field: unknown }): ProjectScope => ({
  entityId: Number(p.entityId),
  zoneId: Number(p.zoneId),
  field: Number(p.field),
});

/** The programme office (DEFAULT_ADMIN_ROLE's holder), lower-case. */
export async function readOffice(ctx: ProgrammeContext, blockTag?: number): Promise<string> {
  return String(await ctx.programme.defaultAdmin(blockTag === undefined ? {} : { blockTag })).toLowerCase();
}

/** "former signer" / "former office", or "" for a current one (the JSON outputs' value). */
export const standingLabel = (s: Standing): string => STANDING_LABEL[s];

/** ` (former signer)` after an address, or nothing for a current one (`label` as `standingLabel` gives it). */
export const standingNote = (label: string | undefined): string => (label ? ` (${label})` : "");
