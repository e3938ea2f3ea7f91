/** Model of contracts/registry: zones (ZoneRegistry), entities and signers (EntityRegistry), projects (ProjectRegistry). */
import { EntityStatus, ProjectStatus, ZoneStatus } from "@pilot/sdk/domain";
import { ZERO_ADDRESS, ev, hasField, refuse } from "./norm.js";
import { type Ctx, FIELD_COUNT, MAX, VALID_FIELDS, account, accountW, bumpNonce, bytesOf, requireInOffice, setTerm } from "./state.js";
import { OFFICE, isAdmin, onlyAdmin, requireZoneAuthority, whenNotPaused } from "./governance.js";
import { signatureValid, type SignatureM } from "./signature.js";
import type { Address, EntityM, ModelState, ProjectM, ZoneM } from "./types.js";

const ENTITY_TYPE_MAX = 8;

export function zoneOf(s: ModelState, zoneId: number): ZoneM {
  const z = zoneId >= 1 ? s.zones[zoneId - 1] : undefined;
  if (!z) refuse("UnknownZone", zoneId);
  return z;
}

export function entityOf(s: ModelState, entityId: number): EntityM {
  const e = entityId >= 1 ? s.entities[entityId - 1] : undefined;
  if (!e) refuse("UnknownEntity", entityId);
  return e;
}

export function projectOf(s: ModelState, projectId: number): ProjectM {
  const p = projectId >= 1 ? s.projects[projectId - 1] : undefined;
  if (!p) refuse("UnknownProject", projectId);
  return p;
}

export const zoneStatus = (s: ModelState, zoneId: number): ZoneStatus => (zoneId >= 1 ? s.zones[zoneId - 1]?.status : undefined) ?? ZoneStatus.None;

export function requireZoneActive(s: ModelState, zoneId: number): void {
  const st = zoneStatus(s, zoneId);
  if (st !== ZoneStatus.Active) refuse("ZoneNotActive", zoneId, st);
}

function checkName(name: string): void {
  if (name.length === 0) refuse("EmptyName");
  if (bytesOf(name) > MAX.name) refuse("NameTooLong", bytesOf(name), MAX.name);
}

export function checkURI(uri: string): void {
  if (bytesOf(uri) > MAX.uri) refuse("URITooLong", bytesOf(uri), MAX.uri);
}

function checkFields(fields: number): void {
  if (fields === 0 || (fields & ~VALID_FIELDS) >>> 0 !== 0) refuse("InvalidFields", fields);
}

// ------------------------------------------------------------------ zones

export function createZone(c: Ctx, name: string, region: string, uri: string, hash: string): void {
  onlyAdmin(c);
  checkName(name);
  if (bytesOf(region) > MAX.region) refuse("RegionTooLong", bytesOf(region), MAX.region);
  checkURI(uri);
  const id = c.s.zones.length + 1;
  c.s.zones.push({
    id,
    status: ZoneStatus.Active,
    createdAt: c.s.now,
    entityCount: 0,
    name,
    region,
    metadataURI: uri,
    metadataHash: hash,
  });
  c.events.push(ev("ZoneCreated", id, name, region, uri, hash));
}

export function setZoneStatus(c: Ctx, zoneId: number, status: number): void {
  onlyAdmin(c);
  if (status > ZoneStatus.Closed) refuse("InvalidStatus", status);
  const z = zoneOf(c.s, zoneId);
  const from = z.status;
  if (from === ZoneStatus.Closed || status === ZoneStatus.None || status === from) {
    refuse("IllegalZoneTransition", zoneId, from, status);
  }
  z.status = status as ZoneStatus;
  c.events.push(ev("ZoneStatusChanged", zoneId, status, c.sender));
}

export function appointZoneAdmin(c: Ctx, zoneId: number, who: Address, expiresAt: number): void {
  onlyAdmin(c);
  const st = zoneOf(c.s, zoneId).status;
  if (st === ZoneStatus.Closed) refuse("ZoneNotActive", zoneId, st);
  if (who === ZERO_ADDRESS) refuse("ZeroAddress");
  const a = account(c.s, who);
  if (a.entityId !== 0) refuse("AccountIsEntitySigner", who, a.entityId);
  if (a.zoneAdminOf !== 0) refuse("AlreadyZoneAdmin", who, a.zoneAdminOf);
  accountW(c.s, who).zoneAdminOf = zoneId;
  c.events.push(ev("ZoneAdminAppointed", zoneId, who, setTerm(c, who, expiresAt)));
}

