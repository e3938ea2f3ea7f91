/**
 * The overview's aggregates (`stat` rows) and the `programme` singleton, kept up to date by the
 * handlers with primary-key reads and writes only (Ponder's in-memory cache serves them).
 * Metric names are listed in ponder.schema.ts (`stat`).
 */
import type { Context } from "ponder:registry";
import { programme, stat } from "ponder:schema";

type Db = Context["db"];

export type Metric =
  | "projects.status"
  | "projects.field"
  | "attestations.zone"
  | "attestations.field"
  | "attestations.kind"
  | "attestations.day"
  | "attestations.month"
  | "revocations.day"
  | "revocations.kind"
  | "entities.type"
  | "entities.field"
  | "entities.status"
  | "zones.status";

/** Adds `by` (may be negative) to one bucket, creating it when absent. */
export async function bump(db: Db, metric: Metric, key: number | string, by = 1): Promise<void> {
  await db
    .insert(stat)
    .values({ metric, key: String(key), value: by })
    .onConflictDoUpdate((row) => ({ value: row.value + by }));
}

/** Moves one item from bucket `from` to bucket `to` (a status change). */
export async function move(db: Db, metric: Metric, from: number, to: number): Promise<void> {
  if (from === to) return;
  await bump(db, metric, from, -1);
  await bump(db, metric, to, 1);
}

const DAY = 86_400n;
let lastDay = -1n;
let lastDayKey = "";
/** UTC day `YYYY-MM-DD` of a block timestamp (memoised: consecutive events share a day). */
export function dayOf(timestamp: bigint): string {
  const day = timestamp / DAY;
  if (day !== lastDay) {
    lastDay = day;
    lastDayKey = new Date(Number(day * DAY) * 1000).toISOString().slice(0, 10);
  }
  return lastDayKey;
}

/** UTC month `YYYY-MM` of a block timestamp (the overview's "over time" chart reads these rows). */
export function monthOf(timestamp: bigint): string {
  return dayOf(timestamp).slice(0, 7);
}

/** The programme row's id (a singleton). */
export const PROGRAMME_ID = 1;

type ProgrammeRow = typeof programme.$inferSelect;
type ProgrammeChange = Partial<Omit<ProgrammeRow, "id" | "lastBlock" | "lastTime">>;

/**
 * Records that the event at `block` was folded in, applying `change` to the programme row
 * (totals, pause, admin) at the same time: one cached write per event.
 */
export async function touchProgramme(db: Db, block: { number: bigint; timestamp: bigint }, change?: (row: ProgrammeRow) => ProgrammeChange): Promise<void> {
  await db.update(programme, { id: PROGRAMME_ID }).set((row) => ({ ...(change ? change(row) : {}), lastBlock: block.number, lastTime: block.timestamp }));
}

/** Where an event sits in the chain: the shared columns of the history tables. */
export function at(event: { block: { number: bigint; timestamp: bigint }; log: { logIndex: number }; transaction: { hash: `0x${string}` } }) {
  return {
    id: `${event.block.number}-${event.log.logIndex}`,
    block: event.block.number,
    logIndex: event.log.logIndex,
    time: event.block.timestamp,
    txHash: event.transaction.hash,
  };
}
