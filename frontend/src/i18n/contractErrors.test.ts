// @vitest-environment node
/**
 * The dApp's wording of contract refusals: English identical to sdk/errors.ts (the terminal tool's) for
 * every error sdk/errors.ts knows, Chinese in Chinese mode for every one of them. The errors and their
 * arguments come from sdk/errors.ts's table and the contracts' ABIs (no hand list, save the argument types
 * of the few checks made before sending, which no contract declares): an error added to sdk/errors.ts
 * without a Chinese sentence here fails this test.
 */
import { afterEach, describe, expect, it } from "vitest";
import { describeContractError, KNOWN_ERRORS, type NameLookup } from "@pilot/sdk/errors";
import { keccak256, toHex } from "viem";
import { pilotProgrammeAbi, programmeGovernorAbi, programmeReaderAbi, programmeSeatsAbi, programmeTimelockAbi } from "@pilot/sdk/generated/abis";
import i18n from "./index";
import { LOCALISED_ERRORS, localContractError } from "./contractErrors";

const A = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const UID = `0x${"ab".repeat(32)}`;
const ADMIN = `0x${"0".repeat(64)}`;
/** The timelock's roles (keccak256 of their names), as AccessControlUnauthorizedAccount names them. */
const TIMELOCK_ROLES = ["PROPOSER_ROLE", "EXECUTOR_ROLE", "CANCELLER_ROLE"].map((r) => keccak256(toHex(r)));
/** An `expectedStates` bitmap with bits 2 and 4 set: Canceled or Succeeded (governor), Ready (timelock). */
const STATES = `0x${"0".repeat(62)}14`;
const lookup: NameLookup = { zone: async () => "Chengdu", entity: async () => "Haier", project: async () => "Port logistics" };

type Input = { readonly type: string };
/** Solidity's built-in errors (not in the ABIs). */
const BUILT_IN: Readonly<Record<string, readonly Input[]>> = { Error: [{ type: "string" }], Panic: [{ type: "uint256" }] };
/**
 * The refusals sdk/errors.ts words for checks made before any transaction (proposalStatus.ts's canVote,
 * canQueue, canExecute): no contract declares them, so their argument types are declared here, as the
 * dApp passes them (an account; times in seconds as numbers; a proposal state's index).
 */
const PRE_SEND: Readonly<Record<string, readonly Input[]>> = {
  NotSeatHolder: [{ type: "address" }],
  NoVoteAtSnapshot: [{ type: "address" }, { type: "uint48" }],
  VotingNotOpen: [{ type: "uint48" }],
  VotingClosed: [{ type: "uint48" }],
  ProposalNotSucceeded: [{ type: "uint8" }],
  ProposalNotQueued: [{ type: "uint8" }],
  TimelockNotReady: [{ type: "uint48" }],
};
const INPUTS = new Map<string, readonly Input[]>([...Object.entries(BUILT_IN), ...Object.entries(PRE_SEND)]);
for (const item of [...pilotProgrammeAbi, ...programmeReaderAbi, ...programmeGovernorAbi, ...programmeTimelockAbi, ...programmeSeatsAbi])
  if (item.type === "error") INPUTS.set(item.name, item.inputs);

/**
 * Values of an ABI type, as viem decodes them (numbers up to 48 bits, bigints above), chosen to reach
 * every branch of the sentences: 0 ("none"), real ids and statuses, out-of-range ids, the roles, state bitmaps.
 */
function samples(type: string): readonly unknown[] {
  const uint = /^uint(\d+)$/.exec(type);
  if (uint) {
    const bits = Number(uint[1]);
    if (bits <= 8) return [0, 2, 5, 11, 40];
    if (bits <= 48) return [0, 3, 9, 1_700_000_000];
    // a time (2026-01-01), beyond any calendar date, and a 256-bit proposal id
    return [0n, 3n, 1001n, 1_767_225_600n, 2n ** 64n - 1n, BigInt(UID)];
  }
  if (type === "address") return [A];
  // ids and hashes; the programme office's and the timelock's roles; a state bitmap
  if (type === "bytes32") return [UID, ADMIN, ...TIMELOCK_ROLES, STATES];
  if (type === "string") return ["reason: text"];
  throw new Error(`no sample values for ABI type ${type}`);
}

const product = (lists: readonly (readonly unknown[])[]): unknown[][] =>
  lists.reduce<unknown[][]>((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]]);

/** Every error sdk/errors.ts words, with every combination of sample arguments. */
function cases(): [string, unknown[][]][] {
  return KNOWN_ERRORS.map((name) => {
    const inputs = INPUTS.get(name);
    if (!inputs) throw new Error(`sdk/errors.ts words ${name}, which no contract ABI declares`);
    return [name, product(inputs.map((i) => samples(i.type)))];
  });
}

const HAN = /[\u4e00-\u9fff]/;

afterEach(async () => {
  await i18n.changeLanguage("en");
});

