/**
 * SAMPLE DATA — placeholders until the contracts are wired. Zone names and the
 * named participants come from public reports; all other entity names are fictional.
 * Deterministic (seeded), so screenshots and tests are stable.
 */
import type { Address } from "viem";
import { ENTITY_TYPES, FIELDS, PROJECT_STATUSES } from "@sdk/domain";
import type { EntityRow, OverviewStats, ZoneRow } from "../types";

export const SAMPLE_ZONES = [
  "Beijing (Haidian)", "Chongqing (Yuzhong)", "Fuzhou", "Guangzhou", "Baise", "Guiyang", "Xiong'an", "Wuxi",
  "Shanghai", "Hangzhou", "Haikou", "Changsha", "Ganzhou", "Weifang", "Chengdu",
] as const;

const NAMED: readonly (readonly [string, string, string, string])[] = [
  ["Industrial and Commercial Bank of China", "Beijing (Haidian)", "Bank", "trade-finance"],
  ["Beijing Gas Group", "Beijing (Haidian)", "Utility", "energy"],
  ["CNOOC", "Beijing (Haidian)", "Enterprise", "energy"],
  ["SAIC-GM-Wuling", "Baise", "Enterprise", "manufacturing"],
  ["Haier", "Weifang", "Enterprise", "manufacturing"],
  ["China State Shipbuilding", "Shanghai", "Enterprise", "manufacturing"],
  ["Ningbo Zhoushan Port", "Hangzhou", "Enterprise", "trade-finance"],
  ["Aisino", "Beijing (Haidian)", "Enterprise", "tax-services"],
  ["Guizhou Province", "Guiyang", "Government body", "health"],
  ["Guizhou Normal University", "Guiyang", "University", "education"],
  ["Chongqing Housing Provident Fund Management Center", "Chongqing (Yuzhong)", "Government body", "civil-affairs"],
  ["China Broadcasting Network Chongqing", "Chongqing (Yuzhong)", "Enterprise", "copyright"],
  ["CISDI Group", "Chongqing (Yuzhong)", "Enterprise", "manufacturing"],
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)] as T;
}

function fakeAddress(i: number): Address {
  return `0x${(0x5a11 + i).toString(16).padStart(40, "0")}` as Address;
}

const FICTIONAL_PREFIX = ["Riverside", "Harbour", "Northgate", "Lakeview", "Summit", "Greenfield", "Eastbridge", "Silverline"];
const FICTIONAL_SUFFIX: Record<string, string> = {
  Hospital: "General Hospital", University: "Institute of Technology", Enterprise: "Industries (fictional)", Bank: "Commercial Bank (fictional)",
  Utility: "Water & Power (fictional)", "Government body": "Data Bureau (fictional)", Court: "Intermediate Court (fictional)",
  "Research institute": "Research Institute (fictional)", Other: "Cooperative (fictional)",
};

export function sampleEntities(count = 164): EntityRow[] {
  const r = rng(42);
  const rows: EntityRow[] = NAMED.map(([name, zone, type, field], i) => ({
    id: i + 1, name, zone, type, fields: [FIELDS.find((f) => f.key === field)?.label ?? field],
    status: "Active", accounts: [fakeAddress(i)],
  }));
  for (let i = rows.length; i < count; i++) {
    const type = pick(ENTITY_TYPES, r);
    const zone = pick(SAMPLE_ZONES, r);
    const name = `${pick(FICTIONAL_PREFIX, r)} ${zone.split(" ")[0]} ${FICTIONAL_SUFFIX[type] ?? "(fictional)"}`;
    const fieldCount = 1 + Math.floor(r() * 2);
    const fields = Array.from({ length: fieldCount }, () => pick(FIELDS, r).label);
    const status = r() < 0.9 ? "Active" : r() < 0.5 ? "Suspended" : "Revoked";
    rows.push({ id: i + 1, name, zone, type, fields: [...new Set(fields)], status, accounts: [fakeAddress(i)] });
  }
  return rows;
}

export function sampleZones(entities: readonly EntityRow[] = sampleEntities()): ZoneRow[] {
  return SAMPLE_ZONES.map((name, i) => {
    const count = entities.filter((e) => e.zone === name).length;
    return { id: i + 1, name, status: "Active", entityCount: count, projectCount: Math.round(count * 1.8) };
  });
}

export function sampleOverview(): OverviewStats {
  const entities = sampleEntities();
  const zones = sampleZones(entities);
  const r = rng(7);
  const states = PROJECT_STATUSES.filter((s) => s !== "None");
  const stateWeights: Record<string, number> = { Proposed: 18, Active: 172, Suspended: 6, Rejected: 11, Accepted: 86, Terminated: 4 };
  const months = ["2022-01", "2022-04", "2022-07", "2022-10", "2023-01", "2023-04", "2023-07", "2023-10", "2024-01", "2024-04", "2024-07", "2024-10"];
  let level = 40;
  const attestationsByMonth = months.map((label) => {
    level = Math.round(level * (1.12 + r() * 0.25));
    return { label, value: level };
  });
  const fieldCounts = new Map<string, number>();
  for (const e of entities) for (const f of e.fields) fieldCounts.set(f, (fieldCounts.get(f) ?? 0) + 1);
  const projectsByState = states.map((s) => ({ label: s, value: stateWeights[s] ?? 0 }));
  return {
    zones: zones.length,
    entities: entities.length,
    projects: projectsByState.reduce((a, d) => a + d.value, 0),
    attestations: attestationsByMonth.reduce((a, d) => a + d.value, 0),
    projectsByState,
    attestationsByMonth,
    projectsByZone: zones.map((z) => ({ label: z.name, value: z.projectCount })).sort((a, b) => b.value - a.value),
    projectsByField: FIELDS.map((f) => ({ label: f.label, value: Math.round((fieldCounts.get(f.label) ?? 0) * 1.8) })).sort((a, b) => b.value - a.value),
  };
}
