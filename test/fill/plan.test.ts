/**
 * The fill plan's pure parts (scripts/fill/plan.ts) against the real sample,
 * without a node: the plan only asks the chain for what the contracts allow,
 * is deterministic, stops where asked, and has the shape the bench relies on.
 */
import { expect } from "chai";
import { Kind } from "@pilot/sdk/domain";
import { sha256Sync } from "@pilot/sdk/hashing";
import { batchGas } from "../../scripts/fill/executor.js";
import { fillLandmarks, planFill, quotaHit, quotaHitsBefore, type FillRound, type PlannedAttestation } from "../../scripts/fill/plan.js";
import { fillWorld, isOpenFor, type FillWorld } from "../../scripts/fill/world.js";
import type { Sample, SampleAccount } from "../../scripts/sample/schema.js";
import { loadSample } from "../../scripts/sample/validate.js";

const TX_GAS_CAP = 16_777_216n;

describe("fill plan", () => {
  let sample: Sample;
  let world: FillWorld;
  let rounds: FillRound[];
  const count = 12_000;
  const stops = [1_000, 5_000];

  before(async () => {
    sample = await loadSample();
    world = fillWorld(sample);
    rounds = [...planFill(world, { count, stops, roundSize: 1_500, maxBatch: 60 })];
  });

  const phase1 = () => rounds.flatMap((r) => r.batches.flatMap((b) => b.items.map((item) => ({ item, attester: b.attester, round: r.index }))));
  const acceptances = () => rounds.flatMap((r) => r.acceptances.flatMap((b) => b.items.map((item) => ({ item, attester: b.attester, round: r.index }))));

  it("quota hits are spread evenly and add up exactly", () => {
    let hits = 0;
    for (let i = 0; i < 1_000; i++) if (quotaHit(i, 1_000, 37)) hits++;
    expect(hits).to.equal(37);
    expect(quotaHitsBefore(500, 1_000, 37)).to.equal(19);
    expect(quotaHit(0, 1_000, 0)).to.equal(false);
    // one hit in 1,000 falls in the middle, not on the last item (where another quota's last hit may be)
    expect([...Array(1_000).keys()].filter((i) => quotaHit(i, 1_000, 1))).to.deep.equal([499]);
  });

  it("records exactly `count` attestations, in rounds that end at every stop", () => {
    const all = [...phase1(), ...acceptances()];
    expect(all.length).to.equal(count);
    expect(new Set(all.map((x) => x.item.seq)).size).to.equal(count);
    const ends = rounds.map((r) => r.filled);
    for (const s of [...stops, count]) expect(ends).to.include(s);
    rounds.forEach((r, i) => expect(r.filled - (i > 0 ? (rounds[i - 1] as FillRound).filled : 0)).to.equal(r.attestations));
    expect(Math.max(...rounds.map((r) => r.attestations))).to.be.at.most(1_500);
  });

  it("is deterministic, and a seed changes it", () => {
    const again = [...planFill(world, { count, stops, roundSize: 1_500, maxBatch: 60 })];
    expect(JSON.stringify(again)).to.equal(JSON.stringify(rounds));
    const other = planFill(world, { count, stops, roundSize: 1_500, maxBatch: 60, seed: 7 }).next().value as FillRound;
    expect(JSON.stringify(other.batches)).to.not.equal(JSON.stringify(rounds[0]?.batches));
  });

  it("asks only for what the contracts allow: issuer, open project, reference in the same project from an earlier round", () => {
    const project = new Map(world.projects.map((p) => [p.id, p]));
    const roundOfSeq = new Map<number, number>();
    const projectOfSeq = new Map<number, number>();
    const acceptedIn = new Map<number, number>();
    for (const { item, round } of acceptances()) acceptedIn.set(item.projectId, round);
    // the roles straight from the sample file, not from the world the plan was made from
    const account = new Map(sample.accounts.map((a) => [a.label, a]));
    const sampleProject = (id: number) => sample.projects[id - 1] as Sample["projects"][number];
    const entityOf = (id: number) => sample.entities.find((e) => e.key === sampleProject(id).entity) as Sample["entities"][number];
    const mayIssue = (a: SampleAccount, kind: Kind, projectId: number): boolean => {
      const field = sampleProject(projectId).field;
      const entity = entityOf(projectId);
      if (kind === Kind.ProgressReport || kind === Kind.Milestone) return a.role === "signer" && a.entity === entity.key;
      if (kind === Kind.Review) return a.role === "zoneAdmin" && a.zone === entity.zone;
      if (kind === Kind.ExpertOpinion) return a.role === "expert" && a.fields.includes(field);
      return a.role === "regulator" && a.fields.includes(field);
    };
    const live = (projectId: number) => {
      const entity = entityOf(projectId);
      return entity.status === "Active" && sample.zones.find((z) => z.key === entity.zone)?.status === "Active";
    };
    const check = ({ item, attester, round }: { item: PlannedAttestation; attester: string; round: number }, accepting: boolean) => {
      const p = project.get(item.projectId);
      if (!p) throw new Error(`unknown project ${item.projectId}`);
      const a = account.get(attester);
      if (!a || !mayIssue(a, item.kind, item.projectId))
        throw new Error(`attestation ${item.seq}: "${attester}" may not issue kind ${item.kind} on project ${item.projectId}`);
      if (!live(item.projectId)) throw new Error(`attestation ${item.seq}: project ${item.projectId}'s zone or entity is not active`);
      expect(isOpenFor(p, item.kind), `attestation ${item.seq} on a ${p.status} project`).to.equal(true);
      const accepted = acceptedIn.get(p.id);
      if (accepted !== undefined) expect(round, `attestation ${item.seq} after project ${p.id}'s acceptance`).to.be.at.most(accepted);
      expect(item.kind === Kind.Acceptance).to.equal(accepting);
      expect(item.contentHash).to.equal(sha256Sync(item.document));
      if (item.ref && "seq" in item.ref) {
        expect(roundOfSeq.get(item.ref.seq), `attestation ${item.seq}'s reference`).to.be.below(round);
        expect(projectOfSeq.get(item.ref.seq)).to.equal(item.projectId);
      }
      if (item.ref && "uid" in item.ref) expect(p.sampleUids).to.include(item.ref.uid);
    };
    for (const r of rounds) {
      for (const b of r.batches) for (const item of b.items) check({ item, attester: b.attester, round: r.index }, false);
      for (const b of r.acceptances) {
        expect(b.items).to.have.length(1);
        check({ item: b.items[0] as PlannedAttestation, attester: b.attester, round: r.index }, true);
      }
      for (const b of [...r.batches, ...r.acceptances]) {
        for (const item of b.items) {
          roundOfSeq.set(item.seq, r.index);
          projectOfSeq.set(item.seq, item.projectId);
        }
      }
    }
  });

  it("revokes about 5%, each by its attester, the zone's administrator or a regulator of the field, never an acceptance", () => {
    const attesterOf = new Map(phase1().map((x) => [x.item.seq, x]));
    const revocations = rounds.flatMap((r) => r.revocations.map((v) => ({ ...v, round: r.index })));
    expect(revocations.length / count).to.be.within(0.04, 0.06);
    expect(new Set(revocations.map((v) => v.seq)).size).to.equal(revocations.length);
    let byOffice = 0;
    for (const v of revocations) {
      const a = attesterOf.get(v.seq);
      if (!a) throw new Error(`revocation of ${v.seq}, not a phase-1 attestation`);
      expect(v.round).to.equal(a.round);
      expect(v.reason).to.not.equal("");
      if (v.by !== a.attester) {
        byOffice++;
        const by = sample.accounts.find((x) => x.label === v.by);
        const p = sample.projects[a.item.projectId - 1] as Sample["projects"][number];
        const zone = sample.entities.find((e) => e.key === p.entity)?.zone;
        const office = (by?.role === "zoneAdmin" && by.zone === zone) || (by?.role === "regulator" && by.fields.includes(p.field));
        expect(office, `revocation of ${v.seq} by "${v.by}"`).to.equal(true);
      }
    }
    expect(byOffice).to.be.above(0);
  });

  it("has every kind, references, a busy project (>= 1,000) and a document attested >= 300 times", () => {
    const all = [...phase1(), ...acceptances()].map((x) => x.item);
    for (const kind of [Kind.ProgressReport, Kind.Milestone, Kind.Review, Kind.ExpertOpinion, Kind.Evaluation, Kind.Acceptance]) {
      expect(
        all.some((a) => a.kind === kind),
        `kind ${kind}`,
      ).to.equal(true);
    }
    expect(all.filter((a) => a.ref !== null).length / count).to.be.within(0.15, 0.3);
    const perProject = new Map<number, number>();
    for (const a of all) perProject.set(a.projectId, (perProject.get(a.projectId) ?? 0) + 1);
    expect(Math.max(...perProject.values())).to.be.at.least(1_000);
    const perHash = new Map<string, number>();
    for (const a of all) perHash.set(a.contentHash, (perHash.get(a.contentHash) ?? 0) + 1);
    expect(Math.max(...perHash.values())).to.be.at.least(300);
    // the landmarks the bench relies on hold exactly
    const marks = fillLandmarks(world, { count });
    expect(perHash.get(marks.busyDocument.contentHash)).to.equal(marks.busyDocument.fillQuota);
    expect(perProject.get(marks.busyProject.id)).to.be.at.least(marks.busyProject.fillQuota);
    expect([...perHash.values()].filter((n) => n > 1).length).to.be.at.least(5);
  });

  it("keeps every batch under the per-transaction gas cap", () => {
    const maxUri = Math.max(...phase1().map((x) => x.item.uri.length));
    expect(batchGas(100, 100 * maxUri)).to.be.below(TX_GAS_CAP);
    for (const r of rounds) for (const b of r.batches) expect(b.items.length).to.be.at.most(60);
  });

  it("names as officials exactly the offices it issues or revokes through, so their terms can be kept (the lapsed office's zone left out)", () => {
    const officialKinds = [Kind.Review, Kind.ExpertOpinion, Kind.Evaluation, Kind.Acceptance];
    const used = new Set<string>();
    for (const r of rounds) {
      for (const b of [...r.batches, ...r.acceptances]) if (b.items.some((i) => officialKinds.includes(i.kind))) used.add(b.attester);
      for (const v of r.revocations) used.add(v.by);
    }
    const officials = new Set(world.officials);
    const role = new Map(sample.accounts.map((a) => [a.label, a.role]));
    for (const label of used) if (role.get(label) !== "signer") expect(officials, label).to.include(label);
    for (const label of world.officials) expect(["zoneAdmin", "expert", "regulator"]).to.include(role.get(label));
    // the administrator of a suspended zone is nobody the fill acts through (its renewal was defeated: the office lapses)
    const suspended = new Set(sample.zones.filter((z) => z.status !== "Active").map((z) => z.key));
    const idle = sample.accounts.filter((a) => a.role === "zoneAdmin" && suspended.has(a.zone)).map((a) => a.label);
    expect(idle).to.not.have.lengthOf(0);
    for (const label of idle) expect(officials).to.not.include(label);
  });
});
