import { expect } from "chai";
import { describeContractError } from "@pilot/sdk/errors";
import { isoFromSeconds, MAX_DATE_MS, msFromSeconds, msOfDate, noCalendarDate } from "@pilot/sdk/time";

describe("sdk/time: finding 5: every date formatter is total", () => {
  it("turns seconds into ms within the Date range, and anything else into undefined", () => {
    expect(msFromSeconds(0)).to.equal(0);
    expect(msFromSeconds(0n)).to.equal(0);
    expect(msFromSeconds("1700000000")).to.equal(1_700_000_000_000);
    expect(msFromSeconds(-86_400)).to.equal(-86_400_000);
    expect(msFromSeconds(MAX_DATE_MS / 1000)).to.equal(MAX_DATE_MS);
    expect(msFromSeconds(MAX_DATE_MS / 1000 + 1)).to.equal(undefined);
    expect(msFromSeconds(2n ** 64n - 1n)).to.equal(undefined);
    expect(msFromSeconds(-(2n ** 64n))).to.equal(undefined);
    expect(msFromSeconds("18446744073709551615")).to.equal(undefined);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, "soon", "1.5", null, undefined, {}]) expect(msFromSeconds(bad)).to.equal(undefined);
  });

  it("formats ISO dates, and names the raw value when there is no calendar date", () => {
    expect(isoFromSeconds(1_700_000_000)).to.equal("2023-11-14T22:13:20Z");
    expect(isoFromSeconds(1_700_000_000.5)).to.equal("2023-11-14T22:13:20.500Z");
    expect(isoFromSeconds(2n ** 64n - 1n)).to.equal("no calendar date (18446744073709551615 s)");
    expect(isoFromSeconds(Number.NaN)).to.equal("no calendar date (NaN s)");
    expect(msOfDate(new Date(Number.NaN))).to.equal(undefined);
    expect(msOfDate(new Date(5))).to.equal(5);
    expect(msOfDate("2020")).to.equal(undefined);
    expect(noCalendarDate(new Date(Number.NaN))).to.equal("no calendar date (an invalid date)");
  });

  it("error sentences with a time never throw either (ExpiredSignature of a 2^64-1 deadline)", async () => {
    expect(await describeContractError("ExpiredSignature", [2n ** 64n - 1n])).to.equal("the signature expired at no calendar date (18446744073709551615 s)");
    expect(await describeContractError("AccessControlEnforcedDefaultAdminDelay", [0n])).to.equal(
      "the programme office transfer can be accepted only after 1970-01-01T00:00:00Z",
    );
  });
});