describe("contract refusals in the dApp's languages", () => {
  it("words every error sdk/errors.ts knows (an error added there without a sentence here fails)", () => {
    expect(KNOWN_ERRORS.length).toBeGreaterThanOrEqual(58);
    expect(KNOWN_ERRORS.filter((name) => !LOCALISED_ERRORS.includes(name))).toEqual([]);
    expect(LOCALISED_ERRORS.filter((name) => !KNOWN_ERRORS.includes(name))).toEqual([]);
  });

  it("English is word for word sdk/errors.ts's (the terminal tool's), for every error, argument shape and with or without names", async () => {
    let checked = 0;
    for (const [name, argLists] of cases()) {
      for (const args of argLists) {
        for (const l of [lookup, undefined]) {
          expect(await localContractError(name, args, l), `${name}(${args.map(String).join(", ")})`).toBe(await describeContractError(name, args, l));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(await localContractError("SomethingNew", [1n, "x"])).toBe(await describeContractError("SomethingNew", [1n, "x"]));
  });

  it("every error reads in Chinese in Chinese mode, never in sdk/errors.ts's English", async () => {
    await i18n.changeLanguage("zh-CN");
    for (const [name, argLists] of cases()) {
      for (const args of argLists) {
        const english = await describeContractError(name, args, lookup);
        const chinese = await localContractError(name, args, lookup);
        expect(chinese, name).toMatch(HAN);
        expect(chinese, name).not.toBe(english);
        // No English words left over beyond names, hex and the few technical terms kept as they are.
        const words = (chinese ?? "").replace(/0x[0-9a-fA-F]+|Port logistics|reason: text|EIP-712|URI|panic|no calendar date|[0-9TZ:-]+/g, "");
        expect(words, name).not.toMatch(/[A-Za-z]{3,}/);
      }
    }
  });

  it("Chinese sentences use the sample's Chinese names and the catalogue's vocabulary", async () => {
    await i18n.changeLanguage("zh-CN");
    expect(await localContractError("NotZoneAdmin", [3, A], lookup)).toBe(`账户 ${A} 不是试点区成都的管理员`);
    expect(await localContractError("NotEntitySigner", [4, A], lookup)).toBe(`账户 ${A} 不是主体 #4「海尔」的签名人`);
    expect(await localContractError("ProjectNotOpen", [9, 5], lookup)).toBe("项目 #9「Port logistics」的状态为已验收，不接受此类证明");
    expect(await localContractError("NotRegulator", [11, A])).toBe(`账户 ${A} 不是卫生健康领域的监管部门`);
    expect(await localContractError("IllegalZoneTransition", [3, 3, 1], lookup)).toBe("试点区成都不能从“已关闭”变为“进行中”");
    expect(await localContractError("IllegalProjectTransition", [9, 5, 2])).toBe("项目 #9不能从“已验收”变为“进行中”");
    expect(await localContractError("FieldNotInEntity", [4, 12], lookup)).toBe("主体 #4「海尔」未参与教育领域");
    expect(await localContractError("TooManySigners", [4, 5n], lookup)).toBe("主体 #4「海尔」已有 5 个签名密钥，已达上限：请先移除一个");
    expect(await localContractError("TitleTooLong", [300n, 200n])).toBe("标题长度为 300 字节，最多允许 200 字节");
    expect(await localContractError("PageTooLarge", [500n, 100n])).toBe("一次读取请求了 500 条记录，每次最多返回 100 条：请分页读取");
    expect(await localContractError("InvalidFields", [0])).toBe("至少须选择一个领域");
    expect(await localContractError("AccessControlUnauthorizedAccount", [A, `0x${"1".repeat(64)}`])).toBe(`账户 ${A} 不具备角色 0x${"1".repeat(64)}`);
    expect(await localContractError("AccessControlEnforcedDefaultAdminDelay", [0])).toBe("试点工作办公室的移交须在 1970-01-01T00:00:00Z 之后才能接受");
    expect(await localContractError("Panic", [0x11n])).toBe("合约执行出错（panic 0x11）");
    expect(await localContractError("SomethingNew", [1n, "x"])).toBe("合约拒绝执行：SomethingNew(1, x)");
    expect(await localContractError("OfficeExpired", [A, 1, 1_767_225_600n])).toBe(
      `账户 ${A} 的监管部门职务已于 2026-01-01T00:00:00Z 到期：在试点工作办公室续任之前，它不再具有任何职务权限`,
    );
    expect(await localContractError("HoldsNoOffice", [A])).toBe(`账户 ${A} 未担任可续任的职务（试点区管理员、监管部门或专家）`);
    expect(await localContractError("AccessControlUnauthorizedAccount", [A, TIMELOCK_ROLES[1]])).toBe(`账户 ${A} 不具备时间锁的执行者角色`);
    expect(await localContractError("GovernorUnexpectedProposalState", [7n, 3, STATES])).toBe("提案 7 的状态为未通过；此操作要求其状态为已撤销或已通过");
    expect(await localContractError("TimelockUnexpectedOperationState", [UID, STATES])).toBe(
      `时间锁操作 ${UID} 不处于可执行状态：可能尚未提交、仍在等待期内，或已执行完毕`,
    );
    expect(await localContractError("ProposalNotSucceeded", [3])).toBe("只有已通过的提案才能提交至时间锁；本提案的状态为未通过");
  });
});
