/**
 * The invariants of issue 5 §2, each a named property checked after every step. They read only
 * what the chain shows (views before and after the step) and the events it emitted, never the
 * model: a model bug cannot hide a contract bug here.
 */
import { EntityStatus, Kind, ProjectStatus, ZoneStatus } from "@pilot/sdk/domain";
import { DAY, DEFAULT_ADMIN_ROLE, ZERO_ADDRESS, type EventM, hasField } from "../model/index.js";
import type { View } from "./view.js";

/** How a relayed signature was made; `voided`: valid when signed, its nonce since skipped by increaseNonce. */
export type SigVariant = "valid" | "wrongSigner" | "otherChain" | "otherContract" | "tampered" | "garbage" | "replay" | "voided";

export interface StepInfo {
  label: string;
  sender: string;
  ok: boolean;
  events: EventM[];
  sigVariant?: SigVariant;
  time: number;
}

/** What the event stream alone says the state is. */
interface Record_ {
  zones: number;
  entities: number;
  projects: number;
  attestations: number;
  entitiesPerZone: Map<number, number>;
  projectsPerEntity: Map<number, number>;
  perHash: Map<string, number>;
  uids: Map<string, { hash: string; attester: string; projectId: number; kind: number }>;
  revoked: Set<string>;
  /** Each signer's current nonce: after SignatureUsed(n) it is n+1, after NonceIncreased(.., new) it is new. */
  nonces: Map<string, bigint>;
  usedSignatures: Set<string>;
  regulator: Map<string, number>;
  expert: Map<string, number>;
  zoneAdmin: Map<string, number>;
  signers: Map<number, Set<string>>;
  admin: string;
  /** Each official's term (expiry, seconds) from ZoneAdminAppointed, RegulatorFieldsSet, ExpertFieldsSet, OfficeRenewed. */
  term: Map<string, number>;
  guardian: string;
}

export type InvariantName =
  | "log-only-grows"
  | "revoked-is-final"
  | "attester-had-authority"
  | "closed-doors-accept-nothing"
  | "one-entity-per-account"
  | "signature-accepted-once-on-this-domain"
  | "counts-match-events"
  | "offices-appointed-by-entitled"
  | "revoker-holds-authority-now"
  | "no-stranded-project";

export const INVARIANTS: readonly InvariantName[] = [
  "log-only-grows",
  "revoked-is-final",
  "attester-had-authority",
  "closed-doors-accept-nothing",
  "one-entity-per-account",
  "signature-accepted-once-on-this-domain",
  "counts-match-events",
  "offices-appointed-by-entitled",
  "revoker-holds-authority-now",
  "no-stranded-project",
];

/** How often each invariant was checked (over every step of every run), for the report. */
export const checkedCount = new Map<InvariantName, number>();

export class Invariants {
  private r: Record_;

  constructor(admin: string) {
    this.r = {
      zones: 0,
      entities: 0,
      projects: 0,
      attestations: 0,
      entitiesPerZone: new Map(),
      projectsPerEntity: new Map(),
      perHash: new Map(),
      uids: new Map(),
      revoked: new Set(),
      nonces: new Map(),
      usedSignatures: new Set(),
      regulator: new Map(),
      expert: new Map(),
      zoneAdmin: new Map(),
      signers: new Map(),
      admin,
      term: new Map(),
      guardian: ZERO_ADDRESS,
    };
  }

  clone(): Invariants {
    const c = new Invariants(this.r.admin);
    c.r = structuredClone(this.r);
    return c;
  }

  seenUids(): string[] {
    return [...this.r.uids.keys()];
  }

