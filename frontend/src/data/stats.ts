/** Pure derivations for the Overview charts: from the indexer's aggregates, or (limited mode) from recent events. Unit-tested. */
import { ATTESTATION_KINDS, ENTITY_TYPES, FIELDS, PROJECT_STATUSES } from "@sdk/domain";
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

export type Granularity = "month" | "day" | "hour" | "minute";

/** Picks a bucket size that gives a readable number of points for the time span. */
export function granularityFor(spanMs: number): Granularity {
  const day = 86_400_000;
  if (spanMs > 120 * day) return "month";
  if (spanMs > 3 * day) return "day";
  if (spanMs > 3 * 3_600_000) return "hour";
  return "minute";
}

const pad = (n: number) => String(n).padStart(2, "0");

function bucketStart(d: Date, g: Granularity): number {
  const x = new Date(d.getTime());
  if (g === "month") return Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), 1);
  if (g === "day") return Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate());
  if (g === "hour") return Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate(), x.getUTCHours());
  return Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate(), x.getUTCHours(), x.getUTCMinutes());
}

function nextBucket(t: number, g: Granularity): number {
  const d = new Date(t);
  if (g === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return t + (g === "day" ? 86_400_000 : g === "hour" ? 3_600_000 : 60_000);
}

function bucketLabel(t: number, g: Granularity): string {
  const d = new Date(t);
  if (g === "month") return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  if (g === "day") return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Attestations per bucket, gaps filled with zeros, at most `maxPoints` buckets (the most recent). */
export function overTime(times: readonly Date[], maxPoints = 36): { data: Datum[]; granularity: Granularity } {
  if (times.length === 0) return { data: [], granularity: "month" };
  let min = Infinity;
  let max = -Infinity;
  for (const t of times) {
    min = Math.min(min, t.getTime());
    max = Math.max(max, t.getTime());
  }
  const granularity = granularityFor(max - min);
  const counts = new Map<number, number>();
  for (const t of times) {
    const b = bucketStart(t, granularity);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  const data: Datum[] = [];
  for (let b = bucketStart(new Date(min), granularity); b <= max; b = nextBucket(b, granularity)) {
    data.push({ label: bucketLabel(b, granularity), value: counts.get(b) ?? 0 });
  }
  return { data: data.slice(-maxPoints), granularity };
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
  readonly attestationsOverTime: readonly Datum[];
  readonly granularity: Granularity;
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

const dayStart = (key: string): number => Date.parse(`${key}T00:00:00Z`);

/**
 * Attestations per day (the indexer's `attestations.day` rows, any order) as a series: per month
 * when they span more than 120 days, else per day; gaps filled with zeros, the last `maxPoints`.
 */
export function overTimeFromDays(days: readonly { key: string; value: number }[], maxPoints = 36): { data: Datum[]; granularity: Granularity } {
  const valid = days.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.key) && Number.isFinite(dayStart(d.key)));
  if (valid.length === 0) return { data: [], granularity: "day" };
  const times = valid.map((d) => dayStart(d.key));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const granularity: Granularity = max - min > 120 * 86_400_000 ? "month" : "day";
  const counts = new Map<number, number>();
  valid.forEach((d, i) => {
    const b = bucketStart(new Date(times[i] ?? 0), granularity);
    counts.set(b, (counts.get(b) ?? 0) + d.value);
  });
  const data: Datum[] = [];
  for (let b = bucketStart(new Date(min), granularity); b <= max; b = nextBucket(b, granularity)) data.push({ label: bucketLabel(b, granularity), value: counts.get(b) ?? 0 });
  return { data: data.slice(-maxPoints), granularity };
}

export interface IndexedOverviewInput {
  readonly programme: { readonly zones: number; readonly entities: number; readonly projects: number; readonly attestations: number; readonly revocations: number };
  readonly stats: readonly { readonly metric: string; readonly key: string; readonly value: number }[];
  readonly days: readonly { readonly key: string; readonly value: number }[];
  readonly zoneNames: ReadonlyMap<number, string>;
}

/** The overview's figures and charts from the indexer's `programme` row and `stat` aggregates. */
export function overviewFromIndexer(input: IndexedOverviewInput): OverviewStats {
  const metric = (name: string) => input.stats.filter((s) => s.metric === name);
  const byIndex = (list: readonly string[]) => (key: string) => list[Number(key)] ?? `#${key}`;
  const time = overTimeFromDays(input.days);
  return {
    zones: input.programme.zones,
    entities: input.programme.entities,
    projects: input.programme.projects,
    attestations: input.programme.attestations,
    revoked: input.programme.revocations,
    projectsByState: bucketsOf(metric("projects.status"), byIndex(PROJECT_STATUSES), PROJECT_STATUSES.filter((s) => s !== "None")),
    entitiesByType: bucketsOf(metric("entities.type"), byIndex(ENTITY_TYPES), ENTITY_TYPES).filter((d) => d.value > 0),
    attestationsOverTime: time.data,
    granularity: time.granularity,
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
  const time = overTime(recent.map((a) => a.time));
  return {
    ...totals,
    revoked: recent.filter((a) => a.revoked).length,
    projectsByState: countBy(projects, (p) => p.status, PROJECT_STATUSES.filter((s) => s !== "None")),
    entitiesByType: countBy(entities, (e) => e.type, ENTITY_TYPES).filter((d) => d.value > 0),
    attestationsOverTime: time.data,
    granularity: time.granularity,
    attestationsByZone: countBy(recent, (a) => {
      const p = projectById.get(a.projectId);
      return p ? (zoneName.get(p.zoneId) ?? `Zone #${p.zoneId}`) : "Unknown";
    }),
    attestationsByField: countBy(recent, (a) => projectById.get(a.projectId)?.fieldLabel ?? "Unknown"),
    attestationsByKind: countBy(recent, (a) => a.kindLabel),
  };
}
