import { expect } from "chai";
import { Kind } from "@pilot/sdk/domain";
import { lapsedOfficeSentence } from "@pilot/sdk/errors";
import { attesterStanding, distinctAddresses, entitlementsAt, lapsedOffices, NO_ENTITLEMENTS, revokerStanding, STANDING_LABEL } from "@pilot/sdk/standing";

const scope = { entityId: 4, zoneId: 2, field: 11 };
const HEALTH = 1 << 11;
const A = "0x00000000000000000000000000000000000000aa";
const B = "0x00000000000000000000000000000000000000Bb";

describe("sdk/standing: finding 5: former signers and former offices are told apart from current ones", () => {
  it("an attester keeps its standing only while it holds the role that let it issue that kind", () => {
    expect(attesterStanding(Kind.ProgressReport, scope, { ...NO_ENTITLEMENTS, entityId: 4 })).to.equal("current");
    expect(attesterStanding(Kind.Milestone, scope, NO_ENTITLEMENTS)).to.equal("former-signer");
    expect(attesterStanding(Kind.Milestone, scope, { ...NO_ENTITLEMENTS, entityId: 5 })).to.equal("former-signer");
    expect(attesterStanding(Kind.Review, scope, { ...NO_ENTITLEMENTS, zoneAdminOf: 2 })).to.equal("current");
    expect(attesterStanding(Kind.Review, scope, { ...NO_ENTITLEMENTS, zoneAdminOf: 3 })).to.equal("former-office");
    expect(attesterStanding(Kind.ExpertOpinion, scope, { ...NO_ENTITLEMENTS, expertFields: HEALTH })).to.equal("current");
    expect(attesterStanding(Kind.ExpertOpinion, scope, { ...NO_ENTITLEMENTS, regulatorFields: HEALTH })).to.equal("former-office");
    expect(attesterStanding(Kind.Evaluation, scope, { ...NO_ENTITLEMENTS, regulatorFields: HEALTH })).to.equal("current");
    expect(attesterStanding(Kind.Acceptance, scope, { ...NO_ENTITLEMENTS, regulatorFields: 1 })).to.equal("former-office");
    expect(attesterStanding(9, scope, { ...NO_ENTITLEMENTS, regulatorFields: HEALTH })).to.equal("former-office");
  });

  it("a revoker is current while it holds an office over the project, or is the attester still in its role", () => {
    const base = { revoker: A, attester: B, kind: Kind.Milestone, scope, isProgrammeOffice: false };
    expect(revokerStanding({ ...base, account: { ...NO_ENTITLEMENTS, zoneAdminOf: 2 } })).to.equal("current");
    expect(revokerStanding({ ...base, account: { ...NO_ENTITLEMENTS, regulatorFields: HEALTH } })).to.equal("current");
    expect(revokerStanding({ ...base, account: NO_ENTITLEMENTS, isProgrammeOffice: true })).to.equal("current");
    expect(revokerStanding({ ...base, account: { ...NO_ENTITLEMENTS, zoneAdminOf: 7 } })).to.equal("former-office");
    // the attester revoking its own claim: judged by its issuing role
    const self = { ...base, revoker: B.toUpperCase().replace("0X", "0x"), attester: B };
    expect(revokerStanding({ ...self, account: { ...NO_ENTITLEMENTS, entityId: 4 } })).to.equal("current");
    expect(revokerStanding({ ...self, account: NO_ENTITLEMENTS })).to.equal("former-signer");
    expect(revokerStanding({ ...self, kind: Kind.Review, account: NO_ENTITLEMENTS })).to.equal("former-office");
  });

  it("labels, and each address once", () => {
    expect(STANDING_LABEL).to.deep.equal({ current: "", "former-signer": "former signer", "former-office": "former office" });
    expect(distinctAddresses([A, B, undefined, "", B.toLowerCase(), null, A])).to.deep.equal([A, B.toLowerCase()]);
  });
  it("issue 10: an office whose term has ended is a former office (the chain refuses it with OfficeExpired); a signer key has no term", () => {
    const END = 1_861_920_000; // 2029-01-01T00:00:00Z
    const official = { ...NO_ENTITLEMENTS, entityId: 4, zoneAdminOf: 2, regulatorFields: HEALTH, expertFields: HEALTH, officeExpiresAt: END };
    expect(attesterStanding(Kind.Review, scope, official, END - 1)).to.equal("current");
    expect(attesterStanding(Kind.Review, scope, official, END)).to.equal("former-office");
    expect(attesterStanding(Kind.Evaluation, scope, official, END)).to.equal("former-office");
    expect(attesterStanding(Kind.ExpertOpinion, scope, official, END + 86_400)).to.equal("former-office");
    expect(attesterStanding(Kind.ProgressReport, scope, official, END)).to.equal("current");
    // without the chain's clock, or without a known expiry, the offices are taken as they are
    expect(attesterStanding(Kind.Review, scope, official)).to.equal("current");
    expect(entitlementsAt({ ...NO_ENTITLEMENTS, zoneAdminOf: 2 }, END)).to.deep.equal({ ...NO_ENTITLEMENTS, zoneAdminOf: 2 });
    const revoke = { revoker: B, attester: A, kind: Kind.Milestone, scope, account: official, isProgrammeOffice: false };
    expect(revokerStanding({ ...revoke, nowSeconds: END - 1 })).to.equal("current");
    expect(revokerStanding({ ...revoke, nowSeconds: END })).to.equal("former-office");
    expect(revokerStanding({ ...revoke, nowSeconds: END, isProgrammeOffice: true })).to.equal("current");
  });
});

describe("sdk/standing: issue 10: what lapsed, and the sentence that says so", () => {
  const DAY = 86_400;
  const end = 20_089 * DAY; // 2025-01-01
  const admin = { ...NO_ENTITLEMENTS, zoneAdminOf: 2, officeExpiresAt: end };

  it("lapsedOffices names the offices the slot still holds once the chain's clock reaches the expiry", () => {
    expect(lapsedOffices(admin, end - 1)).to.equal(undefined);
    expect(lapsedOffices(admin, end)).to.deep.equal({ zoneAdminOf: 2, regulatorFields: 0, expertFields: 0, expiredAt: end });
    expect(lapsedOffices({ ...NO_ENTITLEMENTS, entityId: 4 }, end + DAY)).to.equal(undefined);
    expect(lapsedOffices({ ...NO_ENTITLEMENTS, zoneAdminOf: 2 }, end + DAY)).to.equal(undefined);
  });

  it("lapsedOfficeSentence names the office, its zone, the UTC date, and who renews it", () => {
    const lapsed = lapsedOffices(admin, end + DAY)!;
    expect(lapsedOfficeSentence(A, lapsed, "Ganzhou", { governed: true, command: "npx hardhat propose -- renew-office --account 0xaa" })).to.equal(
      `${A}'s office as zone administrator of Ganzhou lapsed on 2025-01-01 and acts as none; renewing it is a governance action (npx hardhat propose -- renew-office --account 0xaa)`,
    );
    const two = lapsedOffices({ ...NO_ENTITLEMENTS, regulatorFields: HEALTH, expertFields: HEALTH, officeExpiresAt: end }, end)!;
    expect(lapsedOfficeSentence(A, two, undefined, { governed: false, command: "x" })).to.match(
      /'s offices as regulator of \S+ and expert of \S+ lapsed on 2025-01-01 and act as none; renewing them is the programme office's action \(x\)$/,
    );
  });
});
