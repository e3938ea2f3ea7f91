/**
 * Model of contracts/governance/ProgrammeGovernance.sol and the OpenZeppelin
 * AccessControlDefaultAdminRules it inherits (two-step admin transfer, delay changes).
 */
import { DEFAULT_ADMIN_ROLE, ZERO_ADDRESS, ev, refuse } from "./norm.js";
import { type Ctx, DAY, VALID_FIELDS, account, accountW, bumpNonce, requireInOffice, setTerm } from "./state.js";
import { ZoneStatus } from "@pilot/sdk/domain";
import type { AdminRulesM, Address, ModelState } from "./types.js";

export const DELAY_INCREASE_WAIT = 5 * 24 * 3600;

export const isAdmin = (s: ModelState, who: Address): boolean => who !== ZERO_ADDRESS && s.admin.defaultAdmin === who;

export function onlyAdmin(c: Ctx): void {
  if (!isAdmin(c.s, c.sender)) refuse("AccessControlUnauthorizedAccount", c.sender, DEFAULT_ADMIN_ROLE);
}

/**
 * `_requireZoneAuthority`: the programme admin, or the zone's administrator while the zone is not
 * closed (closing a zone ends its administrators' powers) and the system is not paused.
 */
export function requireZoneAuthority(c: Ctx, zoneId: number): void {
  if (isAdmin(c.s, c.sender)) return;
  if (account(c.s, c.sender).zoneAdminOf !== zoneId) refuse("NotZoneAdmin", zoneId, c.sender);
  requireInOffice(c.s, c.sender, OFFICE.ZoneAdmin);
  if (c.s.zones[zoneId - 1]?.status === ZoneStatus.Closed) refuse("ZoneNotActive", zoneId, ZoneStatus.Closed);
  if (c.s.paused) refuse("EnforcedPause");
}

export function whenNotPaused(c: Ctx): void {
  if (c.s.paused) refuse("EnforcedPause");
}

/** Solidity `Office`, as `OfficeExpired` names it. */
export const OFFICE = { ZoneAdmin: 0, Regulator: 1, Expert: 2 } as const;

/** The programme admin or the guardian (whose only power this is). */
export function pause(c: Ctx): void {
  if (c.sender !== c.s.guardian) onlyAdmin(c);
  whenNotPaused(c);
  c.s.paused = true;
  c.events.push(ev("Paused", c.sender));
}

export function unpause(c: Ctx): void {
  onlyAdmin(c);
  if (!c.s.paused) refuse("ExpectedPause");
  c.s.paused = false;
  c.events.push(ev("Unpaused", c.sender));
}

function officeAccount(c: Ctx, who: Address, fields: number): void {
  if (who === ZERO_ADDRESS) refuse("ZeroAddress");
  if ((fields & ~VALID_FIELDS) >>> 0 !== 0) refuse("InvalidFields", fields);
  const a = account(c.s, who);
  if (a.entityId !== 0) refuse("AccountIsEntitySigner", who, a.entityId);
}

/** An appointment (fields != 0) sets the account's term; a dismissal leaves it. */
function termAfter(c: Ctx, who: Address, fields: number, expiresAt: number): number {
  if (fields !== 0) return setTerm(c, who, expiresAt);
  return account(c.s, who).officeExpiryDay * DAY;
}

export function setRegulatorFields(c: Ctx, who: Address, fields: number, expiresAt: number): void {
  onlyAdmin(c);
  officeAccount(c, who, fields);
  const before = account(c.s, who).regulatorFields;
  accountW(c.s, who).regulatorFields = fields;
  c.events.push(ev("RegulatorFieldsSet", who, fields, termAfter(c, who, fields, expiresAt)));
  if ((before & ~fields) >>> 0 !== 0) bumpNonce(c, who);
}

export function setExpertFields(c: Ctx, who: Address, fields: number, expiresAt: number): void {
  onlyAdmin(c);
  officeAccount(c, who, fields);
  const before = account(c.s, who).expertFields;
  accountW(c.s, who).expertFields = fields;
  c.events.push(ev("ExpertFieldsSet", who, fields, termAfter(c, who, fields, expiresAt)));
  if ((before & ~fields) >>> 0 !== 0) bumpNonce(c, who);
}

export function renewOffice(c: Ctx, who: Address, expiresAt: number): void {
  onlyAdmin(c);
  const a = account(c.s, who);
  if (a.zoneAdminOf === 0 && a.regulatorFields === 0 && a.expertFields === 0) refuse("HoldsNoOffice", who);
  c.events.push(ev("OfficeRenewed", who, setTerm(c, who, expiresAt)));
}

export function setGuardian(c: Ctx, who: Address): void {
  onlyAdmin(c);
  c.events.push(ev("GuardianSet", c.s.guardian, who));
  c.s.guardian = who;
}

// ----------------------------------------------------------- admin rules (OZ 5.3)

const passed = (s: ModelState, schedule: number) => schedule < s.now;
const isSet = (schedule: number) => schedule !== 0;

export function defaultAdminDelay(s: ModelState): number {
  const a = s.admin;
  return isSet(a.pendingDelaySchedule) && passed(s, a.pendingDelaySchedule) ? a.pendingDelay : a.currentDelay;
}

/** `pendingDefaultAdminDelay()`: (newDelay, schedule), zeros when none is pending. */
export function pendingDefaultAdminDelay(s: ModelState): [number, number] {
  const a = s.admin;
  return isSet(a.pendingDelaySchedule) && !passed(s, a.pendingDelaySchedule) ? [a.pendingDelay, a.pendingDelaySchedule] : [0, 0];
}

