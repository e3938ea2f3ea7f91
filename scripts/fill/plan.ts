/**
 * The fill plan: which attestations to add to a seeded sample programme, by
 * whom, in which order. Pure and deterministic (seeded RNG, scripts/sample/rng.ts):
 * the same world and options give the same plan on every machine.
 *
 * The plan is a stream of rounds, generated lazily (250,000 attestations never
 * sit in memory at once). A round is executed in two phases, each mined before
 * the next: (1) attestations, `attestBatch` per attester; (2) revocations of some
 * of them and acceptances (which end a project, so they come after its other
 * attestations of the round). A reference points at an attestation of the same
 * project from an EARLIER round (or the sample), so it is on chain when used.
 *
 * Realism: every kind, each issued by whom the contracts allow (entity signers
 * for progress reports and milestones, the zone's administrator for reviews,
 * experts of the field for expert opinions, regulators for evaluations and
 * acceptances); only open projects (Active; Proposed for reviews and expert
 * opinions); project activity that varies a lot; about 5% revoked, with reasons,
 * by the attester or an office; about 25% referencing an earlier attestation;
 * a few acceptances; shared documents attested many times (one of them at
 * least 300 times) and one busy project (at least 1,000 attestations).
 *
 * Rounds end exactly at every `stops` count, so an executor can stop there,
 * measure, and carry on with the same plan.
 */
import { Kind, KINDS } from "@pilot/sdk/domain";
import type { Hex } from "@pilot/sdk/eip712";
import { sha256Sync } from "@pilot/sdk/hashing";
import { Rng } from "../sample/rng.js";
import { BUSY_DOCUMENT, CIRCULARS, FILL_REVOKE_REASONS, documentText, documentUri } from "./texts.js";
import { isOpenFor, type FillWorld, type WorldProject } from "./world.js";

export const DEFAULT_FILL_SEED = 20240601;

export interface FillOptions {
  /** Attestations the fill adds to the sample's. */
  count: number;
  /** Fill counts (0 < stop < count) at which a round ends exactly: the executor may stop and resume there. */
  stops?: readonly number[];
  seed?: number;
  /** Attestations per round (phase 1 + acceptances); default 2,000. */
  roundSize?: number;
  /** Most requests in one `attestBatch` (its gas must stay under the 16,777,216 per-transaction cap); default 100. */
  maxBatch?: number;
}

/** A reference: an attestation of the sample (uid known) or an earlier one of the fill (its position). */
export type PlannedRef = { uid: Hex } | { seq: number } | null;

export interface PlannedAttestation {
  /** 0-based position in the fill. */
  seq: number;
  projectId: number;
  kind: Kind;
  /** SHA-256 of `document`. */
  contentHash: Hex;
  document: string;
  uri: string;
  ref: PlannedRef;
}

export interface PlannedBatch {
  /** Account label (the sample's `accounts[].label`). */
  attester: string;
  items: PlannedAttestation[];
}

export interface PlannedRevocation {
  seq: number;
  /** Account label: the attester, the project's zone administrator or a regulator of its field. */
  by: string;
  reason: string;
}

export interface FillRound {
  index: number;
  /** Phase 1. */
  batches: PlannedBatch[];
  /** Phase 2: revocations of this round's phase-1 attestations... */
  revocations: PlannedRevocation[];
  /** ...and acceptances (each a batch of one by a regulator). */
  acceptances: PlannedBatch[];
  /** Attestations of this round (phase 1 and acceptances). */
  attestations: number;
  /** Fill attestations recorded once this round is mined (cumulative). */
  filled: number;
}

export interface FillLandmarks {
  /** The busy project: open throughout, never accepted; `fillQuota` of the fill's attestations are about it. */
  busyProject: { id: number; title: string; entityId: number; zoneId: number; sampleAttestations: number; fillQuota: number };
  /** The document attested most often (as a milestone, by entities' signers, about many projects). */
  busyDocument: { document: string; contentHash: Hex; fillQuota: number };
  /** How many acceptances the whole fill records. */
  acceptances: number;
}

const REF_RATE = 0.25;
const REVOKE_RATE = 0.05;
const CIRCULAR_RATE = 0.012;
const RECENT = 8;
/** Weights of the kinds on an active project: progress report, milestone, review, expert opinion, evaluation. */
const ACTIVE_KINDS = [Kind.ProgressReport, Kind.Milestone, Kind.Review, Kind.ExpertOpinion, Kind.Evaluation] as const;
const ACTIVE_WEIGHTS = [46, 20, 12, 9, 13];
/** The kinds a Proposed project takes (the sdk's KINDS table: `whileProposed`). */
const PROPOSED_KINDS: readonly Kind[] = KINDS.filter((k) => k.whileProposed).map((k) => k.kind);
const ALL_KINDS = [...ACTIVE_KINDS, Kind.Acceptance] as const;

/**
 * True when item `i` (0-based) of `total` is one of `quota` evenly spread hits, each in the middle
 * of its share (so two quotas never both fall on the last item).
 */
