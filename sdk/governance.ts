/**
 * Governance facts shared by the Ignition modules, scripts, tests, the indexer and the dApp: the
 * offices and their terms, the seats of the central bodies, and the governor's defaults. They mirror
 * contracts/types/ProgrammeTypes.sol (`Office`, `Account.officeExpiryDay`),
 * contracts/registry/ZoneRegistry.sol (`_setTerm`), contracts/governance/ProgrammeSeats.sol and
 * contracts/governance/ProgrammeGovernor.sol.
 */

/**
 * The offices an account can hold, as `OfficeExpired` names them (Solidity `Office`). A table, not
 * an enum, so that Node's type stripping loads this module (the e2e scenarios import it).
 */
export const Office = { ZoneAdmin: 0, Regulator: 1, Expert: 2 } as const;
export type Office = (typeof Office)[keyof typeof Office];
/** Each office in words, by its value. */
export const OFFICE_LABELS = ["zone administrator", "regulator", "expert"] as const satisfies Record<Office, string>;

const DAY = 86_400;
/** Seconds in the default term of an appointment: two years (730 days). */
export const DEFAULT_OFFICE_TERM_SECONDS = 730 * DAY;
/** The latest expiry the contract stores: day 65,535 (2149-06-06T00:00:00Z). */
export const MAX_OFFICE_EXPIRY = 65_535 * DAY;

/**
 * The expiry the contract records for a requested one: offices end at a UTC midnight, so a
 * requested instant is rounded up to the next midnight (an exact midnight stays). The events carry
 * this value.
 */
export function effectiveOfficeExpiry(expiresAt: number | bigint): number {
  const seconds = Number(expiresAt);
  return Math.ceil(seconds / DAY) * DAY;
}

/** The default expiry of an appointment made at `nowSeconds`: two years later, at a UTC midnight. */
export function defaultOfficeExpiry(nowSeconds: number | bigint): number {
  return effectiveOfficeExpiry(Number(nowSeconds) + DEFAULT_OFFICE_TERM_SECONDS);
}

/** Whether an office that expires at `expiresAt` (seconds; 0: none recorded) has lapsed at `nowSeconds`. */
export function officeLapsed(expiresAt: number | bigint, nowSeconds: number | bigint): boolean {
  return Number(nowSeconds) >= Number(expiresAt);
}

/** ProgrammeSeats' bounds: most seats at once, longest body name (UTF-8 bytes). */
export const SEAT_LIMITS = { maxSeats: 32, nameBytes: 100 } as const;

/**
 * The sixteen central bodies that issued the programme's notice, one seat each in the sample (our
 * reading of who oversees the fields; ../shared/domain.md). The first chairs and is the sample's
 * emergency guardian.
 */
export const GOVERNING_BODIES = [
  "Cyberspace Administration",
  "Ministry of Industry and Information Technology",
  "National Development and Reform Commission",
  "Ministry of Education",
  "Ministry of Civil Affairs",
  "Ministry of Human Resources and Social Security",
  "National Health Commission",
  "People's Bank of China",
  "State Taxation Administration",
  "National Energy Administration",
  "China Securities Regulatory Commission",
  "China Banking and Insurance Regulatory Commission",
  "Supreme People's Court",
  "Supreme People's Procuratorate",
  "National Copyright Administration",
  "Ministry of Commerce",
] as const;

/**
 * The governor's defaults (Ignition parameters of the `ProgrammeOffice` module), all in seconds: the
 * clock of the seats and the governor is the block timestamp. Quorum: more than `quorumPercent`% of
 * the seats, so 50 is a majority (9 of 16).
 */
export const GOVERNOR_DEFAULTS = {
  votingDelay: 1 * DAY,
  votingPeriod: 5 * DAY,
  timelockDelay: 2 * DAY,
  quorumPercent: 50,
} as const;

/** Short settings for a local chain: a proposal goes from creation to execution in under a minute. */
export const LOCAL_GOVERNOR_SETTINGS = {
  votingDelay: 1,
  votingPeriod: 30,
  timelockDelay: 10,
  quorumPercent: 50,
} as const;

/** Seats that make a quorum of more than `quorumPercent`% of `seats` (the contract's rule). */
export function quorumOf(seats: number, quorumPercent: number = GOVERNOR_DEFAULTS.quorumPercent): number {
  return Math.floor((seats * quorumPercent) / 100) + 1;
}

/** OpenZeppelin Governor's `ProposalState`, by value. */
export const PROPOSAL_STATES = ["Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"] as const;
/** GovernorCountingSimple's vote types: `castVote(proposalId, support)`. */
export const VoteType = { Against: 0, For: 1, Abstain: 2 } as const;
export type VoteType = (typeof VoteType)[keyof typeof VoteType];