function setPendingDefaultAdmin(c: Ctx, newAdmin: Address, schedule: number): void {
  const old = c.s.admin.pendingAdminSchedule;
  c.s.admin.pendingAdmin = newAdmin;
  c.s.admin.pendingAdminSchedule = schedule;
  if (isSet(old)) c.events.push(ev("DefaultAdminTransferCanceled"));
}

/** The programme admin never signs for an entity (checked at begin and at accept). */
function requireNotEntitySigner(c: Ctx, who: Address): void {
  const entityId = account(c.s, who).entityId;
  if (entityId !== 0) refuse("AccountIsEntitySigner", who, entityId);
}

export function beginDefaultAdminTransfer(c: Ctx, newAdmin: Address): void {
  onlyAdmin(c);
  requireNotEntitySigner(c, newAdmin);
  const schedule = c.s.now + defaultAdminDelay(c.s);
  setPendingDefaultAdmin(c, newAdmin, schedule);
  c.events.push(ev("DefaultAdminTransferScheduled", newAdmin, schedule));
}

export function cancelDefaultAdminTransfer(c: Ctx): void {
  onlyAdmin(c);
  setPendingDefaultAdmin(c, ZERO_ADDRESS, 0);
}

function grantAdmin(c: Ctx, who: Address): void {
  const a: AdminRulesM = c.s.admin;
  if (a.defaultAdmin !== ZERO_ADDRESS) refuse("AccessControlEnforcedDefaultAdminRules");
  a.defaultAdmin = who;
  c.events.push(ev("RoleGranted", DEFAULT_ADMIN_ROLE, who, c.sender));
}

function revokeAdmin(c: Ctx, who: Address): void {
  const a = c.s.admin;
  if (who !== ZERO_ADDRESS && a.defaultAdmin === who) {
    a.defaultAdmin = ZERO_ADDRESS;
    c.events.push(ev("RoleRevoked", DEFAULT_ADMIN_ROLE, who, c.sender));
  }
}

export function acceptDefaultAdminTransfer(c: Ctx): void {
  const a = c.s.admin;
  if (c.sender !== a.pendingAdmin) refuse("AccessControlInvalidDefaultAdmin", c.sender);
  requireNotEntitySigner(c, a.pendingAdmin);
  if (!isSet(a.pendingAdminSchedule) || !passed(c.s, a.pendingAdminSchedule)) {
    refuse("AccessControlEnforcedDefaultAdminDelay", a.pendingAdminSchedule);
  }
  revokeAdmin(c, a.defaultAdmin);
  grantAdmin(c, a.pendingAdmin);
  a.pendingAdmin = ZERO_ADDRESS;
  a.pendingAdminSchedule = 0;
}

function setPendingDelay(c: Ctx, newDelay: number, schedule: number): void {
  const a = c.s.admin;
  const old = a.pendingDelaySchedule;
  if (isSet(old)) {
    if (passed(c.s, old)) a.currentDelay = a.pendingDelay;
    else c.events.push(ev("DefaultAdminDelayChangeCanceled"));
  }
  a.pendingDelay = newDelay;
  a.pendingDelaySchedule = schedule;
}

export function changeDefaultAdminDelay(c: Ctx, newDelay: number): void {
  onlyAdmin(c);
  const current = defaultAdminDelay(c.s);
  const wait = newDelay > current ? Math.min(newDelay, DELAY_INCREASE_WAIT) : current - newDelay;
  const schedule = c.s.now + wait;
  setPendingDelay(c, newDelay, schedule);
  c.events.push(ev("DefaultAdminDelayChangeScheduled", newDelay, schedule));
}

export function rollbackDefaultAdminDelay(c: Ctx): void {
  onlyAdmin(c);
  setPendingDelay(c, 0, 0);
}

export function grantRole(c: Ctx, role: string, who: Address): void {
  if (role === DEFAULT_ADMIN_ROLE) refuse("AccessControlEnforcedDefaultAdminRules");
  onlyAdmin(c); // the admin role of every other role is DEFAULT_ADMIN_ROLE
  const holders = (c.s.admin.otherRoles[role] ??= []);
  if (!holders.includes(who)) {
    holders.push(who);
    c.events.push(ev("RoleGranted", role, who, c.sender));
  }
}

function revokeOther(c: Ctx, role: string, who: Address): void {
  const holders = c.s.admin.otherRoles[role] ?? [];
  const i = holders.indexOf(who);
  if (i >= 0) {
    holders.splice(i, 1);
    c.events.push(ev("RoleRevoked", role, who, c.sender));
  }
}

export function revokeRole(c: Ctx, role: string, who: Address): void {
  if (role === DEFAULT_ADMIN_ROLE) refuse("AccessControlEnforcedDefaultAdminRules");
  onlyAdmin(c);
  revokeOther(c, role, who);
}

export function renounceRole(c: Ctx, role: string, who: Address): void {
  const a = c.s.admin;
  if (role === DEFAULT_ADMIN_ROLE && who === a.defaultAdmin) {
    if (a.pendingAdmin !== ZERO_ADDRESS || !isSet(a.pendingAdminSchedule) || !passed(c.s, a.pendingAdminSchedule)) {
      refuse("AccessControlEnforcedDefaultAdminDelay", a.pendingAdminSchedule);
    }
    a.pendingAdminSchedule = 0;
  }
  if (who !== c.sender) refuse("AccessControlBadConfirmation");
  if (role === DEFAULT_ADMIN_ROLE) revokeAdmin(c, who);
  else revokeOther(c, role, who);
}
