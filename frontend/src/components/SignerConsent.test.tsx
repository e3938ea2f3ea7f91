import { describe, expect, it } from "vitest";
import { readConsent } from "./SignerConsent";

const contract = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const consent = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: "pilot-programme/signer-consent@1",
    chainId: "31337",
    contract,
    account: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    entityId: 3,
    nonce: "0",
    deadline: "1900000000",
    signature: `0x${"ab".repeat(65)}`,
    ...over,
  });

describe("readConsent (finding 3: a signer key is added only with its own consent)", () => {
  it("takes a consent for the chosen entity on this chain and contract", () => {
    const r = readConsent(consent(), 3, 31337, contract);
    expect(r.ok && r.consent.account).toBe("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
  });

  it("says why a consent cannot be used: not JSON, a bad field, another chain, contract or entity", () => {
    const why = (text: string, entityId = 3) => {
      const r = readConsent(text, entityId, 31337, contract);
      return r.ok ? "" : r.why;
    };
    expect(why("")).toBe("");
    expect(why("{")).toMatch(/not JSON/);
    expect(why(consent({ signature: "xyz" }))).toMatch(/signature/);
    expect(why(consent({ chainId: "1" }))).toMatch(/chain 1/);
    expect(why(consent({ contract: `0x${"11".repeat(20)}` }))).toMatch(/another programme contract/);
    expect(why(consent(), 4)).toMatch(/entity #3, not the entity chosen above \(#4\)/);
  });
});
