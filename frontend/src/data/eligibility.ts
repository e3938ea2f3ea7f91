/**
 * Which projects an account may attest about, and with which kinds — the
 * contract's rules (AttestationLog._checkAttestation) computed in the browser
 * from getAccount and the registry, so the Attest page offers only what the
 * chain would accept. The chain still decides: every write is simulated first.
 */
import { Kind } from "@sdk/domain";
import type { AccountRoles } from "./roles";
import type { EntityInfo, ProjectInfo, ZoneInfo } from "./types";

export interface AttestTarget {
  readonly project: ProjectInfo;
  readonly kinds: readonly Kind[];
}

export function attestTargets(
  roles: Pick<AccountRoles, "entityId" | "zoneAdminOf" | "regulatorFields" | "expertFields">,
  projects: readonly ProjectInfo[],
  entities: ReadonlyMap<number, EntityInfo>,
  zones: ReadonlyMap<number, ZoneInfo>,
): AttestTarget[] {
  const out: AttestTarget[] = [];
  const regulator = new Set(roles.regulatorFields);
  const expert = new Set(roles.expertFields);
  for (const p of projects) {
    if (zones.get(p.zoneId)?.status !== "Active") continue;
    if (entities.get(p.entityId)?.status !== "Active") continue;
    const active = p.status === "Active";
    const proposed = p.status === "Proposed";
    if (!active && !proposed) continue;
    const kinds: Kind[] = [];
    if (active && roles.entityId !== 0 && roles.entityId === p.entityId) kinds.push(Kind.ProgressReport, Kind.Milestone);
    if (roles.zoneAdminOf !== 0 && roles.zoneAdminOf === p.zoneId) kinds.push(Kind.Review);
    if (expert.has(p.field)) kinds.push(Kind.ExpertOpinion);
    if (active && regulator.has(p.field)) kinds.push(Kind.Evaluation, Kind.Acceptance);
    if (kinds.length) out.push({ project: p, kinds });
  }
  return out;
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