export function quotaHit(i: number, total: number, quota: number): boolean {
  if (quota <= 0 || total <= 0) return false;
  return Math.floor(((i + 1) * quota) / total + 0.5) > Math.floor((i * quota) / total + 0.5);
}

/** Hits of {@link quotaHit} among items 0..n-1. */
export const quotaHitsBefore = (n: number, total: number, quota: number): number => (total <= 0 ? 0 : Math.floor((n * quota) / total + 0.5));

const canAttestFully = (p: WorldProject) =>
  p.status === "Active" && ACTIVE_KINDS.every((k) => p.issuers[k].length > 0) && p.issuers[Kind.Acceptance].length > 0;

/** The busy project and document, and the quotas: depend on the world, the seed and the fill count only. */
export function fillLandmarks(world: FillWorld, options: FillOptions): FillLandmarks {
  const count = options.count;
  const rng = new Rng((options.seed ?? DEFAULT_FILL_SEED) ^ 0x5eed);
  const candidates = world.projects.filter(canAttestFully);
  if (candidates.length < 2) throw new Error("the fill needs at least two active projects in active zones, of active entities, with every issuer");
  // the busiest candidate of the sample, so its page starts from a real history
  const most = Math.max(...candidates.map((p) => p.sampleUids.length));
  const p = rng.pick(candidates.filter((c) => c.sampleUids.length === most));
  return {
    busyProject: {
      id: p.id,
      title: p.title,
      entityId: p.entityId,
      zoneId: p.zoneId,
      sampleAttestations: p.sampleUids.length,
      fillQuota: Math.min(Math.floor(count / 3), Math.max(1_000, Math.ceil(count * 0.012))),
    },
    busyDocument: {
      document: BUSY_DOCUMENT,
      contentHash: sha256Sync(BUSY_DOCUMENT),
      fillQuota: Math.min(Math.floor(count / 10), Math.max(320, Math.ceil(count * 0.0016))),
    },
    acceptances: count < 2_000 ? 0 : Math.min(12, Math.max(1, Math.floor(count / 20_000))),
  };
}

interface ProjectState {
  p: WorldProject;
  status: WorldProject["status"];
  weight: number;
  /** References usable now: the sample's and earlier rounds' attestations, newest last. */
  recent: Exclude<PlannedRef, null>[];
  /** Added this round: usable from the next. */
  pending: Exclude<PlannedRef, null>[];
  lastEvaluation: Exclude<PlannedRef, null> | null;
  pendingEvaluation: Exclude<PlannedRef, null> | null;
}

