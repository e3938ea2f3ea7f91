/**
 * Which parts of the Admin page the connected account can use, from its roles (data/roles.ts), and
 * what the others need. The chain decides in the end (every write is simulated first); this only keeps
 * forms the chain would refuse off the page. Pure.
 */
import type { AccountRoles } from "../../data/roles";
import type { ProjectInfo } from "../../data/types";
import type { OfficeMode } from "./officeProposal";

/** The Admin page's sections, each tied to the role that may use it. */
export type AdminSection = "propose" | "zone" | "lifecycle" | "office";
export const ADMIN_SECTIONS: readonly AdminSection[] = ["propose", "zone", "lifecycle", "office"];

type Roles = Pick<AccountRoles, "isProgrammeOffice" | "entityId" | "zoneAdminOf" | "regulatorFields" | "expertFields"> & {
  /** How the account uses the office's forms when the office is the timelock (officeProposal.ts); absent: only `isProgrammeOffice` counts. */
  readonly officeMode?: OfficeMode;
  /** The account is the programme's guardian (it pauses, nothing else). */
  readonly isGuardian?: boolean;
};

/**
 * Whether `roles` may use `section`: proposing needs an entity's signer key; zone administration a zone
 * (or the office, or a seat holder of the timelock office, who proposes what the office may do there); the
 * lifecycle also a regulator's fields; the office's actions the office, or, when
 * the office is the timelock, a seat holder (who proposes them) or the guardian (who only pauses).
 */
export function mayUse(section: AdminSection, roles: Roles): boolean {
  switch (section) {
    case "propose":
      return roles.entityId !== 0;
    case "zone":
      return roles.isProgrammeOffice || roles.zoneAdminOf !== 0 || roles.officeMode === "propose";
    case "lifecycle":
      return roles.isProgrammeOffice || roles.zoneAdminOf !== 0 || roles.regulatorFields.length > 0 || roles.officeMode === "propose";
    case "office":
      return roles.isProgrammeOffice || roles.officeMode === "propose" || roles.isGuardian === true;
  }
}

export interface AdminAccess {
  /** Sections shown with their forms. */
  readonly shown: readonly AdminSection[];
  /** Sections shown only as one line saying which role they need. */
  readonly needs: readonly AdminSection[];
  /** An account with no role at all may still become a signer: it is offered the consent card. */
  readonly consent: boolean;
}

export function adminAccess(roles: Roles): AdminAccess {
  const shown = ADMIN_SECTIONS.filter((s) => mayUse(s, roles));
  const none =
    !roles.isProgrammeOffice &&
    roles.officeMode !== "propose" &&
    roles.isGuardian !== true &&
    roles.entityId === 0 &&
    roles.zoneAdminOf === 0 &&
    roles.regulatorFields.length === 0 &&
    roles.expertFields.length === 0;
  return { shown, needs: ADMIN_SECTIONS.filter((s) => !shown.includes(s)), consent: none };
}

/**
 * Whether the lifecycle form proposes (issue 10): the account moves projects only as a seat holder of the
 * timelock office, for any project. A zone administrator or regulator keeps its direct form and scope.
 */
export const lifecycleProposes = (roles: Roles): boolean =>
  roles.officeMode === "propose" && !roles.isProgrammeOffice && roles.zoneAdminOf === 0 && roles.regulatorFields.length === 0;

/** The projects whose status this account may move: its zone's, its regulated fields', or any (programme office, or a seat holder proposing). */
export function inLifecycleScope(roles: Roles, project: Pick<ProjectInfo, "zoneId" | "field">): boolean {
  return (
    roles.isProgrammeOffice ||
    lifecycleProposes(roles) ||
    (roles.zoneAdminOf !== 0 && project.zoneId === roles.zoneAdminOf) ||
    roles.regulatorFields.includes(project.field)
  );
}

/**
 * Whether the zone forms propose (issue 10): the account administers zones only as a seat holder of the
 * timelock office, in any zone, and proposes what needs no fresh signature from a third party (an
 * entity's status, removing a key). A zone administrator, even with a seat, keeps its direct forms.
 */
export const zoneProposes = (roles: Roles): boolean => roles.officeMode === "propose" && !roles.isProgrammeOffice && roles.zoneAdminOf === 0;
