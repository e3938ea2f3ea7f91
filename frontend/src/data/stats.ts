/** Pure derivations for the Overview charts (unit-tested). */
import { ENTITY_TYPES, PROJECT_STATUSES } from "@sdk/domain";
import type { AttestationEvent, Datum, EntityInfo, ProjectInfo, ZoneInfo } from "./types";

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
  readonly revoked: number;
  readonly projectsByState: readonly Datum[];
  readonly entitiesByType: readonly Datum[];
  readonly entitiesByZone: readonly Datum[];
  readonly attestationsOverTime: readonly Datum[];
  readonly granularity: Granularity;
  readonly attestationsByZone: readonly Datum[];
  readonly attestationsByField: readonly Datum[];
  readonly attestationsByKind: readonly Datum[];
}

export function overviewStats(
  zones: readonly ZoneInfo[],
  entities: readonly EntityInfo[],
  projects: readonly ProjectInfo[],
  attestations: readonly AttestationEvent[] | undefined,
): OverviewStats {
  const zoneName = new Map(zones.map((z) => [z.id, z.name]));
  const projectById = new Map(projects.map((p) => [p.id, p]));
  const list = attestations ?? [];
  const time = overTime(list.map((a) => a.time));
  return {
    zones: zones.length,
    entities: entities.length,
    projects: projects.length,
    attestations: list.length,
    revoked: list.filter((a) => a.revoked).length,
    projectsByState: countBy(projects, (p) => p.status, PROJECT_STATUSES.filter((s) => s !== "None")),
    entitiesByType: countBy(entities, (e) => e.type, ENTITY_TYPES).filter((d) => d.value > 0),
    entitiesByZone: countBy(entities, (e) => zoneName.get(e.zoneId) ?? `#${e.zoneId}`),
    attestationsOverTime: time.data,
    granularity: time.granularity,
    attestationsByZone: countBy(list, (a) => {
      const p = projectById.get(a.projectId);
      return p ? (zoneName.get(p.zoneId) ?? `#${p.zoneId}`) : "Unknown";
    }),
    attestationsByField: countBy(list, (a) => projectById.get(a.projectId)?.fieldLabel ?? "Unknown"),
    attestationsByKind: countBy(list, (a) => a.kindLabel),
  };
}
