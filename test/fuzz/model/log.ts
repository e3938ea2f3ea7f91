/**
 * Model of contracts/log: AttestationLog (attest, attestBatch, revoke) and DelegatedAttestations
 * (attestBySig, increaseNonce).
 */
import { EntityStatus, Kind, ProjectStatus, ZoneStatus } from "@pilot/sdk/domain";
import type { Hex } from "@pilot/sdk/eip712";
import { attestationUid } from "@pilot/sdk/uid";
import { ZERO_BYTES32, ev, hasField, refuse } from "./norm.js";
import { type Ctx, DAY, MAX, MAX_HASH_COUNT, account, accountW, bytesOf, requireInOffice } from "./state.js";
import { OFFICE, isAdmin, whenNotPaused } from "./governance.js";
import { checkURI, requireZoneActive } from "./registry.js";
import { signatureValid, type SignatureM } from "./signature.js";
import type { Address, Bytes32, ModelState } from "./types.js";

export interface RequestM {
  projectId: number;
  kind: number;
  contentHash: Bytes32;
  refUID: Bytes32;
  uri: string;
}

export const UINT64_MAX = 2n ** 64n - 1n;
const uidCache = new Map<string, Bytes32>();

/** keccak256(abi.encode(contentHash, n)) (sdk/uid.ts), cached. */
export function uidOf(contentHash: Bytes32, n: number): Bytes32 {
  const key = `${contentHash}:${n}`;
  let uid = uidCache.get(key);
  if (!uid) {
    uid = attestationUid(contentHash as Hex, n).toLowerCase();
    uidCache.set(key, uid);
  }
  return uid;
}

function requireIssuer(s: ModelState, who: Address, kind: number, entityId: number, zoneId: number, field: number): void {
  const a = account(s, who);
  if (kind <= Kind.Milestone) {
    if (a.entityId !== entityId) refuse("NotEntitySigner", entityId, who);
  } else if (kind === Kind.Review) {
    if (a.zoneAdminOf !== zoneId) refuse("NotZoneAdmin", zoneId, who);
    requireInOffice(s, who, OFFICE.ZoneAdmin);
  } else if (kind === Kind.ExpertOpinion) {
    if (!hasField(a.expertFields, field)) refuse("NotExpert", field, who);
    requireInOffice(s, who, OFFICE.Expert);
  } else {
    if (!hasField(a.regulatorFields, field)) refuse("NotRegulator", field, who);
    requireInOffice(s, who, OFFICE.Regulator);
  }
}

/** `_attest`: every check, then the write; returns the uid. The caller counts it. */
function attestOne(c: Ctx, attester: Address, r: RequestM): Bytes32 {
  const s = c.s;
  if (r.kind > Kind.Acceptance) refuse("InvalidKind", r.kind);
  if (r.contentHash === ZERO_BYTES32) refuse("ZeroContentHash");
  const p = r.projectId >= 1 ? s.projects[r.projectId - 1] : undefined;
  if (!p) refuse("UnknownProject", r.projectId);
  requireIssuer(s, attester, r.kind, p.entityId, p.zoneId, p.field);
  const open = p.status === ProjectStatus.Active || (p.status === ProjectStatus.Proposed && (r.kind === Kind.Review || r.kind === Kind.ExpertOpinion));
  if (!open) refuse("ProjectNotOpen", r.projectId, p.status);
  requireZoneActive(s, p.zoneId);
  const es = s.entities[p.entityId - 1].status;
  if (es !== EntityStatus.Active) refuse("EntityNotActive", p.entityId, es);
  if (r.refUID !== ZERO_BYTES32) {
    const ref = s.attestations[r.refUID];
    if (!ref) refuse("UnknownAttestation", r.refUID);
    if (ref.projectId !== r.projectId) refuse("ReferenceOutsideProject", r.refUID, r.projectId);
  }
  checkURI(r.uri);
  const seen = s.hashCount[r.contentHash] ?? 0;
  if (seen === MAX_HASH_COUNT) refuse("TooManyAttestations", r.contentHash);
  const uid = uidOf(r.contentHash, seen);
  s.hashCount[r.contentHash] = seen + 1;
  s.attestations[uid] = {
    uid,
    contentHash: r.contentHash,
    attester,
    projectId: r.projectId,
    kind: r.kind as Kind,
    time: s.now,
    revoked: false,
  };
  s.log.push(uid);
  if (r.kind === Kind.Acceptance) {
    p.status = ProjectStatus.Accepted;
    p.updatedAt = s.now;
    c.events.push(ev("ProjectStatusChanged", r.projectId, ProjectStatus.Accepted, attester, ""));
  }
  c.events.push(ev("Attested", uid, r.projectId, attester, r.kind, r.contentHash, r.refUID, r.uri));
  return uid;
}

export function attest(c: Ctx, r: RequestM): Bytes32 {
  whenNotPaused(c);
  return attestOne(c, c.sender, r);
}

