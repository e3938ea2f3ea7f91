/**
 * The programme's real calendar (../shared/domain.md, "Lifecycle of the programme"), as the
 * sample is seeded on a local chain: each phase a window of working days (Monday to Friday,
 * without the National Day and Spring Festival weeks), each day one block in Beijing office
 * hours. Pure: no I/O, no imports, so hardhat.config.ts can read the chain's start from here.
 *
 *   2021-09-27            the local chain starts (genesis); the suite is deployed
 *   2021-10-08            the programme office opens the 15 zones and appoints their offices
 *   2021-10-11 … 10-22    zone administrators register the applicant entities
 *   2021-10-18 … 10-29    entities propose their projects (the call for applications)
 *   2021-12-01 … 12-24    expert review of the applications (reviews, expert opinions)
 *   2022-01-17 … 01-28    the final list: projects approved or rejected
 *   2022-02-14 … 2023-12-29  implementation: reports, milestones, reviews, opinions; suspensions
 *   2024-03-01 … 11-29    evaluations, acceptances, terminations, revocations' tail
 *   2024-12-02 … 12-16    the year closes: entities and a zone suspended (the seats also refuse to
 *                         renew that zone's administrator, whose office lapses on 2025-01-01)
 *   2025-01-06 09:00 (Beijing)  the chain's clock once seeding is done; it runs on from there (with a
 *                         governed office, a renewal of the regulators is queued and a new zone is
 *                         being voted on)
 */

/** Seconds since the epoch of an ISO date (`YYYY-MM-DD`, midnight UTC) or date-time. */
export const secondsOf = (iso: string): number => Math.floor(Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso) / 1000);

/** One phase: from its first to its last day (inclusive, UTC dates). */
export interface Window {
  readonly from: string;
  readonly to: string;
}

export const PROGRAMME_CALENDAR = {
  /** The local chain's genesis (hardhat.config.ts › networks.node.initialDate). */
  genesis: "2021-09-27T00:00:00Z",
  offices: { from: "2021-10-08", to: "2021-10-08" },
  registrations: { from: "2021-10-11", to: "2021-10-22" },
  proposals: { from: "2021-10-18", to: "2021-10-29" },
  review: { from: "2021-12-01", to: "2021-12-24" },
  list: { from: "2022-01-17", to: "2022-01-28" },
  /** A project's work starts in this window… */
  launch: { from: "2022-02-14", to: "2022-06-30" },
  /** …and its reports, milestones, reviews and opinions end by the end of 2023. */
  work: { from: "2022-02-14", to: "2023-12-29" },
  evaluation: { from: "2024-03-01", to: "2024-11-15" },
  /** Status changes and revocations that follow the evaluations end here. */
  decisions: { from: "2024-03-01", to: "2024-11-29" },
  close: { from: "2024-12-02", to: "2024-12-16" },
  /** The sample's offices (zone administrators, regulators, experts) run until this UTC midnight, unless renewed. */
  officeTerm: "2027-01-01",
  /** The one office of the sample that lapses (the suspended zone's administrator, not renewed) ends at this UTC midnight. */
  lapsedTerm: "2025-01-01",
  /** The regulators' renewal that the seats have passed and queued when seeding ends runs until this UTC midnight. */
  renewedTerm: "2029-01-01",
  /** What the chain's clock reads once seeding is done (09:00 in Beijing): new blocks follow it. */
  clock: "2025-01-06T01:00:00Z",
} as const;

/** Public holidays kept free of activity: National Day and Spring Festival weeks. */
const HOLIDAYS: readonly Window[] = [
  { from: "2021-10-01", to: "2021-10-07" },
  { from: "2022-01-31", to: "2022-02-06" },
  { from: "2022-10-01", to: "2022-10-07" },
  { from: "2023-01-21", to: "2023-01-27" },
  { from: "2023-09-29", to: "2023-10-06" },
  { from: "2024-02-10", to: "2024-02-17" },
  { from: "2024-10-01", to: "2024-10-07" },
];

const DAY = 86_400;
/** Day number (days since the epoch) of a `YYYY-MM-DD`. */
export const dayNumber = (iso: string): number => Math.floor(secondsOf(iso) / DAY);
/** `YYYY-MM-DD` of a day number. */
export const isoDay = (day: number): string => new Date(day * DAY * 1000).toISOString().slice(0, 10);

const holidayRanges = HOLIDAYS.map((h) => [dayNumber(h.from), dayNumber(h.to)] as const);

/** Monday to Friday, outside the holiday weeks. */
export function isWorkingDay(day: number): boolean {
  const weekday = new Date(day * DAY * 1000).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidayRanges.some(([from, to]) => day >= from && day <= to);
}

const workingDaysCache = new Map<string, readonly number[]>();
/** The working days of a window, in order. */
export function workingDays(window: Window): readonly number[] {
  const key = `${window.from}/${window.to}`;
  let out = workingDaysCache.get(key);
  if (!out) {
    const days: number[] = [];
    for (let d = dayNumber(window.from); d <= dayNumber(window.to); d++) if (isWorkingDay(d)) days.push(d);
    workingDaysCache.set(key, (out = days));
  }
  return out;
}

/** The first working day on or after `day`. */
export function nextWorkingDay(day: number): number {
  let d = day;
  while (!isWorkingDay(d)) d++;
  return d;
}

/**
 * The time of a day's block: 09:00 to 16:59 in Beijing (01:00 to 08:59 UTC), a minute that
 * depends on the date only, so the same day always gets the same time.
 */
export function blockTimeOf(day: number): number {
  const minute = Math.imul(day ^ 0x5bd1e995, 2654435761) >>> 0;
  return day * DAY + 3600 + (minute % 480) * 60;
}
