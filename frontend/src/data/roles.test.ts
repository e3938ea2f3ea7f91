// @vitest-environment node
/** Issue 10: an office whose term has ended acts as no office (the chain refuses it with OfficeExpired); the roles say when it lapsed. */
import { describe, expect, it } from "vitest";
import { officesInTerm } from "./roles";

const DAY = 86_400;
const held = { zoneAdminOf: 2, regulatorFields: [11], expertFields: [3] };

describe("offices in their term", () => {
  it("holds every office until the expiry day's UTC midnight, none from that instant (the contract's rule)", () => {
    const day = 20_000;
    expect(officesInTerm(held, day, day * DAY - 1)).toEqual({ ...held, lapsed: undefined });
    expect(officesInTerm(held, day, day * DAY)).toEqual({ zoneAdminOf: 0, regulatorFields: [], expertFields: [], lapsed: { ...held, expiredAt: day * DAY } });
  });
  it("an account with no office has nothing to lapse, whatever its expiry day", () => {
    const nothing = { zoneAdminOf: 0, regulatorFields: [], expertFields: [] };
    expect(officesInTerm(nothing, 0, 1_800_000_000)).toEqual({ ...nothing, lapsed: undefined });
  });
});