export function attestBatch(c: Ctx, rs: RequestM[]): Bytes32[] {
  whenNotPaused(c);
  if (rs.length === 0) refuse("EmptyBatch");
  return rs.map((r) => attestOne(c, c.sender, r));
}

export function attestBySig(c: Ctx, r: RequestM, attester: Address, nonce: bigint, deadline: bigint, sig: SignatureM): Bytes32 {
  whenNotPaused(c);
  if (BigInt(c.s.now) > deadline) refuse("ExpiredSignature", deadline);
  const expected = account(c.s, attester).nonce;
  if (nonce !== expected || expected === UINT64_MAX) refuse("InvalidNonce", attester, expected);
  if (!signatureValid(c.s, attester, sig)) refuse("InvalidSignature", attester);
  accountW(c.s, attester).nonce = expected + 1n;
  const uid = attestOne(c, attester, r);
  c.events.push(ev("SignatureUsed", attester, nonce, uid));
  return uid;
}

/**
 * `increaseNonce`: the caller's own nonce only, open while paused, strictly upwards, by at most
 * 2^32-1 at a time (so no sequence of calls exhausts the nonce space).
 */
export function increaseNonce(c: Ctx, newNonce: bigint): void {
  const current = account(c.s, c.sender).nonce;
  if (newNonce <= current) refuse("InvalidNonce", c.sender, current);
  if (newNonce - current > MAX.nonceJump) refuse("NonceJumpTooLarge", current, newNonce, MAX.nonceJump);
  accountW(c.s, c.sender).nonce = newNonce;
  c.events.push(ev("NonceIncreased", c.sender, current, newNonce));
}

/**
 * Whether `who` may revoke `a` NOW: the programme admin (also while paused); otherwise, not paused,
 * and a regulator of the field, the administrator of the project's zone while it is not closed,
 * or the attester still holding its issuing role (a signer of the project's active entity; an
 * expert of the field).
 */
export function mayRevoke(
  s: ModelState,
  who: Address,
  a: { attester: Address; kind: number; projectId: number },
): "ok" | "paused" | "no" | { expired: number } {
  if (isAdmin(s, who)) return "ok";
  if (s.paused) return "paused";
  const p = s.projects[a.projectId - 1];
  const me = account(s, who);
  // an office that would give the authority but whose term has ended refuses (OfficeExpired)
  const inOffice = (office: number) => (s.now >= me.officeExpiryDay * DAY ? { expired: office } : "ok");
  if (hasField(me.regulatorFields, p.field)) return inOffice(OFFICE.Regulator);
  if (me.zoneAdminOf === p.zoneId && s.zones[p.zoneId - 1].status !== ZoneStatus.Closed) return inOffice(OFFICE.ZoneAdmin);
  if (a.attester !== who) return "no";
  if (a.kind <= Kind.Milestone) {
    return me.entityId === p.entityId && s.entities[p.entityId - 1].status === EntityStatus.Active ? "ok" : "no";
  }
  return a.kind === Kind.ExpertOpinion && hasField(me.expertFields, p.field) ? inOffice(OFFICE.Expert) : "no";
}

export function revoke(c: Ctx, uid: Bytes32, reason: string): void {
  const s = c.s;
  if (reason.length === 0) refuse("EmptyReason");
  if (bytesOf(reason) > MAX.reason) refuse("ReasonTooLong", bytesOf(reason), MAX.reason);
  const a = s.attestations[uid];
  if (!a) refuse("UnknownAttestation", uid);
  if (a.revoked) refuse("AlreadyRevoked", uid);
  const p = s.projects[a.projectId - 1];
  const may = mayRevoke(s, c.sender, a);
  if (may === "paused") refuse("EnforcedPause");
  if (may === "no") refuse("NotAuthorizedToRevoke", uid, c.sender);
  if (typeof may === "object") requireInOffice(s, c.sender, may.expired);
  if (a.kind === Kind.Acceptance && p.status === ProjectStatus.Accepted) {
    // a project that could never be accepted again (zone closed, entity revoked) ends instead
    const dead = s.zones[p.zoneId - 1].status === ZoneStatus.Closed || s.entities[p.entityId - 1].status === EntityStatus.Revoked;
    const to = dead ? ProjectStatus.Terminated : ProjectStatus.Active;
    p.status = to;
    p.updatedAt = s.now;
    const why = dead ? "acceptance revoked; zone closed or entity revoked" : "acceptance revoked";
    c.events.push(ev("ProjectStatusChanged", a.projectId, to, c.sender, why));
  }
  a.revoked = true;
  c.events.push(ev("Revoked", uid, c.sender, reason));
}

export function setRefuseAll(s: ModelState, wallet: Address, refuse_: boolean): void {
  const w = s.wallets[wallet];
  if (w) w.refuseAll = refuse_;
}