  /** Returns "<name>: <why>" for the first broken invariant, or null. */
  check(pre: View, post: View, step: StepInfo): string | null {
    const checks: [InvariantName, () => string | null][] = [
      ["log-only-grows", () => this.logOnlyGrows(pre, post)],
      ["revoked-is-final", () => this.revokedIsFinal(pre, post)],
      ["attester-had-authority", () => this.attesterHadAuthority(pre, step)],
      ["closed-doors-accept-nothing", () => this.closedDoors(pre, step)],
      ["signature-accepted-once-on-this-domain", () => this.signatures(post, step)],
      ["offices-appointed-by-entitled", () => this.appointedByEntitled(pre, post, step)],
      ["revoker-holds-authority-now", () => this.revokerHoldsAuthorityNow(pre, step)],
      ["no-stranded-project", () => this.noStrandedProject(pre, post, step)],
    ];
    for (const [name, f] of checks) {
      const why = f();
      checkedCount.set(name, (checkedCount.get(name) ?? 0) + 1);
      if (why) return `${name}: ${why}`;
    }
    this.record(step);
    const after: [InvariantName, () => string | null][] = [
      ["one-entity-per-account", () => this.oneEntityPerAccount(post)],
      ["counts-match-events", () => this.countsMatchEvents(post)],
    ];
    for (const [name, f] of after) {
      const why = f();
      checkedCount.set(name, (checkedCount.get(name) ?? 0) + 1);
      if (why) return `${name}: ${why}`;
    }
    return null;
  }

  /** Folds a step's events into the record (also used for the seed). */
  record(step: Pick<StepInfo, "events">): void {
    const r = this.r;
    const inc = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
    for (const e of step.events) {
      const a = e.args;
      switch (e.name) {
        case "ZoneCreated":
          r.zones++;
          break;
        case "EntityRegistered":
          r.entities++;
          inc(r.entitiesPerZone, Number(a[1]));
          r.signers.set(Number(a[0]), new Set());
          break;
        case "ProjectProposed":
          r.projects++;
          inc(r.projectsPerEntity, Number(a[1]));
          break;
        case "Attested":
          r.attestations++;
          inc(r.perHash, a[4]);
          r.uids.set(a[0], { hash: a[4], attester: a[2], projectId: Number(a[1]), kind: Number(a[3]) });
          break;
        case "Revoked":
          r.revoked.add(a[0]);
          break;
        case "SignatureUsed":
          r.usedSignatures.add(`${a[0]}:${a[1]}`);
          r.nonces.set(a[0], BigInt(a[1]) + 1n);
          break;
        case "NonceIncreased":
          r.nonces.set(a[0], BigInt(a[2]));
          break;
        case "RegulatorFieldsSet":
          r.regulator.set(a[0], Number(a[1]));
          r.term.set(a[0], Number(a[2]));
          break;
        case "ExpertFieldsSet":
          r.expert.set(a[0], Number(a[1]));
          r.term.set(a[0], Number(a[2]));
          break;
        case "ZoneAdminAppointed":
          r.zoneAdmin.set(a[1], Number(a[0]));
          r.term.set(a[1], Number(a[2]));
          break;
        case "OfficeRenewed":
          r.term.set(a[0], Number(a[1]));
          break;
        case "GuardianSet":
          r.guardian = a[1];
          break;
        case "ZoneAdminRemoved":
          r.zoneAdmin.delete(a[1]);
          break;
        case "SignerAdded":
          r.signers.get(Number(a[0]))?.add(a[1]);
          break;
        case "SignerRemoved":
          r.signers.get(Number(a[0]))?.delete(a[1]);
          break;
        case "RoleGranted":
          if (a[0] === DEFAULT_ADMIN_ROLE) r.admin = a[1];
          break;
        case "RoleRevoked":
          if (a[0] === DEFAULT_ADMIN_ROLE && r.admin === a[1]) r.admin = ZERO_ADDRESS;
          break;
      }
    }
  }

  private logOnlyGrows(pre: View, post: View): string | null {
    if (post.totals[3] < pre.totals[3]) return `attestation total fell ${pre.totals[3]} -> ${post.totals[3]}`;
    for (const [uid, a] of Object.entries(pre.attestations)) {
      const b = post.attestations[uid];
      if (!b) return `attestation ${uid} disappeared`;
      if (a.contentHash !== b.contentHash || a.attester !== b.attester || a.projectId !== b.projectId || a.kind !== b.kind || a.time !== b.time) {
        return `attestation ${uid} was rewritten`;
      }
    }
    for (const [h, n] of Object.entries(pre.hashCount)) {
      if ((post.hashCount[h] ?? 0) < n) return `count of ${h} fell`;
    }
    return null;
  }

  private revokedIsFinal(pre: View, post: View): string | null {
    for (const [uid, a] of Object.entries(pre.attestations)) {
      if (a.revoked && !post.attestations[uid]?.revoked) return `${uid} became unrevoked`;
    }
    return null;
  }

