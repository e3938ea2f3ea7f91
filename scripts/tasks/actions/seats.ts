/** `seats`: the governing bodies' seats and the accounts that vote for them. */
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { runAction } from "../runtime/run-action.js";
import { print, table, toJson } from "../runtime/format.js";
import { governedBy } from "../runtime/governance.js";
import { openProgramme } from "../runtime/context.js";
import { allSeats } from "./manage-seats.js";

export default function seats(args: { json: boolean }, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const ctx = await openProgramme(hre);
    const list = await allSeats(ctx);
    if (args.json) print(toJson(list));
    else {
      print(
        table(
          ["seat", "body", "holder"],
          list.map((s) => [String(s.id), s.name, s.holder]),
        ),
      );
      const timelock = await governedBy(ctx);
      print(`${list.length} seat(s); ${timelock ? `the programme office is the timelock ${timelock}` : "the programme office is not the timelock"}`);
    }
    return list.length;
  });
}
