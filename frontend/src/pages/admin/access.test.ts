// @vitest-environment node
import { describe, expect, it } from "vitest";
import { adminAccess, inLifecycleScope, lifecycleProposes, mayUse, zoneProposes } from "./access";

const none = { isProgrammeOffice: false, entityId: 0, zoneAdminOf: 0, regulatorFields: [] as number[], expertFields: [] as number[] };

describe("Admin page access (only the forms the connected role can use)", () => {
  it("an account without roles gets no form, a line for each role, and the consent card", () => {
    expect(adminAccess(none)).toEqual({ shown: [], needs: ["propose", "zone", "lifecycle", "office"], consent: true });
  });

  it("a signer may propose projects only", () => {
    expect(adminAccess({ ...none, entityId: 4 })).toEqual({ shown: ["propose"], needs: ["zone", "lifecycle", "office"], consent: false });
  });

  it("a zone administrator administers its zone and moves its projects; a regulator moves its fields' projects", () => {
    expect(adminAccess({ ...none, zoneAdminOf: 2 }).shown).toEqual(["zone", "lifecycle"]);
    expect(adminAccess({ ...none, regulatorFields: [11] }).shown).toEqual(["lifecycle"]);
  });

  it("an expert uses none of the forms (it attests), and is not offered the consent card", () => {
    expect(adminAccess({ ...none, expertFields: [3] })).toEqual({ shown: [], needs: ["propose", "zone", "lifecycle", "office"], consent: false });
  });

  it("the programme office has every office form but cannot propose (offices are never signers)", () => {
    const office = { ...none, isProgrammeOffice: true };
    expect(adminAccess(office).shown).toEqual(["zone", "lifecycle", "office"]);
    expect(mayUse("propose", office)).toBe(false);
  });

  it("issue 10: with the timelock as office, a seat holder gets the office's forms (to propose them), the guardian its pause; others are told what they need", () => {
    expect(adminAccess({ ...none, officeMode: "propose" })).toEqual({ shown: ["zone", "lifecycle", "office"], needs: ["propose"], consent: false });
    // the lifecycle form then proposes, for any project; a zone administrator with a seat keeps its direct form for its zone
    expect(lifecycleProposes({ ...none, officeMode: "propose" })).toBe(true);
    expect(inLifecycleScope({ ...none, officeMode: "propose" }, { zoneId: 9, field: 1 })).toBe(true);
    expect(lifecycleProposes({ ...none, officeMode: "propose", zoneAdminOf: 2 })).toBe(false);
    expect(inLifecycleScope({ ...none, officeMode: "propose", zoneAdminOf: 2 }, { zoneId: 9, field: 1 })).toBe(false);
    expect(lifecycleProposes({ ...none, officeMode: "needsSeat" })).toBe(false);
    expect(adminAccess({ ...none, officeMode: "needsSeat", isGuardian: true }).shown).toEqual(["office"]);
    expect(adminAccess({ ...none, officeMode: "needsSeat" })).toEqual({ shown: [], needs: ["propose", "zone", "lifecycle", "office"], consent: true });
    // the zone forms the office may use propose too, in any zone; a zone administrator with a seat keeps its direct forms
    expect(mayUse("zone", { ...none, officeMode: "propose" })).toBe(true);
    expect(zoneProposes({ ...none, officeMode: "propose" })).toBe(true);
    expect(zoneProposes({ ...none, officeMode: "propose", zoneAdminOf: 2 })).toBe(false);
    expect(zoneProposes({ ...none, officeMode: "propose", isProgrammeOffice: true })).toBe(false);
    expect(zoneProposes({ ...none, officeMode: "needsSeat" })).toBe(false);
    expect(mayUse("zone", { ...none, officeMode: "needsSeat" })).toBe(false);
  });

  it("the lifecycle form lists the projects of the account's zone or regulated fields, or all for the office", () => {
    const p = { zoneId: 2, field: 11 };
    expect(inLifecycleScope({ ...none, zoneAdminOf: 2 }, p)).toBe(true);
    expect(inLifecycleScope({ ...none, zoneAdminOf: 3 }, p)).toBe(false);
    expect(inLifecycleScope({ ...none, regulatorFields: [11] }, p)).toBe(true);
    expect(inLifecycleScope({ ...none, regulatorFields: [10] }, p)).toBe(false);
    expect(inLifecycleScope({ ...none, isProgrammeOffice: true }, p)).toBe(true);
  });
});