  /** Each new attestation's attester held the issuing role, judged on the state before the step. */
  private attesterHadAuthority(pre: View, step: StepInfo): string | null {
    for (const e of step.events) {
      if (e.name !== "Attested") continue;
      const [uid, pid, attester, kindS] = e.args;
      const kind = Number(kindS);
      const p = pre.projects[Number(pid) - 1];
      if (!p) return `${uid} about unknown project ${pid}`;
      const acc = pre.accounts[attester];
      if (!acc) return `${uid} by ${attester}, an account outside the fuzzed pool`;
      const inTerm = step.time < acc.officeExpiryDay * DAY;
      const ok =
        kind <= Kind.Milestone
          ? acc.entityId === p.entityId
          : inTerm &&
            (kind === Kind.Review
              ? acc.zoneAdminOf === p.zoneId
              : kind === Kind.ExpertOpinion
                ? hasField(acc.expertFields, p.field)
                : kind <= Kind.Acceptance && hasField(acc.regulatorFields, p.field));
      if (!ok) return `${uid} (kind ${kind}) by ${attester} who had no authority over project ${pid}`;
    }
    return null;
  }

  private closedDoors(pre: View, step: StepInfo): string | null {
    const accepted = new Set<string>();
    for (const e of step.events) {
      if (e.name !== "Attested") continue;
      const [uid, pid, , kindS] = e.args;
      const kind = Number(kindS);
      if (pre.paused) return `${uid} accepted while paused`;
      const p = pre.projects[Number(pid) - 1];
      const open = p.status === ProjectStatus.Active || (p.status === ProjectStatus.Proposed && (kind === Kind.Review || kind === Kind.ExpertOpinion));
      if (!open || accepted.has(pid)) return `${uid} accepted about project ${pid} in status ${p.status}`;
      if (pre.zones[p.zoneId - 1].status !== ZoneStatus.Active) return `${uid} accepted in zone ${p.zoneId} not active`;
      if (pre.entities[p.entityId - 1].status !== EntityStatus.Active) return `${uid} accepted for entity ${p.entityId} not active`;
      if (kind === Kind.Acceptance) accepted.add(pid);
    }
    return null;
  }

  /**
   * Finding 1: every revocation was made with authority held at that moment (judged on the state
   * before the step): the programme admin; otherwise not paused, and a regulator of the project's
   * field, the administrator of its zone while the zone is not closed, or the attester still a
   * signer of the project's active entity (reports, milestones) or an expert of the field (opinions).
   */
  private revokerHoldsAuthorityNow(pre: View, step: StepInfo): string | null {
    for (const e of step.events) {
      if (e.name !== "Revoked") continue;
      const [uid, revoker] = e.args;
      if (revoker === pre.admin.defaultAdmin) continue;
      if (pre.paused) return `${uid} revoked by ${revoker} while paused`;
      const r = this.r.uids.get(uid);
      if (!r) return `${uid} revoked but never attested`;
      const p = pre.projects[r.projectId - 1];
      const acc = pre.accounts[revoker];
      if (!acc) return `${uid} revoked by ${revoker}, an account outside the fuzzed pool`;
      // an official's authority lasts until its term ends (issue 10)
      const inTerm = step.time < acc.officeExpiryDay * DAY;
      const office =
        inTerm && (hasField(acc.regulatorFields, p.field) || (acc.zoneAdminOf === p.zoneId && pre.zones[p.zoneId - 1].status !== ZoneStatus.Closed));
      const own =
        revoker === r.attester &&
        (r.kind <= Kind.Milestone
          ? acc.entityId === p.entityId && pre.entities[p.entityId - 1].status === EntityStatus.Active
          : inTerm && r.kind === Kind.ExpertOpinion && hasField(acc.expertFields, p.field));
      if (!office && !own) return `${uid} (kind ${r.kind}) revoked by ${revoker}, who no longer had authority over project ${p.id}`;
    }
    return null;
  }

