/**
 * What a programme on a chain holds (PilotProgramme.totals(): zones, entities, projects,
 * attestations), and the ONE rule of "is it seeded" that `npm run deploy`, `npm run seed` and
 * `npm start` (scripts/start/local-programme.ts) apply: seeded when it holds at least the sample's
 * rows of every kind, empty when it holds none, half-seeded otherwise.
 */
import type { Interface } from "ethers";
import type { Rpc } from "./rpc.js";

export interface Totals {
  zones: number;
  entities: number;
  projects: number;
  attestations: number;
}

/** The sample's rows by kind (a Sample, or anything with the same lists). */
export interface SampleRows {
  zones: readonly unknown[];
  entities: readonly unknown[];
  projects: readonly unknown[];
  attestations: readonly unknown[];
}

export type SeedState = "empty" | "seeded" | "half-seeded";

/** Reads PilotProgramme.totals() of the programme at `programme` (at the latest block). */
export async function readTotals(rpc: Rpc, iface: Interface, programme: string): Promise<Totals> {
  const raw = await rpc.call<string>("eth_call", [{ to: programme, data: iface.encodeFunctionData("totals") }, "latest"]);
  const [zones, entities, projects, attestations] = iface.decodeFunctionResult("totals", raw).map(Number) as [number, number, number, number];
  return { zones, entities, projects, attestations };
}

/** The sample's own totals: what a seeded programme holds at least. */
export const sampleTotals = (sample: SampleRows): Totals => ({
  zones: sample.zones.length,
  entities: sample.entities.length,
  projects: sample.projects.length,
  attestations: sample.attestations.length,
});

export const isEmpty = (t: Totals): boolean => t.zones + t.entities + t.projects + t.attestations === 0;

/** Seeded: at least the sample's rows of every kind (a programme may hold more, e.g. after a fill). */
export function isSeeded(t: Totals, sample: SampleRows): boolean {
  const s = sampleTotals(sample);
  return t.zones >= s.zones && t.entities >= s.entities && t.projects >= s.projects && t.attestations >= s.attestations;
}

export function seedState(t: Totals, sample: SampleRows): SeedState {
  if (isSeeded(t, sample)) return "seeded";
  return isEmpty(t) ? "empty" : "half-seeded";
}
