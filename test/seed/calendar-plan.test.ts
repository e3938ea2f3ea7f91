import { expect } from "chai";
import type { Sample } from "../../scripts/sample/schema.js";
import { loadSample } from "../../scripts/sample/validate.js";
import { planCalendar, type CalendarPlan, type StepKind } from "../../scripts/seed/calendar-plan.js";
import { isWorkingDay, PROGRAMME_CALENDAR, secondsOf } from "../../scripts/seed/programme-calendar.js";

const month = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 7);
const DAY = 86_400;

/** When every act happens, by `${kind}/${index}`, with its position in execution order. */
function timesOf(plan: CalendarPlan): Map<string, { time: number; order: number }> {
  const out = new Map<string, { time: number; order: number }>();
  let order = 0;
  for (const block of plan.blocks) for (const s of block.steps) out.set(`${s.kind}/${s.index}`, { time: block.time, order: order++ });
  return out;
}

describe("the sample's calendar (scripts/seed/calendar-plan.ts)", () => {
  let sample: Sample;
  let plan: CalendarPlan;
  let at: Map<string, { time: number; order: number }>;
  before(async () => {
    sample = await loadSample();
    plan = planCalendar(sample);
    at = timesOf(plan);
  });
  const timeOf = (kind: StepKind, index: number) => {
    const t = at.get(`${kind}/${index}`);
    if (!t) throw new Error(`${kind}/${index} is not planned`);
    return t;
  };
  const orderOf = (kind: StepKind, index: number) => timeOf(kind, index).order;

  it("is deterministic: the same sample gives the same plan; another seed, other days", () => {
    expect(planCalendar(sample)).to.deep.equal(plan);
    expect(planCalendar(sample, sample.seed + 1).blocks.map((b) => b.time)).to.not.deep.equal(plan.blocks.map((b) => b.time));
  });

  it("plans every act of the sample exactly once", () => {
    const count = (kind: StepKind) => [...at.keys()].filter((k) => k.startsWith(`${kind}/`)).length;
    const offices = sample.accounts.filter((a) => a.role === "zoneAdmin" || a.role === "regulator" || a.role === "expert").length;
    expect(count("createZone")).to.equal(sample.zones.length);
    expect(count("appoint")).to.equal(offices);
    expect(count("registerEntity")).to.equal(sample.entities.length);
    expect(count("proposeProject")).to.equal(sample.projects.length);
    expect(count("approve")).to.equal(sample.projects.filter((p) => p.status !== "Proposed" && p.status !== "Rejected").length);
    expect(count("attest")).to.equal(sample.attestations.length);
    expect(count("revoke")).to.equal(sample.attestations.filter((a) => a.revoked).length);
    expect(count("projectStatus")).to.equal(sample.projects.filter((p) => p.statusChange).length);
    expect(count("entityStatus")).to.equal(sample.entities.filter((e) => e.status === "Suspended").length);
    expect(count("zoneStatus")).to.equal(sample.zones.filter((z) => z.status === "Suspended").length);
    expect(at.size).to.equal(plan.blocks.reduce((n, b) => n + b.steps.length, 0));
  });

  it("stamps blocks in strictly increasing time, on working days in Beijing office hours, between the genesis and the final clock", () => {
    let last = secondsOf(PROGRAMME_CALENDAR.genesis);
    for (const b of plan.blocks) {
      const when = new Date(b.time * 1000).toISOString();
      expect(b.time, when).to.be.greaterThan(last);
      expect(isWorkingDay(Math.floor(b.time / DAY)), when).to.equal(true);
      expect((b.time % DAY) / 3600, when).to.be.within(1, 9); // 09:00 to 17:00 in Beijing (UTC+8)
      last = b.time;
    }
    expect(plan.clock).to.be.greaterThan(last);
    expect(new Date(plan.clock * 1000).toISOString()).to.equal("2025-01-06T01:00:00.000Z");
    // a few hundred blocks, not one per act: npm start's time budget
    expect(plan.blocks.length).to.be.within(100, 300);
  });

  it("follows the programme's calendar: applications in October 2021, the list in January 2022, work through 2023, evaluations in 2024", () => {
    const months = (kind: StepKind, keep: (index: number) => boolean = () => true) =>
      [...new Set([...at].filter(([k]) => k.startsWith(`${kind}/`) && keep(Number(k.split("/")[1]))).map(([, t]) => month(t.time)))].sort();
    const kindOf = (i: number) => sample.attestations[i]?.kind;
    const statusOf = (i: number) => sample.projects.find((p) => p.key === sample.attestations[i]?.project)?.status ?? "";
    for (const k of ["createZone", "appoint", "registerEntity", "proposeProject"] as const) expect(months(k), k).to.deep.equal(["2021-10"]);
    expect(months("approve")).to.deep.equal(["2022-01"]);
    expect(months("projectStatus", (i) => sample.projects[i]?.status === "Rejected")).to.deep.equal(["2022-01"]);
    // the expert review of the applications that never ran: December 2021
    expect(months("attest", (i) => statusOf(i) === "Proposed" || statusOf(i) === "Rejected")).to.deep.equal(["2021-12"]);
    // the work: reports and milestones from February 2022 to December 2023, most months of it
    const work = months("attest", (i) => kindOf(i) === "Progress report" || kindOf(i) === "Milestone");
    expect(work[0]).to.equal("2022-02");
    expect(work.at(-1)).to.equal("2023-12");
    expect(work.length).to.be.greaterThan(20);
    // evaluations and acceptances in 2024
    expect(months("attest", (i) => kindOf(i) === "Evaluation" || kindOf(i) === "Acceptance").every((m) => m.startsWith("2024-"))).to.equal(true);
    // the close: suspensions in December 2024
    expect([...months("entityStatus"), ...months("zoneStatus")]).to.satisfy((m: string[]) => m.length > 0 && m.every((x) => x === "2024-12"));
    // attestations span years
    expect(months("attest").length).to.be.greaterThan(30);
  });

  it("keeps what the chain requires: ids in the sample's order, references after their targets, acceptance last, revocations and status changes after the attestations", () => {
    for (let i = 1; i < sample.zones.length; i++) expect(orderOf("createZone", i)).to.be.greaterThan(orderOf("createZone", i - 1));
    for (let i = 1; i < sample.entities.length; i++) expect(orderOf("registerEntity", i)).to.be.greaterThan(orderOf("registerEntity", i - 1));
    for (let i = 1; i < sample.projects.length; i++) expect(orderOf("proposeProject", i)).to.be.greaterThan(orderOf("proposeProject", i - 1));
    const index = new Map(sample.attestations.map((a, i) => [a.key, i]));
    const projectIndex = new Map(sample.projects.map((p, i) => [p.key, i]));
    const entityIndex = new Map(sample.entities.map((e, i) => [e.key, i]));
    const lastOfProject = new Map<string, number>();
    sample.attestations.forEach((a, i) => {
      const t = timeOf("attest", i);
      const p = projectIndex.get(a.project) as number;
      const project = sample.projects[p] as Sample["projects"][number];
      expect(t.order).to.be.greaterThan(orderOf("proposeProject", p));
      if (project.status !== "Proposed" && project.status !== "Rejected") expect(t.order).to.be.greaterThan(orderOf("approve", p));
      if (a.ref) {
        const target = timeOf("attest", index.get(a.ref) as number);
        expect(t.time, `${a.key} refers to ${a.ref}`).to.be.at.least(target.time);
        expect(t.order).to.be.greaterThan(target.order);
      }
      if (a.revoked) {
        const revoked = timeOf("revoke", i);
        expect(revoked.order).to.be.greaterThan(t.order);
        const e = entityIndex.get(project.entity) as number;
        if (at.has(`entityStatus/${e}`)) expect(revoked.order).to.be.lessThan(orderOf("entityStatus", e));
      }
      lastOfProject.set(a.project, Math.max(lastOfProject.get(a.project) ?? -1, t.order));
    });
    sample.attestations.forEach((a, i) => {
      if (a.kind === "Acceptance") expect(orderOf("attest", i)).to.equal(lastOfProject.get(a.project));
    });
    sample.projects.forEach((p, i) => {
      if (p.statusChange) expect(orderOf("projectStatus", i)).to.be.greaterThan(lastOfProject.get(p.key) ?? -1);
    });
  });

  it("the sample's offices outlast the sample: their term ends after the chain's clock once seeding is done", () => {
    expect(secondsOf(PROGRAMME_CALENDAR.officeTerm)).to.be.greaterThan(secondsOf(PROGRAMME_CALENDAR.clock));
    expect(secondsOf(PROGRAMME_CALENDAR.officeTerm) % 86_400, "terms end at a UTC midnight").to.equal(0);
  });
});