  /**
   * Finding 2, "no stranded project": a project enters Active (approved, resumed, or reopened by a
   * revoked acceptance) only where it can still be accepted, its zone not closed and its entity not
   * revoked (so a revoked acceptance in a closed zone or of a revoked entity ends Terminated
   * instead of Active); and no final status (Rejected, Terminated) is ever left. With the lifecycle
   * table (the programme office may reject or terminate any open project, with no active zone or
   * entity needed: test/registry/security-round-2.test.ts), no sequence leaves a project Active
   * with no way to an end.
   */
  private noStrandedProject(pre: View, post: View, step: StepInfo): string | null {
    for (const e of step.events) {
      if (e.name !== "ProjectStatusChanged" || Number(e.args[1]) !== ProjectStatus.Active) continue;
      const p = post.projects[Number(e.args[0]) - 1];
      if (post.zones[p.zoneId - 1].status === ZoneStatus.Closed) return `project ${p.id} became Active in closed zone ${p.zoneId}`;
      if (post.entities[p.entityId - 1].status === EntityStatus.Revoked) return `project ${p.id} became Active for revoked entity ${p.entityId}`;
    }
    for (const p of post.projects) {
      const before = pre.projects[p.id - 1];
      if (before && before.status !== p.status) {
        const finals = [ProjectStatus.Rejected, ProjectStatus.Terminated];
        if (finals.includes(before.status)) return `project ${p.id} left the final status ${before.status}`;
      }
    }
    return null;
  }

  private oneEntityPerAccount(post: View): string | null {
    const owner = new Map<string, number>();
    for (const e of post.entities) {
      for (const s of e.signers) {
        const other = owner.get(s);
        if (other !== undefined) return `${s} signs for entities ${other} and ${e.id}`;
        owner.set(s, e.id);
      }
    }
    for (const [a, acc] of Object.entries(post.accounts)) {
      const listed = owner.get(a) ?? 0;
      if (acc.entityId !== listed) return `${a} records entity ${acc.entityId} but is listed by ${listed}`;
      if (acc.entityId !== 0 && (acc.zoneAdminOf !== 0 || acc.regulatorFields !== 0 || acc.expertFields !== 0)) {
        return `${a} signs for entity ${acc.entityId} and holds an office`;
      }
      if (acc.entityId !== 0 && a === post.admin.defaultAdmin) return `${a} signs for entity ${acc.entityId} and is the programme admin`;
    }
    return null;
  }

  /**
   * A signature is accepted only at its signer's current nonce (so once, and never after a
   * NonceIncreased voided it); only the signer raises its own nonce, and only upwards.
   */
  private signatures(post: View, step: StepInfo): string | null {
    const nonces = new Map(this.r.nonces);
    const used = new Set(this.r.usedSignatures);
    for (const e of step.events) {
      if (e.name === "SignatureUsed") {
        const [signer, nonce] = e.args;
        if (used.has(`${signer}:${nonce}`)) return `signature ${signer}:${nonce} accepted twice`;
        const current = nonces.get(signer) ?? 0n;
        if (BigInt(nonce) !== current) return `nonce ${nonce} of ${signer} accepted while its nonce was ${current}`;
        if (step.sigVariant !== "valid") return `a ${step.sigVariant} signature was accepted`;
        used.add(`${signer}:${nonce}`);
        nonces.set(signer, current + 1n);
      } else if (e.name === "NonceIncreased") {
        const [signer, oldS, newS] = e.args;
        const current = nonces.get(signer) ?? 0n;
        // someone else moves a nonce only by one, and only when the account's role ends (tenure)
        const roleEnded = step.events.some(
          (x) =>
            ((x.name === "SignerRemoved" || x.name === "ZoneAdminRemoved") && x.args[1] === signer) ||
            ((x.name === "RegulatorFieldsSet" || x.name === "ExpertFieldsSet") && x.args[0] === signer),
        );
        if (signer !== step.sender && !(roleEnded && BigInt(newS) === current + 1n)) return `nonce of ${signer} raised by ${step.sender}`;
        if (BigInt(oldS) !== current) return `NonceIncreased from ${oldS} but the nonce of ${signer} was ${current}`;
        if (BigInt(newS) <= current) return `nonce of ${signer} "increased" from ${current} to ${newS}`;
        nonces.set(signer, BigInt(newS));
      }
    }
    for (const [a, acc] of Object.entries(post.accounts)) {
      const want = nonces.get(a) ?? 0n;
      if (acc.nonce !== want) return `nonce of ${a} is ${acc.nonce} but its SignatureUsed/NonceIncreased events say ${want}`;
    }
    return null;
  }