export function* planFill(world: FillWorld, options: FillOptions): Generator<FillRound, void, undefined> {
  const count = options.count;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`fill count must be a whole number >= 0, got ${count}`);
  const roundSize = options.roundSize ?? 2_000;
  const maxBatch = options.maxBatch ?? 100;
  const stops = [...new Set([...(options.stops ?? []).filter((s) => s > 0 && s < count), count])].sort((a, b) => a - b);
  const landmarks = fillLandmarks(world, options);
  const rng = new Rng(options.seed ?? DEFAULT_FILL_SEED);

  const states = new Map<number, ProjectState>();
  for (const p of world.projects) {
    // open for some kind that someone may issue (nobody may, in a suspended zone or of a suspended entity)
    if (!ALL_KINDS.some((k) => isOpenFor(p, k) && p.issuers[k].length > 0)) continue;
    const recent = p.sampleUids.slice(-RECENT).map((uid) => ({ uid }));
    // activity varies a lot between projects; proposed ones only get reviews and opinions, rarely
    const weight = p.status === "Active" ? 0.2 + 3 * rng.next() ** 2 : 0.15;
    states.set(p.id, { p, status: p.status, weight, recent, pending: [], lastEvaluation: null, pendingEvaluation: null });
  }
  const busy = states.get(landmarks.busyProject.id) as ProjectState;
  const open = () => [...states.values()].filter((s) => s.status === "Active" || s.status === "Proposed");
  let openList = open();
  const activeWithSigners = () => openList.filter((s) => s.status === "Active" && s.p.issuers[Kind.Milestone].length > 0);
  let signerProjects = activeWithSigners();

  const pickSigner = (s: ProjectState) => {
    const signers = s.p.issuers[Kind.Milestone];
    return signers.length > 1 && rng.chance(0.3) ? (signers[1] as string) : (signers[0] as string);
  };
  const pickIssuer = (s: ProjectState, kind: Kind) => (kind === Kind.ProgressReport || kind === Kind.Milestone ? pickSigner(s) : rng.pick(s.p.issuers[kind]));
  const pickKind = (s: ProjectState): Kind => {
    if (s.status === "Proposed") return rng.pick(PROPOSED_KINDS.filter((k) => s.p.issuers[k].length > 0));
    const kinds = ACTIVE_KINDS.filter((k) => s.p.issuers[k].length > 0);
    return rng.weighted(
      kinds,
      kinds.map((k) => ACTIVE_WEIGHTS[ACTIVE_KINDS.indexOf(k)] as number),
    );
  };
  const pickRef = (s: ProjectState): PlannedRef => (s.recent.length > 0 && rng.chance(REF_RATE) ? rng.pick(s.recent) : null);
  const pickUri = (seq: number, s: ProjectState) => {
    const r = rng.next();
    return r < 0.3 ? documentUri(seq, s.p, 0) : r < 0.36 ? documentUri(seq, s.p, 1) : "";
  };

  let seq = 0;
  let documentsOwed = 0;
  let busyOwed = 0;
  for (let index = 0; seq < count; index++) {
    const stop = stops.find((s) => s > seq) as number;
    const end = Math.min(stop, seq + roundSize);
    const phase1: PlannedAttestation[] = [];
    const attesterOf = new Map<number, string>();
    const acceptances: PlannedBatch[] = [];
    const touched = new Set<ProjectState>();

    for (; seq < end; seq++) {
      let s: ProjectState;
      let kind: Kind;
      let document: string;
      let ref: PlannedRef;
      let attester: string;
      // quota hits that land on an acceptance, or on each other, are owed and paid by the next items
      if (quotaHit(seq, count, landmarks.busyDocument.fillQuota)) documentsOwed++;
      if (quotaHit(seq, count, landmarks.busyProject.fillQuota)) busyOwed++;
      if (quotaHit(seq, count, landmarks.acceptances)) {
        // an acceptance ends a project: one with a history, never the busy one
        const candidates = openList.filter((x) => x !== busy && x.status === "Active" && x.p.issuers[Kind.Acceptance].length > 0 && x.recent.length >= 3);
        if (candidates.length > 0) {
          s = rng.pick(candidates);
          const item: PlannedAttestation = {
            seq,
            projectId: s.p.id,
            kind: Kind.Acceptance,
            document: documentText(seq, Kind.Acceptance, s.p),
            contentHash: "0x",
            uri: "",
            ref: s.lastEvaluation ?? s.recent[s.recent.length - 1] ?? null,
          };
          item.contentHash = sha256Sync(item.document);
          acceptances.push({ attester: rng.pick(s.p.issuers[Kind.Acceptance]), items: [item] });
          s.status = "Accepted";
          openList = open();
          signerProjects = activeWithSigners();
          continue;
        }
      }
      if (documentsOwed > 0) {
        documentsOwed--;
        s = rng.pick(signerProjects);
        kind = Kind.Milestone;
        document = landmarks.busyDocument.document;
        ref = null;
        attester = pickSigner(s);
      } else {
        s =
          busyOwed > 0
            ? busy
            : rng.weighted(
                openList,
                openList.map((x) => (x === busy ? 0 : x.weight)),
              );
        if (s === busy) busyOwed--;
        const circular = s.status === "Active" && s.p.issuers[Kind.Milestone].length > 0 && rng.chance(CIRCULAR_RATE);
        kind = circular ? (rng.chance(0.5) ? Kind.ProgressReport : Kind.Milestone) : pickKind(s);
        document = circular ? rng.pick(CIRCULARS) : documentText(seq, kind, s.p);
        ref = pickRef(s);
        attester = pickIssuer(s, kind);
      }
      const item: PlannedAttestation = { seq, projectId: s.p.id, kind, contentHash: sha256Sync(document), document, uri: pickUri(seq, s), ref };
      phase1.push(item);
      attesterOf.set(seq, attester);
      s.pending.push({ seq });
      if (kind === Kind.Evaluation) s.pendingEvaluation = { seq };
      touched.add(s);
    }

    // phase 1 in batches: each attester's requests in the order they were planned
    const byAttester = new Map<string, PlannedAttestation[]>();
    for (const item of phase1) {
      const who = attesterOf.get(item.seq) as string;
      const list = byAttester.get(who) ?? [];
      list.push(item);
      byAttester.set(who, list);
    }
    const batches: PlannedBatch[] = [];
    for (const [attester, items] of byAttester) {
      for (let i = 0; i < items.length; i += maxBatch) batches.push({ attester, items: items.slice(i, i + maxBatch) });
    }

    // phase 2: about 5% withdrawn, mostly by their attester
    const revocations: PlannedRevocation[] = [];
    for (const item of phase1) {
      if (!rng.chance(REVOKE_RATE)) continue;
      const attester = attesterOf.get(item.seq) as string;
      const p = states.get(item.projectId)?.p as WorldProject;
      const by = rng.chance(0.7) || p.revokers.length === 0 ? attester : rng.pick(p.revokers);
      revocations.push({ seq: item.seq, by, reason: rng.pick(FILL_REVOKE_REASONS) });
    }

    // what this round recorded becomes referable from the next one
    for (const s of touched) {
      s.recent = [...s.recent, ...s.pending].slice(-RECENT);
      s.pending = [];
      if (s.pendingEvaluation) s.lastEvaluation = s.pendingEvaluation;
      s.pendingEvaluation = null;
    }
    const attestations = phase1.length + acceptances.length;
    yield { index, batches, revocations, acceptances, attestations, filled: seq };
  }
}
