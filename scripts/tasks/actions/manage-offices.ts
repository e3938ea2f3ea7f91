import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { fieldsLabel } from "../../../sdk/errors.js";
import { guarded, manage } from "../../lib/cli/management.js";
import { parseAddress, parseFields } from "../../lib/cli/parse.js";

interface OfficeArgs {
  account?: string;
  fields?: string;
  from?: string;
}

function setFields(method: "setRegulatorFields" | "setExpertFields", office: string) {
  return guarded(async (args: OfficeArgs, hre: HardhatRuntimeEnvironment) => {
    const account = parseAddress(args.account, "account");
    const fields = parseFields(args.fields, "fields", true);
    return manage(hre, args.from, async () => ({
      method,
      args: [account, fields],
      done: () => (fields === 0 ? `dismissed ${account} as ${office}` : `${account} is now ${office} of: ${fieldsLabel(fields)}`),
    }));
  });
}

export const setRegulator = setFields("setRegulatorFields", "regulator");
export const setExpert = setFields("setExpertFields", "expert");

export const pause = guarded(async (args: { from?: string }, hre: HardhatRuntimeEnvironment) => {
  return manage(hre, args.from, async () => ({ method: "pause", args: [], done: () => "the programme is paused" }));
});

export const unpause = guarded(async (args: { from?: string }, hre: HardhatRuntimeEnvironment) => {
  return manage(hre, args.from, async () => ({ method: "unpause", args: [], done: () => "the programme is running again" }));
});
