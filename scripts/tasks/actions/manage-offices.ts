import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { fieldsLabel } from "../../../sdk/errors.js";
import { isoFromSeconds } from "../../../sdk/time.js";
import { chainNow, guarded, manage } from "../../lib/cli/management.js";
import { parseAddress, parseExpiry, parseFields } from "../../lib/cli/parse.js";

interface OfficeArgs {
  account?: string;
  fields?: string;
  expires?: string;
  from?: string;
}

function setFields(method: "setRegulatorFields" | "setExpertFields", office: string) {
  return guarded(async (args: OfficeArgs, hre: HardhatRuntimeEnvironment) => {
    const account = parseAddress(args.account, "account");
    const fields = parseFields(args.fields, "fields", true);
    return manage(hre, args.from, async (ctx) => {
      const expires = parseExpiry(args.expires, await chainNow(ctx));
      return {
        method,
        args: [account, fields, expires],
        done: () =>
          fields === 0
            ? `dismissed ${account} as ${office}`
            : `${account} is now ${office} of: ${fieldsLabel(fields)}, until ${isoFromSeconds(expires)} (with every other office it holds)`,
      };
    });
  });
}

/** Renews (or shortens) every office an account holds. */
export const renewOffice = guarded(async (args: { account?: string; expires?: string; from?: string }, hre: HardhatRuntimeEnvironment) => {
  const account = parseAddress(args.account, "account");
  return manage(hre, args.from, async (ctx) => {
    const expires = parseExpiry(args.expires, await chainNow(ctx));
    return { method: "renewOffice", args: [account, expires], done: () => `${account}'s offices now expire at ${isoFromSeconds(expires)}` };
  });
});

/** Makes an account the guardian (it may pause, nothing else); the zero address removes it. */
export const setGuardian = guarded(async (args: { account?: string; from?: string }, hre: HardhatRuntimeEnvironment) => {
  const account = parseAddress(args.account, "account");
  return manage(hre, args.from, async () => ({
    method: "setGuardian",
    args: [account],
    done: () => (/^0x0{40}$/i.test(account) ? "the programme has no guardian now" : `${account} is now the guardian: it may pause the programme, nothing else`),
  }));
});

export const setRegulator = setFields("setRegulatorFields", "regulator");
export const setExpert = setFields("setExpertFields", "expert");

export const pause = guarded(async (args: { from?: string }, hre: HardhatRuntimeEnvironment) => {
  return manage(hre, args.from, async () => ({ method: "pause", args: [], done: () => "the programme is paused" }));
});

export const unpause = guarded(async (args: { from?: string }, hre: HardhatRuntimeEnvironment) => {
  return manage(hre, args.from, async () => ({ method: "unpause", args: [], done: () => "the programme is running again" }));
});