  private countsMatchEvents(post: View): string | null {
    const r = this.r;
    const want = [r.zones, r.entities, r.projects, r.attestations];
    if (post.totals.join() !== want.join()) return `totals ${post.totals} but events say ${want}`;
    for (const z of post.zones) {
      if (z.entityCount !== (r.entitiesPerZone.get(z.id) ?? 0)) return `zone ${z.id} entityCount ${z.entityCount}`;
    }
    for (const e of post.entities) {
      if (e.projectCount !== (r.projectsPerEntity.get(e.id) ?? 0)) return `entity ${e.id} projectCount ${e.projectCount}`;
      const set = r.signers.get(e.id) ?? new Set<string>();
      if (set.size !== e.signers.length || e.signers.some((s) => !set.has(s))) return `entity ${e.id} signers differ from events`;
    }
    for (const [h, n] of Object.entries(post.hashCount)) {
      if (n !== (r.perHash.get(h) ?? 0)) return `count of ${h} is ${n}, events say ${r.perHash.get(h) ?? 0}`;
    }
    for (const [uid, a] of Object.entries(post.attestations)) {
      const ev = r.uids.get(uid);
      if (!ev) return `attestation ${uid} has no Attested event`;
      if (ev.hash !== a.contentHash || ev.attester !== a.attester || ev.projectId !== a.projectId || ev.kind !== a.kind) {
        return `attestation ${uid} differs from its event`;
      }
      if (a.revoked !== r.revoked.has(uid)) return `revoked flag of ${uid} differs from events`;
    }
    for (const [a, acc] of Object.entries(post.accounts)) {
      if (acc.regulatorFields !== (r.regulator.get(a) ?? 0)) return `regulator fields of ${a} differ from events`;
      if (acc.expertFields !== (r.expert.get(a) ?? 0)) return `expert fields of ${a} differ from events`;
      if (acc.zoneAdminOf !== (r.zoneAdmin.get(a) ?? 0)) return `zone of ${a} differs from events`;
      if (acc.officeExpiryDay * DAY !== (r.term.get(a) ?? 0)) return `office term of ${a} differs from events`;
      if (acc.nonce !== (r.nonces.get(a) ?? 0n)) return `nonce of ${a} is ${acc.nonce}, events say ${r.nonces.get(a) ?? 0n}`;
    }
    if (post.admin.defaultAdmin !== r.admin) return `admin ${post.admin.defaultAdmin}, events say ${r.admin}`;
    if (post.guardian !== r.guardian) return `guardian ${post.guardian}, events say ${r.guardian}`;
    return null;
  }

  private appointedByEntitled(pre: View, post: View, step: StepInfo): string | null {
    const admin = pre.admin.defaultAdmin;
    for (const e of step.events) {
      const a = e.args;
      switch (e.name) {
        case "RegulatorFieldsSet":
        case "ExpertFieldsSet":
        case "ZoneAdminAppointed":
        case "ZoneAdminRemoved":
        case "OfficeRenewed":
        case "GuardianSet":
        case "ZoneCreated":
        case "ZoneStatusChanged":
        case "Unpaused":
          if (step.sender !== admin) return `${e.name} by ${step.sender}, not the programme admin`;
          break;
        case "Paused":
          // the guardian's only power
          if (step.sender !== admin && step.sender !== pre.guardian) return `Paused by ${step.sender}, neither the programme admin nor the guardian`;
          break;
        case "SignerAdded":
        case "SignerRemoved":
        case "EntityStatusChanged":
        case "EntityRegistered": {
          const entityId = Number(a[0]);
          const zoneId = post.entities[entityId - 1]?.zoneId;
          const acc = pre.accounts[step.sender];
          const zoneAdmin =
            acc?.zoneAdminOf === zoneId && step.time < acc.officeExpiryDay * DAY && !pre.paused && pre.zones[zoneId - 1]?.status !== ZoneStatus.Closed;
          if (step.sender !== admin && !zoneAdmin) return `${e.name} for entity ${entityId} by ${step.sender}`;
          break;
        }
        case "RoleGranted":
          if (a[0] === DEFAULT_ADMIN_ROLE) {
            const due = pre.admin.pendingSchedule !== 0 && pre.admin.pendingSchedule < step.time;
            if (a[1] !== pre.admin.pendingAdmin || step.sender !== a[1] || !due) return `admin role granted to ${a[1]} outside the two-step transfer`;
          } else if (step.sender !== admin) return `role ${a[0]} granted by ${step.sender}`;
          break;
      }
    }
    return null;
  }
}
