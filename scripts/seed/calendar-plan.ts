/**
 * When each act of the sample happens on the seeded chain: a day for every zone, office,
 * entity, project, approval, attestation, revocation and status change, following the
 * programme's calendar (programme-calendar.ts). Deterministic: the same sample (and seed) gives
 * the same plan, so the same chain. Pure; the seeder (seed-sample.ts) mines one block per entry
 * of `blocks`.
 *
 * A block holds a week's acts (a week that straddles two months gives one block in each), stamped
 * on the week's middle day of activity: a block costs the node and the indexer far more than a
 * transaction, and about 200 blocks keep `npm start` quick while timelines still read in weeks.
 * Order inside a block: by planned day, then `STEP_ORDER`, then the sample's order; the node's
 * mempool is FIFO, so that is also the order of execution. Ids follow the sample's order (zone, entity and
 * project days never go backwards). A reference comes on a later day than its target, an
 * acceptance after every other attestation of its project, a revocation after the attestation
 * and after anything that refers to it, a project's status change after its last attestation,
 * and the suspensions of entities and zones close the story.
 */
import type { Sample } from "../sample/schema.js";
import { Rng } from "../sample/rng.js";
import { PROGRAMME_CALENDAR as C, blockTimeOf, dayNumber, nextWorkingDay, secondsOf, workingDays, type Window } from "./programme-calendar.js";

export const STEP_ORDER = [
  "createZone",
  "appoint",
  "registerEntity",
  "proposeProject",
  "approve",
  "attest",
  "revoke",
  "projectStatus",
  "entityStatus",
  "zoneStatus",
] as const;
export type StepKind = (typeof STEP_ORDER)[number];

/** One act: `index` is its position in the sample's list (zones, accounts, entities, projects or attestations). */
export interface Step {
  readonly kind: StepKind;
  readonly index: number;
}

export interface PlannedBlock {
  /** The day the block is stamped (days since the epoch, UTC). */
  readonly day: number;
  /** The block's timestamp (seconds): Beijing office hours of that day. */
  readonly time: number;
  readonly steps: readonly Step[];
}

export interface CalendarPlan {
  /** The chain's genesis (seconds). */
  readonly genesis: number;
  readonly blocks: readonly PlannedBlock[];
  /** The chain's clock once seeding is done (seconds), after the last day. */
  readonly clock: number;
}

/** The plan's seed by default: derived from the sample's, independent of the generator's draws. */
const CALENDAR_SALT = 0x0ca1e4da;

