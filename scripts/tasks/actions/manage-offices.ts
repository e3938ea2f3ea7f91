import { fieldsLabel } from "@pilot/sdk/errors";
import { isoFromSeconds } from "@pilot/sdk/time";
import { chainNow, direct, type Planner } from "../runtime/management.js";
import { parseAddress, parseExpiry, parseFields } from "../runtime/parse.js";

interface OfficeArgs {
  account?: string;
  fields?: string;
  expires?: string;
  from?: string;
}

function setFieldsPlan(method: "setRegulatorFields" | "setExpertFields", office: string): Planner<OfficeArgs> {
  return async (args) => {
    const account = parseAddress(args.account, "account");
    const fields = parseFields(args.fields, "fields", true);
    return async (ctx) => {
      const expires = parseExpiry(args.expires, await chainNow(ctx));
      return {
        method,
        args: [account, fields, expires],
        authority: "office",
        done: () =>
          fields === 0
            ? `dismissed ${account} as ${office}`
            : `${account} is now ${office} of: ${fieldsLabel(fields)}, until ${isoFromSeconds(expires)} (with every other office it holds)`,
      };
    };
  };
}

export const setRegulatorPlan = setFieldsPlan("setRegulatorFields", "regulator");
export const setExpertPlan = setFieldsPlan("setExpertFields", "expert");

/** Renews (or shortens) every office an account holds. */
export const renewOfficePlan: Planner<{ account?: string; expires?: string }> = async (args) => {
  const account = parseAddress(args.account, "account");
  return async (ctx) => {
    const expires = parseExpiry(args.expires, await chainNow(ctx));
    return {
      method: "renewOffice",
      args: [account, expires],
      authority: "office",
      done: () => `${account}'s offices now expire at ${isoFromSeconds(expires)}`,
    };
  };
};

/** Makes an account the guardian (it may pause, nothing else); the zero address removes it. */
export const setGuardianPlan: Planner<{ account?: string }> = async (args) => {
  const account = parseAddress(args.account, "account");
  return async () => ({
    method: "setGuardian",
    args: [account],
    authority: "office",
    done: () => (/^0x0{40}$/i.test(account) ? "the programme has no guardian now" : `${account} is now the guardian: it may pause the programme, nothing else`),
  });
};

export const pausePlan: Planner<object> = async () => async () => ({ method: "pause", args: [], authority: "guardian", done: () => "the programme is paused" });
export const unpausePlan: Planner<object> = async () => async () => ({
  method: "unpause",
  args: [],
  authority: "office",
  done: () => "the programme is running again",
});

export const setRegulator = direct<OfficeArgs>("set-regulator", setRegulatorPlan);
export const setExpert = direct<OfficeArgs>("set-expert", setExpertPlan);
export const renewOffice = direct<OfficeArgs>("renew-office", renewOfficePlan);
export const setGuardian = direct<OfficeArgs>("set-guardian", setGuardianPlan);
export const pause = direct<{ from?: string }>("pause", pausePlan);
export const unpause = direct<{ from?: string }>("unpause", unpausePlan);