export function removeZoneAdmin(c: Ctx, who: Address): void {
  onlyAdmin(c);
  const zoneId = account(c.s, who).zoneAdminOf;
  if (zoneId === 0) refuse("NotZoneAdmin", 0, who);
  accountW(c.s, who).zoneAdminOf = 0;
  c.events.push(ev("ZoneAdminRemoved", zoneId, who));
  bumpNonce(c, who);
}

// --------------------------------------------------------------- entities

/**
 * A key's consent as the harness made it: `signedBy` signed SignerConsent(account, entityId, nonce,
 * deadline) on this chain and contract (null: signed something else, or garbage bytes).
 */
export interface ConsentM extends SignatureM {
  account: Address;
  entityId: number;
  nonce: bigint;
  deadline: bigint;
}

function addSignerInternal(c: Ctx, entityId: number, k: ConsentM, entityActive: boolean): void {
  const who = k.account;
  if (who === ZERO_ADDRESS) refuse("ZeroAddress");
  const a = account(c.s, who);
  if (a.entityId !== 0) refuse("SignerAlreadyRegistered", who, a.entityId);
  if (a.zoneAdminOf !== 0 || a.regulatorFields !== 0 || a.expertFields !== 0 || isAdmin(c.s, who) || c.s.admin.pendingAdmin === who) {
    refuse("AccountHoldsOffice", who);
  }
  const e = c.s.entities[entityId - 1];
  if (e.signers.length >= MAX.signers) refuse("TooManySigners", entityId, MAX.signers);
  if (BigInt(c.s.now) > k.deadline) refuse("ExpiredSignature", k.deadline);
  const consented = k.entityId === entityId && k.nonce === a.nonce && signatureValid(c.s, who, k);
  if (!consented) refuse("InvalidConsent", who, entityId);
  const w = accountW(c.s, who);
  w.entityId = entityId;
  w.signerSince = c.s.now;
  w.entityActive = entityActive;
  e.signers.push(who);
  c.events.push(ev("SignerAdded", entityId, who));
}

export function registerEntity(c: Ctx, zoneId: number, name: string, entityType: number, fields: number, uri: string, hash: string, signers: ConsentM[]): void {
  zoneOf(c.s, zoneId);
  requireZoneAuthority(c, zoneId);
  requireZoneActive(c.s, zoneId);
  checkName(name);
  if (entityType > ENTITY_TYPE_MAX) refuse("InvalidEntityType", entityType);
  checkFields(fields);
  checkURI(uri);
  const id = c.s.entities.length + 1;
  c.s.zones[zoneId - 1].entityCount += 1;
  c.s.entities.push({
    id,
    zoneId,
    status: EntityStatus.Active,
    entityType,
    fields,
    registeredAt: c.s.now,
    projectCount: 0,
    name,
    metadataURI: uri,
    metadataHash: hash,
    signers: [],
  });
  c.events.push(ev("EntityRegistered", id, zoneId, entityType, fields, name, uri, hash));
  for (const k of signers) addSignerInternal(c, id, k, true);
}

export function addSigner(c: Ctx, entityId: number, k: ConsentM): void {
  const e = entityOf(c.s, entityId);
  requireZoneAuthority(c, e.zoneId);
  if (e.status === EntityStatus.Revoked) refuse("EntityNotActive", entityId, EntityStatus.Revoked);
  addSignerInternal(c, entityId, k, e.status === EntityStatus.Active);
}

export function removeSigner(c: Ctx, entityId: number, who: Address): void {
  const e = entityOf(c.s, entityId);
  requireZoneAuthority(c, e.zoneId);
  const i = e.signers.indexOf(who);
  if (i < 0) refuse("NotEntitySigner", entityId, who);
  // OpenZeppelin EnumerableSet: the last element takes the removed one's place.
  const last = e.signers.length - 1;
  if (i !== last) e.signers[i] = e.signers[last];
  e.signers.pop();
  const a = accountW(c.s, who);
  a.entityId = 0;
  a.signerSince = 0;
  a.entityActive = false;
  c.events.push(ev("SignerRemoved", entityId, who));
  bumpNonce(c, who);
}