export function planCalendar(sample: Sample, seed: number = sample.seed): CalendarPlan {
  const rng = new Rng((seed ^ CALENDAR_SALT) >>> 0);
  const dayOf = new Map<string, number>(); // `${kind}/${index}` -> day
  const put = (kind: StepKind, index: number, day: number) => dayOf.set(`${kind}/${index}`, day);
  const pickDay = (w: Window) => rng.pick(workingDays(w));
  const after = (day: number, min: number, max: number) => nextWorkingDay(day + rng.int(min, max));
  const end = (w: Window) => dayNumber(w.to);

  // 1. the offices, on the day the programme opens
  const officeDay = workingDays(C.offices)[0] as number;
  sample.zones.forEach((_, i) => put("createZone", i, officeDay));
  sample.accounts.forEach((a, i) => {
    if (a.role === "zoneAdmin" || a.role === "regulator" || a.role === "expert") put("appoint", i, officeDay);
  });

  // 2. entities, then their projects, in the sample's order (ids follow it), spread over their windows
  const spread = <T>(items: readonly T[], w: Window, floor: (item: T) => number, kind: StepKind) => {
    const days = workingDays(w);
    let last = -Infinity;
    items.forEach((item, i) => {
      const day = nextWorkingDay(Math.max(last, floor(item), days[Math.floor((i * days.length) / items.length)] as number));
      put(kind, i, day);
      last = day;
    });
  };
  spread(sample.entities, C.registrations, () => -Infinity, "registerEntity");
  const entityIndex = new Map(sample.entities.map((e, i) => [e.key, i]));
  spread(sample.projects, C.proposals, (p) => dayOf.get(`registerEntity/${entityIndex.get(p.entity)}`) ?? -Infinity, "proposeProject");

  // 3. each project's story
  const byProject = new Map<string, number[]>();
  sample.attestations.forEach((a, i) => {
    const list = byProject.get(a.project) ?? [];
    list.push(i);
    byProject.set(a.project, list);
  });
  const lastAttestationDay = new Map<string, number>();
  sample.projects.forEach((p, pi) => {
    const story = byProject.get(p.key) ?? [];
    const dates: number[] = [];
    if (p.status === "Proposed" || p.status === "Rejected") {
      // the expert review of the applications; rejected ones are turned down with the final list
      let last = dayNumber(C.review.from) - 1;
      const days = workingDays(C.review);
      const picks = story.map(() => rng.int(0, days.length - 1)).sort((a, b) => a - b);
      for (const pick of picks) dates.push((last = nextWorkingDay(Math.max(last + 1, days[pick] as number))));
      if (p.status === "Rejected") put("projectStatus", pi, pickDay(C.list));
    } else {
      put("approve", pi, pickDay(C.list));
      const lateFrom = story.findIndex((i) => sample.attestations[i]?.kind === "Evaluation");
      const work = lateFrom < 0 ? story : story.slice(0, lateFrom);
      const late = lateFrom < 0 ? [] : story.slice(lateFrom);
      dates.push(
        ...workDates(
          rng,
          work.map((i) => sample.attestations[i]?.kind === "Progress report" && !sample.attestations[i]?.ref),
          p.status,
          late.length > 0,
        ),
      );
      let last = dates.at(-1) ?? dayNumber(C.work.to);
      late.forEach((_, j) => {
        const first = j === 0 ? pickDay({ from: C.evaluation.from, to: "2024-08-30" }) : after(last, 10, 45);
        dates.push((last = nextWorkingDay(Math.max(last + 1, Math.min(first, end(C.evaluation))))));
      });
      if (p.statusChange) {
        const stop = Math.min(after(dates.at(-1) ?? dayNumber(C.work.from), 10, 60), end(C.decisions));
        put("projectStatus", pi, nextWorkingDay(Math.max(stop, (dates.at(-1) ?? 0) + 1)));
      }
    }
    story.forEach((i, j) => put("attest", i, dates[j] as number));
    if (dates.length) lastAttestationDay.set(p.key, dates.at(-1) as number);
  });

  // 4. revocations: some days after the attestation, after whatever refers to it
  const referredLast = new Map<string, number>();
  sample.attestations.forEach((a, i) => {
    if (a.ref) referredLast.set(a.ref, Math.max(referredLast.get(a.ref) ?? -Infinity, dayOf.get(`attest/${i}`) as number));
  });
  sample.attestations.forEach((a, i) => {
    if (!a.revoked) return;
    const attested = dayOf.get(`attest/${i}`) as number;
    const floor = Math.max(attested, referredLast.get(a.key) ?? -Infinity) + 1;
    put("revoke", i, nextWorkingDay(Math.max(floor, Math.min(after(attested, 2, 30), end(C.decisions)))));
  });

  // 5. the year closes: entities, then the zone, suspended
  const closeDays = workingDays(C.close);
  sample.entities.forEach((e, i) => {
    if (e.status === "Suspended") put("entityStatus", i, rng.pick(closeDays.slice(0, -1)));
  });
  sample.zones.forEach((z, i) => {
    if (z.status === "Suspended") put("zoneStatus", i, closeDays.at(-1) as number);
  });

  // acts by day, in STEP_ORDER then the sample's order; then one block per week and month
  const days = new Map<number, Step[]>();
  for (const [id, day] of dayOf) {
    const [kind, index] = id.split("/") as [StepKind, string];
    const list = days.get(day) ?? [];
    list.push({ kind, index: Number(index) });
    days.set(day, list);
  }
  const rank = (s: Step) => STEP_ORDER.indexOf(s.kind);
  const weeks = new Map<string, number[]>();
  for (const day of [...days.keys()].sort((a, b) => a - b)) {
    const key = blockKeyOf(day);
    weeks.set(key, [...(weeks.get(key) ?? []), day]);
  }
  return {
    genesis: secondsOf(C.genesis),
    blocks: [...weeks.values()].map((active) => {
      const day = active[Math.floor((active.length - 1) / 2)] as number;
      const steps = active.flatMap((d) => (days.get(d) as Step[]).sort((a, b) => rank(a) - rank(b) || a.index - b.index));
      return { day, time: blockTimeOf(day), steps };
    }),
    clock: secondsOf(C.clock),
  };
}

/** The block a day's acts go into: its week (from Monday; 1970-01-01 was a Thursday) within its month. */
function blockKeyOf(day: number): string {
  const monday = day - ((day + 3) % 7);
  return `${monday}/${new Date(day * 86_400_000).toISOString().slice(0, 7)}`;
}

/**
 * Days of a project's work (its attestations before any evaluation), a quarter group at a time:
 * `groupStarts[j]` says the j-th attestation opens a group (a progress report that amends
 * nothing). Groups spread from the project's launch to its end of work; a project that stopped
 * (suspended or terminated with no evaluation) works about a third of a year per group.
 */
function workDates(rng: Rng, groupStarts: readonly boolean[], status: string, evaluated: boolean): number[] {
  if (groupStarts.length === 0) return [];
  const groups = Math.max(1, groupStarts.filter(Boolean).length);
  const start = rng.pick(workingDays(C.launch));
  const lastDay = dayNumber(C.work.to);
  const stopped = !evaluated && (status === "Suspended" || status === "Terminated");
  const finish = stopped ? Math.min(start + groups * rng.int(80, 130), lastDay - 14) : rng.pick(workingDays({ from: "2023-06-01", to: "2023-12-15" }));
  // the last group opens at the end of work (one group: at the start)
  const groupStart = (g: number) => (groups === 1 ? start : start + Math.floor(((finish - start) * g) / (groups - 1)));
  const out: number[] = [];
  let g = -1;
  let last = start - 1;
  groupStarts.forEach((opens, j) => {
    if (opens || g < 0) g = Math.min(g + 1, groups - 1);
    const limit = g + 1 >= groups ? Math.min(groupStart(g) + 45, lastDay) : groupStart(g + 1);
    const wanted = opens || j === 0 ? groupStart(g) + rng.int(0, 8) : last + rng.int(3, 25);
    const day = nextWorkingDay(Math.max(last + 1, Math.min(wanted, limit - 1)));
    out.push((last = day));
  });
  return out;
}
