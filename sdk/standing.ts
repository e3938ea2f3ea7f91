/**
 * Does the account that made or revoked an attestation still hold what let it
 * do so? Judged against the account's CURRENT entitlements (`getAccount`, or the
 * indexer's `account` row, which rebuilds the same from events), so that a
 * client can mark "former signer" (a key since removed from the entity) and
 * "former office" (a zone administrator, expert or regulator since dismissed or
 * moved, or whose term has ended: an expired office acts as none, the
 * contract's `OfficeExpired`) wherever it names an attester or a revoker. The
 * attestation itself stays what it was: the chain checked the role when it was
 * written.
 */
import { KIND_ISSUER, type Kind } from "./domain.js";

/** What an account holds now: `getAccount`'s fields (bitmasks as numbers). */
export interface Entitlements {
  readonly entityId: number;
  readonly zoneAdminOf: number;
  readonly regulatorFields: number;
  readonly expertFields: number;
  /**
   * When the account's offices (zone administrator, regulator, expert) end, in seconds (a UTC
   * midnight; `getAccount().officeExpiryDay` * 1 day, the indexer's `officeExpiresAt`). Absent: not
   * known, the offices are taken as they are. A signer key has no term.
   */
  readonly officeExpiresAt?: number;
}

/** Where an attestation's project sits: what decides who may issue and revoke about it. */
export interface ProjectScope {
  readonly entityId: number;
  readonly zoneId: number;
  readonly field: number;
}

/** `current`: still holds the role; otherwise which kind of role it lost. */
export type Standing = "current" | "former-signer" | "former-office";

/** An account with no entitlements at all (unknown to the registry). */
export const NO_ENTITLEMENTS: Entitlements = { entityId: 0, zoneAdminOf: 0, regulatorFields: 0, expertFields: 0 };

/**
 * The entitlements that count at `nowSeconds` (the chain's clock): from the expiry on, the offices act
 * as none, as the contract's `_requireTerm` has it (lapsed when now >= expiry). Without `nowSeconds`
 * or a known expiry, the entitlements as given.
 */
export function entitlementsAt(account: Entitlements, nowSeconds: number | undefined): Entitlements {
  if (nowSeconds === undefined || account.officeExpiresAt === undefined || nowSeconds < account.officeExpiresAt) return account;
  return { ...account, zoneAdminOf: 0, regulatorFields: 0, expertFields: 0 };
}

/** Offices an account held whose term has ended (bitmasks as numbers), and when it ended (seconds, a UTC midnight). */
export interface LapsedOffices {
  readonly zoneAdminOf: number;
  readonly regulatorFields: number;
  readonly expertFields: number;
  readonly expiredAt: number;
}

/**
 * The offices `account` still has in its slot but that act as none at `nowSeconds` (the chain's clock),
 * as `entitlementsAt` judges them; undefined while the term runs, or when it holds no office (or its
 * expiry is not known).
 */
export function lapsedOffices(account: Entitlements, nowSeconds: number): LapsedOffices | undefined {
  const holds = account.zoneAdminOf !== 0 || account.regulatorFields !== 0 || account.expertFields !== 0;
  if (!holds || account.officeExpiresAt === undefined || entitlementsAt(account, nowSeconds) === account) return undefined;
  const { zoneAdminOf, regulatorFields, expertFields } = account;
  return { zoneAdminOf, regulatorFields, expertFields, expiredAt: account.officeExpiresAt };
}

const hasField = (mask: number, field: number): boolean => field >= 0 && field < 32 && ((mask >>> field) & 1) === 1;

/** What a client prints after the address; empty for a current one. */
export const STANDING_LABEL: Readonly<Record<Standing, string>> = {
  current: "",
  "former-signer": "former signer",
  "former-office": "former office",
};

/** Whether `account` still holds (at `nowSeconds`, when given: an expired office is a former one) the role that let it issue `kind` about a project in `scope`. */
export function attesterStanding(kind: Kind | number, scope: ProjectScope, held: Entitlements, nowSeconds?: number): Standing {
  const account = entitlementsAt(held, nowSeconds);
  switch (KIND_ISSUER[kind as Kind]) {
    case "entity":
      return account.entityId !== 0 && account.entityId === scope.entityId ? "current" : "former-signer";
    case "zoneAdmin":
      return account.zoneAdminOf !== 0 && account.zoneAdminOf === scope.zoneId ? "current" : "former-office";
    case "expert":
      return hasField(account.expertFields, scope.field) ? "current" : "former-office";
    case "regulator":
      return hasField(account.regulatorFields, scope.field) ? "current" : "former-office";
    default:
      return "former-office";
  }
}

/**
 * Whether a revoker still holds something that lets it revoke this attestation:
 * the project's zone administrator, a regulator of its field, the programme
 * office, or the attester itself while it keeps its issuing role. A revoker
 * that was the attester and lost its key is a "former signer"; any other is a
 * "former office".
 */
export function revokerStanding(args: {
  readonly revoker: string;
  readonly attester: string;
  readonly kind: Kind | number;
  readonly scope: ProjectScope;
  readonly account: Entitlements;
  readonly isProgrammeOffice: boolean;
  /** The chain's clock: an office expired by then is a former one. */
  readonly nowSeconds?: number;
}): Standing {
  const { revoker, attester, kind, scope, isProgrammeOffice, nowSeconds } = args;
  const account = entitlementsAt(args.account, nowSeconds);
  if (isProgrammeOffice) return "current";
  if (account.zoneAdminOf !== 0 && account.zoneAdminOf === scope.zoneId) return "current";
  if (hasField(account.regulatorFields, scope.field)) return "current";
  if (revoker.toLowerCase() === attester.toLowerCase()) return attesterStanding(kind, scope, account, nowSeconds);
  return "former-office";
}

/** Each distinct address once, lower-cased, in first-seen order (for one batched look-up per page). */
export function distinctAddresses(addresses: Iterable<string | undefined | null>): string[] {
  const seen = new Set<string>();
  for (const a of addresses) if (a) seen.add(a.toLowerCase());
  return [...seen];
}
