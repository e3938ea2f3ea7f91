/** The dApp's wording of contract refusals: English identical to sdk/errors.ts (the terminal tool's), Chinese in Chinese mode. */
import { afterEach, describe, expect, it } from "vitest";
import { describeContractError, type NameLookup } from "@sdk/errors";
import i18n from "./index";
import { LOCALISED_ERRORS, localContractError } from "./contractErrors";

const A = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const UID = `0x${"ab".repeat(32)}`;
const ADMIN = `0x${"0".repeat(64)}`;
const lookup: NameLookup = { zone: async () => "Chengdu", entity: async () => "Haier", project: async () => "Port logistics" };

/** Arguments for each localised error, in both shapes where the sentence depends on them (0 = none). */
const CASES: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  EnforcedPause: [[]],
  UnknownProject: [[7]],
  EmptyName: [[]],
  EmptyReason: [[]],
  ZeroContentHash: [[]],
  NotZoneAdmin: [[3, A], [0, A]],
  NotRegulator: [[11, A]],
  NotExpert: [[6, A]],
  NotEntitySigner: [[4, A], [0, A]],
  NotProjectAuthority: [[9, A]],
  NotAuthorizedToRevoke: [[UID, A]],
  ZoneNotActive: [[2, 2]],
  EntityNotActive: [[4, 3]],
  ProjectNotOpen: [[9, 5]],
  AlreadyRevoked: [[UID]],
  ReferenceOutsideProject: [[UID, 9]],
  ExpiredSignature: [[1_700_000_000n], [2n ** 64n - 1n]],
  InvalidNonce: [[A, 3n]],
  InvalidSignature: [[A]],
  AccessControlUnauthorizedAccount: [[A, ADMIN]],
  // governance (i18n/governanceText.ts): refusals found before any transaction, and the governor's own
  NotSeatHolder: [[A]],
  NoVoteAtSnapshot: [[A, 1_800_000_000]],
  VotingNotOpen: [[1_800_000_000]],
  VotingClosed: [[1_800_000_000]],
  ProposalNotSucceeded: [[3]],
  ProposalNotQueued: [[1]],
  TimelockNotReady: [[1_800_000_000]],
  GovernorAlreadyCastVote: [[A]],
  GovernorUnexpectedProposalState: [[2n ** 200n + 5n, 3, 1n << 1n], [7n, 0, (1n << 4n) | (1n << 5n)], [7n, 0, 0n]],
  OfficeExpired: [[A, 0, 1_767_225_600n], [A, 1, 1_767_225_600n], [A, 2, 1_767_225_600n]],
};

afterEach(async () => {
  await i18n.changeLanguage("en");
});

describe("contract refusals in the dApp's languages", () => {
  it("English is word for word sdk/errors.ts's (the terminal tool's), with and without names", async () => {
    expect([...LOCALISED_ERRORS].sort()).toEqual(Object.keys(CASES).sort());
    for (const [name, cases] of Object.entries(CASES)) {
      for (const args of cases) {
        for (const l of [lookup, undefined]) {
          expect(await localContractError(name, args, l), name).toBe(await describeContractError(name, args, l));
        }
      }
    }
  });

  it("Chinese in Chinese mode, with the sample's Chinese names; other errors and other roles fall back to English", async () => {
    await i18n.changeLanguage("zh-CN");
    expect(await localContractError("NotZoneAdmin", [3, A], lookup)).toBe(`账户 ${A} 不是试点区成都的管理员`);
    expect(await localContractError("NotEntitySigner", [4, A], lookup)).toBe(`账户 ${A} 不是主体 #4「海尔」的签名人`);
    expect(await localContractError("ProjectNotOpen", [9, 5], lookup)).toBe("项目 #9「Port logistics」的状态为已验收，不接受此类证明");
    expect(await localContractError("NotRegulator", [11, A])).toBe(`账户 ${A} 不是卫生健康领域的监管部门`);
    expect(await localContractError("OfficeExpired", [A, 1, 1_767_225_600n])).toBe(
      `账户 ${A} 的监管部门职务已于 2026-01-01T00:00:00Z 到期：在试点工作办公室续任之前，它不再具有任何职务权限`,
    );
    expect(await localContractError("PageTooLarge", [500, 100])).toBeUndefined();
    expect(await localContractError("AccessControlUnauthorizedAccount", [A, `0x${"1".repeat(64)}`])).toBeUndefined();
  });
});
