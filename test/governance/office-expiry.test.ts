/**
 * Issue 10: offices expire. Zone administrators, regulators and experts are appointed until a UTC
 * midnight; an account's offices share one term, kept in its packed account slot. Past it, the office
 * acts as no office on every path it had, refused with OfficeExpired(account, office, expiredAt),
 * until the programme admin renews it.
 */
import { expect } from "chai";
import { network } from "hardhat";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import { EntityStatus, Kind, ProjectStatus } from "@pilot/sdk/domain";
import { MAX_OFFICE_EXPIRY, Office, effectiveOfficeExpiry } from "@pilot/sdk/governance";
import { HEALTH, TERM_END, bit, docHash, nextEntityId, request, seedProgramme, signAttestation, signConsent, type Deployed } from "../helpers/fixtures.js";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const DAY = 86_400;
const seeded = () => seedProgramme(connection);

async function now(): Promise<number> {
  return (await ethers.provider.getBlock("latest"))!.timestamp;
}

/** Attests as `who` and returns the uid from the event. */
async function attested(d: Deployed, who: HardhatEthersSigner, projectId: number, kind: Kind): Promise<string> {
  const receipt = await (await d.programme.connect(who).attest(request(projectId, kind, docHash(ethers)))).wait();
  const log = receipt!.logs.map((l) => d.programme.interface.parseLog(l)).find((e) => e?.name === "Attested");
  return log!.args.uid as string;
}

/**
 * The seeded programme; before its offices lapse, each official attests once and the signer reports
 * once; then every office's term is cut to ten days and the clock moved to its end.
 */
async function lapsed() {
  const d = await seedProgramme(connection);
  const uids = {
    review: await attested(d, d.zoneAdmin, 1, Kind.Review),
    opinion: await attested(d, d.expert, 1, Kind.ExpertOpinion),
    evaluation: await attested(d, d.regulator, 1, Kind.Evaluation),
    report: await attested(d, d.signer, 1, Kind.ProgressReport),
  };
  const term = effectiveOfficeExpiry((await now()) + 10 * DAY);
  for (const who of [d.zoneAdmin, d.regulator, d.expert]) {
    await expect(d.programme.connect(d.admin).renewOffice(who.address, (await now()) + 10 * DAY))
      .to.emit(d.programme, "OfficeRenewed")
      .withArgs(who.address, term);
  }
  await networkHelpers.time.increaseTo(term);
  return { d, uids, term };
}

