/**
 * The sample's proposals when the programme office is governed (issue 10): which of the seeder's
 * office acts go into which proposal, how the sixteen seats vote on each, and how far each is
 * carried. Pure: no I/O; the seeder (governed-office.ts) sends them.
 *
 *   the office day (2021-10-08)  "Open the pilot zones" and "Appoint the offices": executed
 *   the year's close (2024-12)   "Suspend zone …": executed; "Renew the administrator of …": defeated,
 *                                so that office lapses on PROGRAMME_CALENDAR.lapsedTerm
 *   the chain's clock (2025-01)  "Renew the regulators' offices": passed and queued;
 *                                "Create zone Xiamen in Fujian": being voted on (active)
 *
 * Seats are indexes into GOVERNING_BODIES (sdk/governance.ts); 0 is the cyberspace authority's, the
 * chair and guardian. A quorum is more than half the seats (9 of 16), for and abstain votes counted.
 */
import { VoteType } from "@pilot/sdk/governance";
import type { Sample } from "../sample/schema.js";

/** How far a proposal is carried: executed, defeated at the vote, queued in the timelock, or still open to votes. */
export type Fate = "executed" | "defeated" | "queued" | "active";

export interface SeedVote {
  /** Index into GOVERNING_BODIES. */
  seat: number;
  support: VoteType;
  reason?: string;
}

const seats = (from: number, to: number, support: VoteType): SeedVote[] => Array.from({ length: to - from + 1 }, (_, k) => ({ seat: from + k, support }));

/**
 * The votes each fate gets: exactly a quorum for what passes (few transactions), more against than
 * for and no quorum for the defeated one, and an open vote short of a quorum (seats 6 to 15 may
 * still vote).
 */
export const VOTES: Readonly<Record<Fate, readonly SeedVote[]>> = {
  executed: seats(0, 8, VoteType.For),
  queued: [
    ...seats(0, 7, VoteType.For),
    { seat: 9, support: VoteType.For },
    { seat: 12, support: VoteType.Abstain, reason: "The courts take no side on the terms of offices" },
  ],
  defeated: [
    { seat: 0, support: VoteType.For, reason: "Keep an administrator for the zone while it is suspended" },
    { seat: 15, support: VoteType.For },
    ...seats(1, 6, VoteType.Against),
    { seat: 7, support: VoteType.Against, reason: "The zone is suspended: its administrator's office should end with the year" },
  ],
  active: [
    ...seats(0, 3, VoteType.For),
    { seat: 4, support: VoteType.Against, reason: "Fujian already has the Fuzhou zone" },
    { seat: 5, support: VoteType.Abstain },
  ],
};

/** The seat that proposes: the chair for the programme's own acts, the ministry of industry and IT otherwise. */
export const PROPOSER: Readonly<Record<Fate, number>> = { executed: 0, defeated: 1, queued: 1, active: 1 };

/**
 * The office that lapses in the sample: the administrator of the first suspended zone (its renewal is
 * the defeated proposal). Undefined when the sample suspends no zone.
 */
export function lapsingOffice(sample: Sample): string | undefined {
  const zone = sample.zones.find((z) => z.status === "Suspended");
  return zone ? sample.accounts.find((a) => a.role === "zoneAdmin" && a.zone === zone.key)?.label : undefined;
}

/** The zone the active proposal opens (not one of the sample's). */
export const NEW_ZONE = { name: "Xiamen", region: "Fujian" } as const;

export const DESCRIPTIONS = {
  zones: (n: number) =>
    `Open the ${n} pilot zones\n\nThe zones named in the programme's notice (October 2021), each with its region; their administrators are appointed by the next proposal.`,
  offices: (n: number, until: string) =>
    `Appoint the offices: ${n} zone administrators, regulators and experts\n\nEach for a term until ${until}, renewable by proposal.`,
  zoneStatus: (names: readonly string[]) =>
    `Suspend ${names.length === 1 ? `zone ${names[0]}` : `zones ${names.join(", ")}`}\n\nAt the year's close, after the evaluations.`,
  renewLapsing: (zone: string, until: string) =>
    `Renew the administrator of zone ${zone} until ${until}\n\nThe zone is suspended; without a renewal its administrator's office lapses at the end of the year.`,
  renewRegulators: (n: number, until: string) =>
    `Renew the ${n} regulators' offices until ${until}\n\nTheir terms would end in 2027; the programme is extended.`,
  newZone: () => `Create zone ${NEW_ZONE.name} in ${NEW_ZONE.region}\n\nA sixteenth pilot zone, for the Xiamen free trade area.`,
} as const;
