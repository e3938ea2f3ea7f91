/** The governance seats: added, removed and re-assigned only by a passed proposal (the timelock owns them). */
import { Contract } from "ethers";
import { programmeSeatsAbi } from "@pilot/sdk/generated/abis";
import { SEAT_LIMITS } from "@pilot/sdk/governance";
import { CliError } from "../runtime/cli-error.js";
import type { ProgrammeContext } from "../runtime/context.js";
import { direct, eventArg, type Planner } from "../runtime/management.js";
import { parseAddress, required } from "../runtime/parse.js";

interface SeatRow {
  id: number;
  holder: string;
  name: string;
}

/** Every seat now, by id. */
export async function allSeats(ctx: ProgrammeContext): Promise<SeatRow[]> {
  const address = ctx.record.governance?.seats;
  if (!address) throw new CliError(`the programme on chain ${ctx.chainId} has no seats: its office is one account, not governed by seats`);
  const seats = new Contract(address, programmeSeatsAbi, ctx.connection.ethers.provider);
  const list = (await seats.getFunction("seats").staticCall()) as { id: bigint; holder: string; name: string }[];
  return list.map((s) => ({ id: Number(s.id), holder: s.holder, name: s.name })).sort((a, b) => a.id - b.id);
}

/** A seat by id or by its body's name (case-insensitive). */
async function resolveSeat(ctx: ProgrammeContext, value: string | undefined): Promise<SeatRow> {
  const v = required(value, "seat").trim();
  const seats = await allSeats(ctx);
  const seat = /^\d+$/.test(v) ? seats.find((s) => s.id === Number(v)) : seats.find((s) => s.name.toLowerCase() === v.toLowerCase());
  if (!seat) throw new CliError(/^\d+$/.test(v) ? `there is no seat #${v}` : `there is no seat of a body named "${v}"`);
  return seat;
}

export const addSeatPlan: Planner<{ name?: string; account?: string }> = async (args) => {
  const name = required(args.name, "name");
  const bytes = Buffer.byteLength(name, "utf8");
  if (bytes > SEAT_LIMITS.nameBytes) throw new CliError(`--name is ${bytes} bytes long; at most ${SEAT_LIMITS.nameBytes} bytes are allowed`);
  const holder = parseAddress(args.account, "account");
  return async () => ({
    method: "addSeat",
    args: [name, holder],
    target: "seats",
    done: (sent) => `added seat #${eventArg(sent, "SeatAdded", "seatId")} for ${name}, held by ${holder}`,
  });
};

export const removeSeatPlan: Planner<{ seat?: string }> = async (args) => {
  required(args.seat, "seat");
  return async (ctx) => {
    const seat = await resolveSeat(ctx, args.seat);
    return { method: "removeSeat", args: [seat.id], target: "seats", done: () => `removed seat #${seat.id} (${seat.name})` };
  };
};

export const reassignSeatPlan: Planner<{ seat?: string; account?: string }> = async (args) => {
  const holder = parseAddress(args.account, "account");
  return async (ctx) => {
    const seat = await resolveSeat(ctx, args.seat);
    return { method: "reassignSeat", args: [seat.id, holder], target: "seats", done: () => `seat #${seat.id} (${seat.name}) now votes through ${holder}` };
  };
};

export const addSeat = direct<{ name?: string; account?: string; from?: string }>("add-seat", addSeatPlan);
export const removeSeat = direct<{ seat?: string; from?: string }>("remove-seat", removeSeatPlan);
export const reassignSeat = direct<{ seat?: string; account?: string; from?: string }>("reassign-seat", reassignSeatPlan);
