/**
 * Which projects an account may attest about, and with which kinds — the
 * contract's rules (AttestationLog._checkAttestation) computed in the browser
 * from getAccount and the registry, so the Attest page offers only what the
 * chain would accept. The chain still decides: every write is simulated first.
 */
import { KINDS, type Kind, type KindIssuer, projectTakesKind } from "@pilot/sdk/domain";
import type { AccountRoles } from "./roles";
import type { EntityInfo, ProjectInfo, ZoneInfo } from "./types";

export interface AttestTarget {
  readonly project: ProjectInfo;
  readonly kinds: readonly Kind[];
}

type AttestRoles = Pick<AccountRoles, "entityId" | "zoneAdminOf" | "regulatorFields" | "expertFields">;

/** Whether `roles` hold `issuer`'s role for project `p`. */
function holds(roles: AttestRoles, issuer: KindIssuer, p: ProjectInfo): boolean {
  switch (issuer) {
    case "entity":
      return roles.entityId !== 0 && roles.entityId === p.entityId;
    case "zoneAdmin":
      return roles.zoneAdminOf !== 0 && roles.zoneAdminOf === p.zoneId;
    case "expert":
      return roles.expertFields.includes(p.field);
    case "regulator":
      return roles.regulatorFields.includes(p.field);
  }
}

/** The kinds `roles` may issue about an open project `p` (its zone and entity active): the contract's rule, from sdk/domain's KINDS table. */
function kindsFor(roles: AttestRoles, p: ProjectInfo): Kind[] {
  return KINDS.filter((k) => projectTakesKind(p.status, k.kind) && holds(roles, k.issuer, p)).map((k) => k.kind as Kind);
}

/** Why nothing may be attested about `p` now (undefined: it is open), whoever asks. */
function closedBecause(p: ProjectInfo, entities: ReadonlyMap<number, EntityInfo>, zones: ReadonlyMap<number, ZoneInfo>): NotEligible | undefined {
  const zone = zones.get(p.zoneId)?.status ?? "None";
  if (zone !== "Active") return { reason: "zone-inactive", status: zone };
  const entity = entities.get(p.entityId)?.status ?? "None";
  if (entity !== "Active") return { reason: "entity-inactive", status: entity };
  if (p.status !== "Active" && p.status !== "Proposed") return { reason: "project-closed", status: p.status };
  return undefined;
}

export function attestTargets(
  roles: AttestRoles,
  projects: readonly ProjectInfo[],
  entities: ReadonlyMap<number, EntityInfo>,
  zones: ReadonlyMap<number, ZoneInfo>,
): AttestTarget[] {
  const out: AttestTarget[] = [];
  for (const p of projects) {
    if (closedBecause(p, entities, zones)) continue;
    const kinds = kindsFor(roles, p);
    if (kinds.length) out.push({ project: p, kinds });
  }
  return out;
}

/** Who may issue attestations (sdk/domain KINDS' issuer roles). */
export type Issuer = KindIssuer;

/** Why an account may not attest about a project: the project takes none now, or it takes them from other roles (`needs`, in kind order). */
export type NotEligible =
  | { readonly reason: "zone-inactive" | "entity-inactive" | "project-closed"; readonly status: string }
  | { readonly reason: "role"; readonly needs: readonly Issuer[] };

/** Why `roles` may not attest about `p` (undefined when it may): the same rule as attestTargets, asked the other way round. */
export function whyNotTarget(
  roles: AttestRoles,
  p: ProjectInfo,
  entities: ReadonlyMap<number, EntityInfo>,
  zones: ReadonlyMap<number, ZoneInfo>,
): NotEligible | undefined {
  const closed = closedBecause(p, entities, zones);
  if (closed) return closed;
  if (kindsFor(roles, p).length) return undefined;
  // What a holder of every role for this project could issue, and so which roles it takes.
  const every = { entityId: p.entityId, zoneAdminOf: p.zoneId, regulatorFields: [p.field], expertFields: [p.field] };
  const needs = [...new Set(kindsFor(every, p).map((k) => KINDS[k].issuer))];
  return { reason: "role", needs };
}

/** The valid attestations of one document already on chain about `projectId` (the chain's records of that content hash). */
export function sameDocumentEarlier<T extends { readonly projectId: number; readonly revoked: boolean }>(records: readonly T[], projectId: number): T[] {
  return records.filter((r) => r.projectId === projectId && !r.revoked);
}

/** Whether `account` may revoke an attestation: its attester, the project's zone administrators, regulators of its field. */
export function mayRevoke(
  roles: Pick<AccountRoles, "address" | "zoneAdminOf" | "regulatorFields">,
  attester: string,
  project: Pick<ProjectInfo, "zoneId" | "field">,
): boolean {
  return (
    roles.address.toLowerCase() === attester.toLowerCase() ||
    (roles.zoneAdminOf !== 0 && roles.zoneAdminOf === project.zoneId) ||
    roles.regulatorFields.includes(project.field)
  );
}
