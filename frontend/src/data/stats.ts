/** Pure derivations for the Overview charts: from the indexer's aggregates, or (limited mode) from recent events. Unit-tested. */
import { ATTESTATION_KINDS, ENTITY_TYPES, FIELDS, PROJECT_STATUSES } from "@pilot/sdk/domain";
import type { AttestationEvent, Datum, EntitySummary, ProjectInfo, ZoneInfo } from "./types";

export function countBy<T>(rows: readonly T[], key: (row: T) => string | readonly string[], order?: readonly string[]): Datum[] {
  const counts = new Map<string, number>();
  for (const o of order ?? []) counts.set(o, 0);
  for (const r of rows) {
    const k = key(r);
    for (const one of typeof k === "string" ? [k] : k) counts.set(one, (counts.get(one) ?? 0) + 1);
  }
  const out = [...counts].map(([label, value]) => ({ label, value }));
  return order ? out : out.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

/** How the "over time" chart buckets attestations: by calendar month or quarter (UTC). */
export type TimeBucket = "month" | "quarter";

/** At most this many months in the series (the latest): ten years, 40 quarters. */
export const MAX_MONTHS = 120;

const pad = (n: number) => String(n).padStart(2, "0");
const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/** The UTC month `YYYY-MM` of a time. */
export function monthKeyOf(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** Month index (months since year 0) of a `YYYY-MM` key, or undefined when it is not one. */
function monthIndex(key: string): number | undefined {
  const m = MONTH_KEY.exec(key);
  if (!m) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? Number(m[1]) * 12 + month - 1 : undefined;
}

/**
 * Attestations per month (rows `{ key: "YYYY-MM", value }`, any order, repeated keys summed) as a
 * series from the first month to the last, gaps filled with zeros, labelled `YYYY-MM`; the latest
 * `maxMonths` at most. Malformed keys are ignored.
 */
export function monthSeries(rows: readonly { key: string; value: number }[], maxMonths = MAX_MONTHS): Datum[] {
  const counts = new Map<number, number>();
  for (const r of rows) {
    const i = monthIndex(r.key);
    if (i !== undefined && Number.isFinite(r.value)) counts.set(i, (counts.get(i) ?? 0) + r.value);
  }
  if (counts.size === 0) return [];
  const last = Math.max(...counts.keys());
  const first = Math.max(Math.min(...counts.keys()), last - maxMonths + 1);
  const out: Datum[] = [];
  for (let i = first; i <= last; i++) out.push({ label: `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`, value: counts.get(i) ?? 0 });
  return out;
}

/** A month series (`YYYY-MM` labels, as monthSeries gives) summed by calendar quarter, labelled `YYYY-Qn`. */
export function quarterSeries(months: readonly Datum[]): Datum[] {
  const out: Datum[] = [];
  for (const d of months) {
    const i = monthIndex(d.label);
    if (i === undefined) continue;
    const label = `${Math.floor(i / 12)}-Q${Math.floor((i % 12) / 3) + 1}`;
    const lastOut = out[out.length - 1];
    if (lastOut?.label === label) out[out.length - 1] = { label, value: lastOut.value + d.value };
    else out.push({ label, value: d.value });
  }
  return out;
}

/** The "over time" series in the chosen bucket. */
export const seriesBy = (months: readonly Datum[], bucket: TimeBucket): readonly Datum[] => (bucket === "quarter" ? quarterSeries(months) : months);

/** Attestation times (the limited mode's recent attestations) counted by UTC month, as monthSeries. */
export function monthSeriesOfTimes(times: readonly Date[], maxMonths = MAX_MONTHS): Datum[] {
  return monthSeries(
    times.filter((t) => Number.isFinite(t.getTime())).map((t) => ({ key: monthKeyOf(t), value: 1 })),
    maxMonths,
  );
}

export interface OverviewStats {
  readonly zones: number;
  readonly entities: number;
  readonly projects: number;
  readonly attestations: number;
  /** Revoked attestations (limited mode: among the recent ones only). */
  readonly revoked: number;
  readonly projectsByState: readonly Datum[];
  readonly entitiesByType: readonly Datum[];
  /** Attestations per UTC month (`YYYY-MM` labels, gaps filled); the page sums quarters from it (seriesBy). */
  readonly attestationsByMonth: readonly Datum[];
  readonly attestationsByZone: readonly Datum[];
  readonly attestationsByField: readonly Datum[];
  readonly attestationsByKind: readonly Datum[];
}

/** Buckets `{ key, value }` of one metric, labelled, in `order` (zeros kept) or by value, largest first. */
export function bucketsOf(rows: readonly { key: string; value: number }[], labelOf: (key: string) => string, order?: readonly string[]): Datum[] {
  const counts = new Map<string, number>();
  for (const o of order ?? []) counts.set(o, 0);
  for (const r of rows) {
    const l = labelOf(r.key);
    counts.set(l, (counts.get(l) ?? 0) + r.value);
  }
  const out = [...counts].map(([label, value]) => ({ label, value }));
  return order ? out : out.filter((d) => d.value > 0).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

export interface IndexedOverviewInput {
  readonly programme: { readonly zones: number; readonly entities: number; readonly projects: number; readonly attestations: number; readonly revocations: number };
  readonly stats: readonly { readonly metric: string; readonly key: string; readonly value: number }[];
  /** The indexer's `attestations.month` rows. */
  readonly months: readonly { readonly key: string; readonly value: number }[];
  readonly zoneNames: ReadonlyMap<number, string>;
}

/** The overview's figures and charts from the indexer's `programme` row and `stat` aggregates. */
export function overviewFromIndexer(input: IndexedOverviewInput): OverviewStats {
  const metric = (name: string) => input.stats.filter((s) => s.metric === name);
  const byIndex = (list: readonly string[]) => (key: string) => list[Number(key)] ?? `#${key}`;
  return {
    zones: input.programme.zones,
    entities: input.programme.entities,
    projects: input.programme.projects,
    attestations: input.programme.attestations,
    revoked: input.programme.revocations,
    projectsByState: bucketsOf(metric("projects.status"), byIndex(PROJECT_STATUSES), PROJECT_STATUSES.filter((s) => s !== "None")),
    entitiesByType: bucketsOf(metric("entities.type"), byIndex(ENTITY_TYPES), ENTITY_TYPES).filter((d) => d.value > 0),
    attestationsByMonth: monthSeries(input.months),
    attestationsByZone: bucketsOf(metric("attestations.zone"), (k) => input.zoneNames.get(Number(k)) ?? `Zone #${k}`),
    attestationsByField: bucketsOf(metric("attestations.field"), (k) => FIELDS[Number(k)]?.label ?? `#${k}`),
    attestationsByKind: bucketsOf(metric("attestations.kind"), byIndex(ATTESTATION_KINDS)),
  };
}

/**
 * The limited mode's overview: the registry's figures (exact, from the chain) and charts of the
 * recent attestations only (those the page read).
 */
export function overviewFromChain(
  totals: { readonly zones: number; readonly entities: number; readonly projects: number; readonly attestations: number },
  zones: readonly ZoneInfo[],
  entities: readonly EntitySummary[],
  projects: readonly ProjectInfo[],
  recent: readonly AttestationEvent[],
): OverviewStats {
  const zoneName = new Map(zones.map((z) => [z.id, z.name]));
  const projectById = new Map(projects.map((p) => [p.id, p]));
  return {
    ...totals,
    revoked: recent.filter((a) => a.revoked).length,
    projectsByState: countBy(projects, (p) => p.status, PROJECT_STATUSES.filter((s) => s !== "None")),
    entitiesByType: countBy(entities, (e) => e.type, ENTITY_TYPES).filter((d) => d.value > 0),
    attestationsByMonth: monthSeriesOfTimes(recent.map((a) => a.time)),
    attestationsByZone: countBy(recent, (a) => {
      const p = projectById.get(a.projectId);
      return p ? (zoneName.get(p.zoneId) ?? `Zone #${p.zoneId}`) : "Unknown";
    }),
    attestationsByField: countBy(recent, (a) => projectById.get(a.projectId)?.fieldLabel ?? "Unknown"),
    attestationsByKind: countBy(recent, (a) => a.kindLabel),
  };
}