describe("governance: offices that expire", () => {
  it("appointments and renewals carry the expiry, rounded up to a UTC midnight, kept in the account's slot", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const who = d.spare[0].address;
    const asked = (await now()) + 30 * DAY + 5;
    const term = effectiveOfficeExpiry(asked);
    expect(term % DAY).to.equal(0);
    expect(term).to.be.greaterThanOrEqual(asked);
    await expect(d.programme.connect(d.admin).setRegulatorFields(who, bit(HEALTH), asked))
      .to.emit(d.programme, "RegulatorFieldsSet")
      .withArgs(who, bit(HEALTH), term);
    expect((await d.programme.getAccount(who)).officeExpiryDay).to.equal(BigInt(term / DAY));
    // an exact midnight stays
    await expect(d.programme.connect(d.admin).appointZoneAdmin(2, who, TERM_END))
      .to.emit(d.programme, "ZoneAdminAppointed")
      .withArgs(2, who, TERM_END);
    // one term for all the account's offices: the latest appointment set it for the regulator's office too
    expect((await d.programme.getAccount(who)).officeExpiryDay).to.equal(BigInt(TERM_END / DAY));
    // a dismissal leaves the term (and the event says what it is)
    await expect(d.programme.connect(d.admin).setExpertFields(who, 0, 1))
      .to.emit(d.programme, "ExpertFieldsSet")
      .withArgs(who, 0, TERM_END);
    await expect(d.programme.connect(d.admin).renewOffice(who, term)).to.emit(d.programme, "OfficeRenewed").withArgs(who, term);
  });

  it("refuses an expiry in the past, at the present, or after 2149-06-06 (InvalidOfficeExpiry), and renewing an account without an office (HoldsNoOffice)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const a = d.programme.connect(d.admin);
    const who = d.spare[0].address;
    const t = await now();
    const pastMidnight = Math.floor(t / DAY) * DAY; // today's midnight: already past
    for (const bad of [0, 1, pastMidnight, MAX_OFFICE_EXPIRY + 1, 2 ** 40 - 1]) {
      await expect(a.setExpertFields(who, bit(HEALTH), bad))
        .to.be.revertedWithCustomError(d.programme, "InvalidOfficeExpiry")
        .withArgs(bad);
      await expect(a.appointZoneAdmin(2, who, bad))
        .to.be.revertedWithCustomError(d.programme, "InvalidOfficeExpiry")
        .withArgs(bad);
      await expect(a.renewOffice(d.regulator.address, bad)).to.be.revertedWithCustomError(d.programme, "InvalidOfficeExpiry").withArgs(bad);
    }
    await expect(a.setExpertFields(who, bit(HEALTH), MAX_OFFICE_EXPIRY))
      .to.emit(d.programme, "ExpertFieldsSet")
      .withArgs(who, bit(HEALTH), MAX_OFFICE_EXPIRY);
    await expect(a.renewOffice(d.outsider.address, TERM_END)).to.be.revertedWithCustomError(d.programme, "HoldsNoOffice").withArgs(d.outsider.address);
    await expect(a.renewOffice(d.signer.address, TERM_END)).to.be.revertedWithCustomError(d.programme, "HoldsNoOffice").withArgs(d.signer.address);
    await expect(d.programme.connect(d.zoneAdmin).renewOffice(d.zoneAdmin.address, TERM_END))
      .to.be.revertedWithCustomError(d.programme, "AccessControlUnauthorizedAccount")
      .withArgs(d.zoneAdmin.address, ethers.ZeroHash);
  });

  it("an office acts until the second before its expiry, and not from the expiry on", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const term = effectiveOfficeExpiry((await now()) + 3 * DAY);
    await (await d.programme.connect(d.admin).renewOffice(d.regulator.address, term)).wait();
    await networkHelpers.time.setNextBlockTimestamp(term - 1);
    await expect(d.programme.connect(d.regulator).attest(request(1, Kind.Evaluation, docHash(ethers)))).to.emit(d.programme, "Attested");
    await networkHelpers.time.setNextBlockTimestamp(term);
    await expect(d.programme.connect(d.regulator).attest(request(1, Kind.Evaluation, docHash(ethers))))
      .to.be.revertedWithCustomError(d.programme, "OfficeExpired")
      .withArgs(d.regulator.address, Office.Regulator, term);
  });

  it("an expired office is refused on EVERY path it had, with OfficeExpired naming the expiry", async () => {
    const { d, uids, term } = await networkHelpers.loadFixture(lapsed);
    const expired = (who: HardhatEthersSigner, office: Office) => [d.programme, "OfficeExpired", [who.address, office, term]] as const;
    const refusedWith = async (call: Promise<unknown>, [contract, name, args]: ReturnType<typeof expired>) =>
      expect(call)
        .to.be.revertedWithCustomError(contract, name)
        .withArgs(...args);

    // attest: review, expert opinion, evaluation, acceptance
    await refusedWith(d.programme.connect(d.zoneAdmin).attest(request(1, Kind.Review, docHash(ethers))), expired(d.zoneAdmin, Office.ZoneAdmin));
    await refusedWith(d.programme.connect(d.expert).attest(request(1, Kind.ExpertOpinion, docHash(ethers))), expired(d.expert, Office.Expert));
    await refusedWith(d.programme.connect(d.regulator).attest(request(1, Kind.Evaluation, docHash(ethers))), expired(d.regulator, Office.Regulator));
    await refusedWith(d.programme.connect(d.regulator).attest(request(1, Kind.Acceptance, docHash(ethers))), expired(d.regulator, Office.Regulator));
    // attestBySig: signed by the lapsed office, relayed by anyone; the nonce is not consumed
    for (const [who, kind, office] of [
      [d.zoneAdmin, Kind.Review, Office.ZoneAdmin],
      [d.expert, Kind.ExpertOpinion, Office.Expert],
      [d.regulator, Kind.Evaluation, Office.Regulator],
    ] as const) {
      const req = request(1, kind, docHash(ethers));
      const sig = await signAttestation(connection, d.programme, who, req);
      await refusedWith(d.programme.connect(d.relayer).attestBySig(req, sig.attester, sig.nonce, sig.deadline, sig.signature), expired(who, office));
      expect(await d.programme.nonces(who.address)).to.equal(sig.nonce);
    }
    // attestBatch: one lapsed item refuses the batch
    await refusedWith(
      d.programme.connect(d.regulator).attestBatch([request(1, Kind.Evaluation, docHash(ethers)), request(3, Kind.Evaluation, docHash(ethers))]),
      expired(d.regulator, Office.Regulator),
    );
    await refusedWith(d.programme.connect(d.zoneAdmin).attestBatch([request(1, Kind.Review, docHash(ethers))]), expired(d.zoneAdmin, Office.ZoneAdmin));
    // revoke: as regulator of the field, as the zone's administrator, an expert its own opinion
    await refusedWith(d.programme.connect(d.regulator).revoke(uids.report, "lapsed"), expired(d.regulator, Office.Regulator));
    await refusedWith(d.programme.connect(d.regulator).revoke(uids.evaluation, "lapsed"), expired(d.regulator, Office.Regulator));
    await refusedWith(d.programme.connect(d.zoneAdmin).revoke(uids.report, "lapsed"), expired(d.zoneAdmin, Office.ZoneAdmin));
    await refusedWith(d.programme.connect(d.zoneAdmin).revoke(uids.review, "lapsed"), expired(d.zoneAdmin, Office.ZoneAdmin));
    await refusedWith(d.programme.connect(d.expert).revoke(uids.opinion, "lapsed"), expired(d.expert, Office.Expert));
    // the zone administrator's own administration
    const za = d.programme.connect(d.zoneAdmin);
    const key = d.spare[0];
    const consent = await signConsent(ethers, d.programme, key, await nextEntityId(d.programme));
    await refusedWith(za.registerEntity(1, "Chengdu Water", 4, bit(HEALTH), "", ethers.ZeroHash, [consent]), expired(d.zoneAdmin, Office.ZoneAdmin));
    await refusedWith(za.addSigner(1, await signConsent(ethers, d.programme, key, 1)), expired(d.zoneAdmin, Office.ZoneAdmin));
    await refusedWith(za.removeSigner(1, d.signer2.address), expired(d.zoneAdmin, Office.ZoneAdmin));
    await refusedWith(za.setEntityStatus(1, EntityStatus.Suspended), expired(d.zoneAdmin, Office.ZoneAdmin));
    await refusedWith(za.setProjectStatus(2, ProjectStatus.Active, ""), expired(d.zoneAdmin, Office.ZoneAdmin));
    await refusedWith(za.setProjectStatus(1, ProjectStatus.Suspended, "lapsed"), expired(d.zoneAdmin, Office.ZoneAdmin));
    // the regulator's own administration
    await refusedWith(d.programme.connect(d.regulator).setProjectStatus(1, ProjectStatus.Suspended, "lapsed"), expired(d.regulator, Office.Regulator));
    // the record is untouched
    expect((await d.programme.getAttestation(uids.report)).revoked).to.equal(false);
    expect((await d.programme.getProject(1)).status).to.equal(BigInt(ProjectStatus.Active));
  });

  it("offices that never held stay refused with the old errors; entity signers and the programme office do not expire", async () => {
    const { d, uids } = await networkHelpers.loadFixture(lapsed);
    await expect(d.programme.connect(d.outsider).attest(request(1, Kind.Evaluation, docHash(ethers))))
      .to.be.revertedWithCustomError(d.programme, "NotRegulator")
      .withArgs(HEALTH, d.outsider.address);
    await expect(d.programme.connect(d.zoneAdmin2).attest(request(1, Kind.Review, docHash(ethers))))
      .to.be.revertedWithCustomError(d.programme, "NotZoneAdmin")
      .withArgs(1, d.zoneAdmin2.address);
    await expect(d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, docHash(ethers)))).to.emit(d.programme, "Attested");
    await expect(d.programme.connect(d.signer).revoke(uids.report, "mine")).to.emit(d.programme, "Revoked");
    await expect(d.programme.connect(d.admin).revoke(uids.evaluation, "the office")).to.emit(d.programme, "Revoked");
    await expect(d.programme.connect(d.admin).setProjectStatus(2, ProjectStatus.Active, "")).to.emit(d.programme, "ProjectStatusChanged");
    // a lapsed official is still an official: it cannot become a signer until dismissed
    await expect(d.programme.connect(d.admin).addSigner(1, await signConsent(ethers, d.programme, d.regulator, 1))).to.be.revertedWithCustomError(
      d.programme,
      "AccountHoldsOffice",
    );
  });

  it("renewed, the office works again on every path; dismissed, it is no office at all", async () => {
    const { d, uids } = await networkHelpers.loadFixture(lapsed);
    const a = d.programme.connect(d.admin);
    for (const who of [d.zoneAdmin, d.regulator, d.expert]) await (await a.renewOffice(who.address, TERM_END)).wait();
    await expect(d.programme.connect(d.zoneAdmin).attest(request(1, Kind.Review, docHash(ethers)))).to.emit(d.programme, "Attested");
    await expect(d.programme.connect(d.expert).attest(request(1, Kind.ExpertOpinion, docHash(ethers)))).to.emit(d.programme, "Attested");
    const req = request(1, Kind.Evaluation, docHash(ethers));
    const sig = await signAttestation(connection, d.programme, d.regulator, req);
    await expect(d.programme.connect(d.relayer).attestBySig(req, sig.attester, sig.nonce, sig.deadline, sig.signature)).to.emit(d.programme, "SignatureUsed");
    await expect(d.programme.connect(d.expert).revoke(uids.opinion, "renewed")).to.emit(d.programme, "Revoked");
    await expect(d.programme.connect(d.zoneAdmin).revoke(uids.review, "renewed")).to.emit(d.programme, "Revoked");
    await expect(d.programme.connect(d.regulator).setProjectStatus(1, ProjectStatus.Suspended, "renewed")).to.emit(d.programme, "ProjectStatusChanged");
    await expect(d.programme.connect(d.zoneAdmin).setProjectStatus(1, ProjectStatus.Active, "")).to.emit(d.programme, "ProjectStatusChanged");
    await expect(d.programme.connect(d.zoneAdmin).setEntityStatus(1, EntityStatus.Suspended)).to.emit(d.programme, "EntityStatusChanged");
    await (await a.removeZoneAdmin(d.zoneAdmin.address)).wait();
    await expect(d.programme.connect(d.zoneAdmin).setEntityStatus(1, EntityStatus.Active))
      .to.be.revertedWithCustomError(d.programme, "NotZoneAdmin")
      .withArgs(1, d.zoneAdmin.address);
  });
});