export function setEntityStatus(c: Ctx, entityId: number, status: number): void {
  if (status > EntityStatus.Revoked) refuse("InvalidStatus", status);
  const e = entityOf(c.s, entityId);
  requireZoneAuthority(c, e.zoneId);
  const from = e.status;
  if (from === EntityStatus.Revoked || status === EntityStatus.None || status === from) {
    refuse("IllegalEntityTransition", entityId, from, status);
  }
  e.status = status as EntityStatus;
  c.events.push(ev("EntityStatusChanged", entityId, status, c.sender));
  for (const who of e.signers) accountW(c.s, who).entityActive = status === EntityStatus.Active;
}

// --------------------------------------------------------------- projects

export function proposeProject(c: Ctx, field: number, title: string, uri: string, hash: string): void {
  whenNotPaused(c);
  const entityId = account(c.s, c.sender).entityId;
  if (entityId === 0) refuse("NotEntitySigner", 0, c.sender);
  const e = c.s.entities[entityId - 1];
  if (e.status !== EntityStatus.Active) refuse("EntityNotActive", entityId, e.status);
  requireZoneActive(c.s, e.zoneId);
  if (field >= FIELD_COUNT) refuse("InvalidField", field);
  if (!hasField(e.fields, field)) refuse("FieldNotInEntity", entityId, field);
  if (title.length === 0) refuse("EmptyName");
  if (bytesOf(title) > MAX.title) refuse("TitleTooLong", bytesOf(title), MAX.title);
  checkURI(uri);
  const id = c.s.projects.length + 1;
  e.projectCount += 1;
  c.s.projects.push({
    id,
    entityId,
    zoneId: e.zoneId,
    field,
    status: ProjectStatus.Proposed,
    proposedAt: c.s.now,
    updatedAt: c.s.now,
    proposer: c.sender,
    title,
    metadataURI: uri,
    metadataHash: hash,
  });
  c.events.push(ev("ProjectProposed", id, entityId, e.zoneId, field, c.sender, title, uri, hash));
}

export function isLegalProjectMove(from: ProjectStatus, to: number): boolean {
  switch (from) {
    case ProjectStatus.Proposed:
      return to === ProjectStatus.Active || to === ProjectStatus.Rejected;
    case ProjectStatus.Active:
      return to === ProjectStatus.Suspended || to === ProjectStatus.Terminated;
    case ProjectStatus.Suspended:
      return to === ProjectStatus.Active || to === ProjectStatus.Terminated;
    default:
      return false;
  }
}

export function setProjectStatus(c: Ctx, projectId: number, status: number, reason: string): void {
  if (status > ProjectStatus.Terminated) refuse("InvalidStatus", status);
  const p = projectOf(c.s, projectId);
  const from = p.status;
  if (!isLegalProjectMove(from, status)) refuse("IllegalProjectTransition", projectId, from, status);
  const me = account(c.s, c.sender);
  const asRegulator = from !== ProjectStatus.Proposed && hasField(me.regulatorFields, p.field);
  if (asRegulator) {
    // Programme-admin exemption from the pause and from a term (see ProgrammeGovernance.pause NatSpec).
    if (!isAdmin(c.s, c.sender)) {
      if (c.s.paused) refuse("EnforcedPause");
      requireInOffice(c.s, c.sender, OFFICE.Regulator);
    }
  } else {
    if (from !== ProjectStatus.Proposed && me.zoneAdminOf !== p.zoneId && !isAdmin(c.s, c.sender)) {
      refuse("NotProjectAuthority", projectId, c.sender);
    }
    requireZoneAuthority(c, p.zoneId);
  }
  if (status !== ProjectStatus.Active && reason.length === 0) refuse("EmptyReason");
  if (bytesOf(reason) > MAX.reason) refuse("ReasonTooLong", bytesOf(reason), MAX.reason);
  // a project starts (or restarts) only in an active zone, for an active entity
  if (status === ProjectStatus.Active) {
    requireZoneActive(c.s, p.zoneId);
    const es = c.s.entities[p.entityId - 1].status;
    if (es !== EntityStatus.Active) refuse("EntityNotActive", p.entityId, es);
  }
  p.status = status as ProjectStatus;
  p.updatedAt = c.s.now;
  c.events.push(ev("ProjectStatusChanged", projectId, status, c.sender, reason));
}
