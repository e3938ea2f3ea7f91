import { expect } from "chai";
import { GOVERNING_BODIES, LOCAL_GOVERNOR_SETTINGS, VoteType, quorumOf } from "@pilot/sdk/governance";
import type { Sample } from "../../scripts/sample/schema.js";
import { loadSample } from "../../scripts/sample/validate.js";
import { planAccounts, planSeats } from "../../scripts/seed/account-plan.js";
import { planCalendar } from "../../scripts/seed/calendar-plan.js";
import { episodeTimes } from "../../scripts/seed/governed-office.js";
import { PROGRAMME_CALENDAR, secondsOf } from "../../scripts/seed/programme-calendar.js";
import { VOTES, lapsingOffice, type Fate } from "../../scripts/seed/proposal-plan.js";
import { DEV_ACCOUNT_COUNT } from "../../scripts/node/dev-keys.js";

const nodeAccounts = Array.from({ length: DEV_ACCOUNT_COUNT }, (_, i) => `0x${(i + 1).toString(16).padStart(40, "0")}`);

describe("the governed office's sample (scripts/seed/proposal-plan.ts, account-plan.ts planSeats)", () => {
  let sample: Sample;
  before(async () => {
    sample = await loadSample();
  });

  it("seats the sixteen bodies on the dev accounts right after the sample's, none holding a sample role; the first is the guardian", () => {
    const seats = planSeats(sample, nodeAccounts);
    expect(seats.map((s) => s.body)).to.deep.equal([...GOVERNING_BODIES]);
    expect(seats.map((s) => s.hdIndex)).to.deep.equal(GOVERNING_BODIES.map((_, k) => sample.accounts.length + k));
    expect(seats.map((s) => s.display)).to.deep.equal(GOVERNING_BODIES.map((b, k) => `Seat: ${b}${k === 0 ? " (guardian)" : ""}`));
    expect(seats.filter((s) => s.guardian).map((s) => s.body)).to.deep.equal(["Cyberspace Administration"]);
    const roles = new Set([...planAccounts(sample, nodeAccounts).values()].map((a) => a.address));
    expect(seats.filter((s) => roles.has(s.address))).to.deep.equal([]);
    // labelled only when the office is governed; then account #0 merely deploys
    expect([...planAccounts(sample, nodeAccounts).values()].some((a) => a.role === "seatHolder")).to.equal(false);
    const governed = planAccounts(sample, nodeAccounts, true);
    expect([...governed.values()].filter((a) => a.role === "seatHolder")).to.have.length(16);
    expect(governed.get("programme-office")?.display).to.equal("Deployer (the office is the timelock)");
    expect(() => planSeats(sample, nodeAccounts.slice(0, sample.accounts.length + 15))).to.throw(/needs 223/);
  });

  it("votes: what passes has a quorum and more for than against, the defeated one neither, the active one no quorum yet", () => {
    const quorum = quorumOf(GOVERNING_BODIES.length, LOCAL_GOVERNOR_SETTINGS.quorumPercent);
    expect(quorum).to.equal(9);
    const tally = (fate: Fate) => {
      const votes = VOTES[fate];
      expect(new Set(votes.map((v) => v.seat)).size, `${fate}: one vote per seat`).to.equal(votes.length);
      expect(votes.every((v) => v.seat >= 0 && v.seat < GOVERNING_BODIES.length)).to.equal(true);
      const n = (t: VoteType) => votes.filter((v) => v.support === t).length;
      return { for: n(VoteType.For), against: n(VoteType.Against), abstain: n(VoteType.Abstain) };
    };
    for (const fate of ["executed", "queued"] as const) {
      const t = tally(fate);
      expect(t.for + t.abstain, fate).to.be.at.least(quorum);
      expect(t.for, fate).to.be.greaterThan(t.against);
    }
    const defeated = tally("defeated");
    expect(defeated.for + defeated.abstain).to.be.below(quorum);
    expect(defeated.against).to.be.greaterThan(defeated.for);
    const active = tally("active");
    expect(active.for + active.abstain).to.be.below(quorum);
  });

  it("one office lapses: the suspended zone's administrator, after the last act of the calendar and before the chain's clock", () => {
    const lapsing = lapsingOffice(sample);
    const zone = sample.zones.find((z) => z.status === "Suspended");
    expect(lapsing).to.equal(`zone-admin:${zone?.key}`);
    const plan = planCalendar(sample);
    const lapsed = secondsOf(PROGRAMME_CALENDAR.lapsedTerm);
    expect(lapsed % 86_400, "at a UTC midnight").to.equal(0);
    expect(lapsed).to.be.greaterThan(plan.blocks.at(-1)?.time as number);
    expect(lapsed).to.be.below(plan.clock);
    expect(secondsOf(PROGRAMME_CALENDAR.renewedTerm)).to.be.greaterThan(secondsOf(PROGRAMME_CALENDAR.officeTerm));
  });

  it("an episode with the local settings: vote once voting opens, queue once it closes, execute after the delay, all within a minute", () => {
    const t = episodeTimes(1000, {
      votingDelay: LOCAL_GOVERNOR_SETTINGS.votingDelay,
      votingPeriod: LOCAL_GOVERNOR_SETTINGS.votingPeriod,
      timelockDelay: LOCAL_GOVERNOR_SETTINGS.timelockDelay,
    });
    expect(t.vote).to.equal(1000 + LOCAL_GOVERNOR_SETTINGS.votingDelay + 1); // after the snapshot
    expect(t.queue).to.equal(1000 + LOCAL_GOVERNOR_SETTINGS.votingDelay + LOCAL_GOVERNOR_SETTINGS.votingPeriod + 1); // after the deadline
    expect(t.execute - t.queue).to.equal(LOCAL_GOVERNOR_SETTINGS.timelockDelay);
    expect(t.execute - t.propose).to.be.below(60);
  });
});
