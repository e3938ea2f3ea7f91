// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import type { Address } from "viem";
import { chainFacts, judge, standingKeys, type StandingFacts } from "./standing";

const calls: { functionName: string; args?: readonly unknown[] }[] = [];
vi.mock("./chain", () => ({
  pilotProgrammeAbi: [],
  programmeReaderAbi: [],
  requireContracts: () => ({ programme: "0x0000000000000000000000000000000000000001", reader: "0x0000000000000000000000000000000000000002" }),
  publicClient: () => ({
    readContract: async (c: { functionName: string; args?: readonly unknown[] }) => {
      calls.push(c);
      if (c.functionName === "accounts") return (c.args?.[0] as string[]).map((_a, i) => ({ entityId: i === 0 ? 4 : 0, zoneAdminOf: 0, regulatorFields: 0, expertFields: 0, nonce: 0n }));
      if (c.functionName === "getProject") return { id: c.args?.[0], entityId: 4, zoneId: 2, field: 11 };
      if (c.functionName === "defaultAdmin") return "0x00000000000000000000000000000000000000EE";
      throw new Error(`unexpected ${c.functionName}`);
    },
    getBlock: async () => ({ timestamp: 1_800_000_000n }),
  }),
}));

const SIGNER = "0x00000000000000000000000000000000000000Aa" as Address;
const REMOVED = "0x00000000000000000000000000000000000000bB" as Address;
const REGULATOR = "0x00000000000000000000000000000000000000cc" as Address;
const DISMISSED = "0x00000000000000000000000000000000000000dd" as Address;
const OFFICE = "0x00000000000000000000000000000000000000ee" as Address;
const HEALTH = 1 << 11;

const facts: StandingFacts = {
  accounts: new Map([
    [SIGNER.toLowerCase(), { entityId: 4, zoneAdminOf: 0, regulatorFields: 0, expertFields: 0 }],
    [REGULATOR.toLowerCase(), { entityId: 0, zoneAdminOf: 0, regulatorFields: HEALTH, expertFields: 0 }],
    [REMOVED.toLowerCase(), { entityId: 0, zoneAdminOf: 0, regulatorFields: 0, expertFields: 0 }],
  ]),
  projects: new Map([[7, { entityId: 4, zoneId: 2, field: 11 }]]),
  office: OFFICE.toLowerCase(),
};

describe("finding 5: the dApp marks former signers and former offices", () => {
  it("judges each attester and revoker of a page by their current entitlements", () => {
    const s = judge(facts);
    expect(s.attester({ attester: SIGNER, kind: 1, projectId: 7 })).toBe("current");
    expect(s.attester({ attester: REMOVED, kind: 0, projectId: 7 })).toBe("former-signer");
    expect(s.attester({ attester: DISMISSED, kind: 5, projectId: 7 })).toBe("former-office");
    expect(s.attester({ attester: REGULATOR, kind: 4, projectId: 7 })).toBe("current");
    expect(s.revoker({ attester: REMOVED, kind: 0, projectId: 7, revoked: { by: REGULATOR } })).toBe("current");
    expect(s.revoker({ attester: REMOVED, kind: 0, projectId: 7, revoked: { by: REMOVED } })).toBe("former-signer");
    expect(s.revoker({ attester: SIGNER, kind: 0, projectId: 7, revoked: { by: DISMISSED } })).toBe("former-office");
    expect(s.revoker({ attester: SIGNER, kind: 0, projectId: 7, revoked: { by: OFFICE } })).toBe("current");
    expect(s.revoker({ attester: SIGNER, kind: 0, projectId: 7 })).toBeUndefined();
  });

  it("issue 10: an office whose term has ended by the chain's clock is a former office; the same office in its term is current", () => {
    const END = 1_861_920_000;
    const lapsing: StandingFacts = { ...facts, accounts: new Map([...facts.accounts, [REGULATOR.toLowerCase(), { entityId: 0, zoneAdminOf: 0, regulatorFields: HEALTH, expertFields: 0, officeExpiresAt: END }]]) };
    expect(judge(lapsing, END - 1).attester({ attester: REGULATOR, kind: 4, projectId: 7 })).toBe("current");
    expect(judge(lapsing, END).attester({ attester: REGULATOR, kind: 4, projectId: 7 })).toBe("former-office");
    expect(judge(lapsing, END).revoker({ attester: REMOVED, kind: 0, projectId: 7, revoked: { by: REGULATOR } })).toBe("former-office");
    expect(judge({ ...lapsing, now: END }).attester({ attester: REGULATOR, kind: 4, projectId: 7 })).toBe("former-office");
  });

  it("says nothing while the facts load or for a project it does not know", () => {
    expect(judge(undefined).attester({ attester: REMOVED, kind: 0, projectId: 7 })).toBeUndefined();
    expect(judge(facts).attester({ attester: REMOVED, kind: 0, projectId: 8 })).toBeUndefined();
  });

  it("looks up each distinct address and project once per page", () => {
    const rows = [
      { attester: SIGNER, kind: 0, projectId: 7, revoked: { by: REGULATOR } },
      { attester: SIGNER.toLowerCase() as Address, kind: 1, projectId: 7 },
      { attester: REMOVED, kind: 0, projectId: 3, revoked: { by: undefined } },
      { attester: REGULATOR, kind: 4, projectId: 7 },
    ];
    expect(standingKeys(rows)).toEqual({ addresses: [SIGNER.toLowerCase(), REMOVED.toLowerCase(), REGULATOR.toLowerCase()].sort(), projectIds: [3, 7] });
  });

  it("limited mode: reads the chain once per page (accounts in one call, each project once, the office once)", async () => {
    calls.length = 0;
    const f = await chainFacts([SIGNER.toLowerCase(), REMOVED.toLowerCase()], [3, 7]);
    expect(calls.map((c) => c.functionName).sort()).toEqual(["accounts", "defaultAdmin", "getProject", "getProject"]);
    expect(calls.find((c) => c.functionName === "accounts")?.args).toEqual([[SIGNER.toLowerCase(), REMOVED.toLowerCase()]]);
    expect(f.office).toBe(OFFICE.toLowerCase());
    expect(f.projects.get(7)).toEqual({ entityId: 4, zoneId: 2, field: 11 });
    expect(judge(f).attester({ attester: SIGNER, kind: 0, projectId: 7 })).toBe("current");
    expect(judge(f).attester({ attester: REMOVED, kind: 0, projectId: 3 })).toBe("former-signer");
  });
});
