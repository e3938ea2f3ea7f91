/**
 * The fixed ingredients of the sample programme: the 15 real zones, the
 * offices, the publicly named participants (domain.md) and the word lists the
 * generator draws fictional names from. Everything random lives in
 * generate-sample.ts; this file holds no logic.
 */
import type { FieldKey } from "@pilot/sdk/domain";
import type { EntityTypeLabel } from "./schema.js";

export interface ZoneSpec {
  key: string;
  name: string;
  region: string;
  /** Fields the zone's pilots lean towards (weights entity types and fields). */
  emphasis: readonly FieldKey[];
}

export const ZONES: readonly ZoneSpec[] = [
  { key: "beijing-haidian", name: "Beijing (Haidian)", region: "Beijing", emphasis: ["trade-finance", "tax-services", "energy", "education"] },
  { key: "chongqing-yuzhong", name: "Chongqing (Yuzhong)", region: "Chongqing", emphasis: ["government-services", "human-resources", "manufacturing"] },
  { key: "fuzhou", name: "Fuzhou", region: "Fujian", emphasis: ["government-data-sharing", "government-services"] },
  { key: "guangzhou", name: "Guangzhou", region: "Guangdong", emphasis: ["trade-finance", "cross-border-finance", "trials"] },
  { key: "baise", name: "Baise", region: "Guangxi", emphasis: ["manufacturing", "energy", "civil-affairs"] },
  { key: "guiyang", name: "Guiyang", region: "Guizhou", emphasis: ["health", "education", "government-data-sharing"] },
  { key: "xiongan", name: "Xiong'an", region: "Hebei", emphasis: ["government-services", "energy", "civil-affairs"] },
  { key: "wuxi", name: "Wuxi", region: "Jiangsu", emphasis: ["manufacturing", "risk-control"] },
  { key: "shanghai", name: "Shanghai", region: "Shanghai", emphasis: ["equity-markets", "cross-border-finance", "manufacturing"] },
  { key: "hangzhou", name: "Hangzhou", region: "Zhejiang", emphasis: ["copyright", "trials", "trade-finance"] },
  { key: "haikou", name: "Haikou", region: "Hainan", emphasis: ["cross-border-finance", "trade-finance", "energy"] },
  { key: "changsha", name: "Changsha", region: "Hunan", emphasis: ["manufacturing", "rule-of-law", "copyright"] },
  { key: "ganzhou", name: "Ganzhou", region: "Jiangxi", emphasis: ["rule-of-law", "procuratorate", "risk-control"] },
  { key: "weifang", name: "Weifang", region: "Shandong", emphasis: ["manufacturing", "energy", "human-resources"] },
  { key: "chengdu", name: "Chengdu", region: "Sichuan", emphasis: ["health", "risk-control", "government-services"] },
];

/** The zone suspended at the end of the sample (at least one must be). */
export const SUSPENDED_ZONE = "ganzhou";

export interface OfficeSpec {
  key: string;
  name: string;
  fields: readonly FieldKey[];
}

/** National and industry regulators; together they cover every field. */
export const REGULATORS: readonly OfficeSpec[] = [
  { key: "miit", name: "Ministry of Industry and Information Technology", fields: ["manufacturing", "government-services", "government-data-sharing"] },
  { key: "energy", name: "National Energy Administration", fields: ["energy"] },
  { key: "justice", name: "Supreme People's Court and Procuratorate", fields: ["rule-of-law", "trials", "procuratorate", "copyright"] },
  { key: "tax", name: "State Taxation Administration", fields: ["tax-services"] },
  { key: "livelihood", name: "Ministries of Civil Affairs, Human Resources and Health", fields: ["civil-affairs", "human-resources", "health"] },
  { key: "education", name: "Ministry of Education", fields: ["education"] },
  { key: "central-bank", name: "People's Bank of China", fields: ["trade-finance", "risk-control", "cross-border-finance"] },
  { key: "securities", name: "Securities regulator", fields: ["equity-markets"] },
];

/** Experts (fictional people); together they cover every field. */
export const EXPERTS: readonly OfficeSpec[] = [
  { key: "expert-1", name: "Fictional expert A. Chen (industry and energy)", fields: ["manufacturing", "energy", "copyright"] },
  {
    key: "expert-2",
    name: "Fictional expert B. Wang (e-government)",
    fields: ["government-services", "government-data-sharing", "tax-services", "civil-affairs"],
  },
  { key: "expert-3", name: "Fictional expert C. Liu (law and courts)", fields: ["rule-of-law", "trials", "procuratorate", "copyright"] },
  { key: "expert-4", name: "Fictional expert D. Zhao (livelihood services)", fields: ["human-resources", "health", "education", "civil-affairs"] },
  { key: "expert-5", name: "Fictional expert E. Huang (fintech)", fields: ["trade-finance", "risk-control", "equity-markets", "cross-border-finance"] },
  { key: "expert-6", name: "Fictional expert F. Zhou (data and health)", fields: ["government-data-sharing", "health", "manufacturing"] },
];

export interface NamedParticipant {
  key: string;
  name: string;
  zone: string;
  type: EntityTypeLabel;
  fields: readonly FieldKey[];
}

/** The participants public reports name (zone and fields are our plausible reading). */
export const NAMED_PARTICIPANTS: readonly NamedParticipant[] = [
  {
    key: "icbc",
    name: "Industrial and Commercial Bank of China",
    zone: "beijing-haidian",
    type: "Bank",
    fields: ["trade-finance", "risk-control", "cross-border-finance"],
  },
  { key: "beijing-gas", name: "Beijing Gas Group", zone: "beijing-haidian", type: "Utility", fields: ["energy"] },
  { key: "cnooc", name: "CNOOC", zone: "haikou", type: "Enterprise", fields: ["energy", "trade-finance"] },
  { key: "saic-gm-wuling", name: "SAIC-GM-Wuling", zone: "baise", type: "Enterprise", fields: ["manufacturing"] },
  { key: "haier", name: "Haier", zone: "weifang", type: "Enterprise", fields: ["manufacturing", "trade-finance"] },
  { key: "china-state-shipbuilding", name: "China State Shipbuilding", zone: "shanghai", type: "Enterprise", fields: ["manufacturing"] },
  { key: "ningbo-zhoushan-port", name: "Ningbo Zhoushan Port", zone: "hangzhou", type: "Enterprise", fields: ["trade-finance", "cross-border-finance"] },
  { key: "aisino", name: "Aisino", zone: "beijing-haidian", type: "Enterprise", fields: ["tax-services"] },
  { key: "guizhou-province", name: "Guizhou Province", zone: "guiyang", type: "Government body", fields: ["health", "government-data-sharing"] },
  { key: "guizhou-normal-university", name: "Guizhou Normal University", zone: "guiyang", type: "University", fields: ["education"] },
  {
    key: "chongqing-housing-provident-fund",
    name: "Chongqing Housing Provident Fund Management Center",
    zone: "chongqing-yuzhong",
    type: "Government body",
    fields: ["government-services", "human-resources"],
  },
  {
    key: "china-broadcasting-network-chongqing",
    name: "China Broadcasting Network Chongqing",
    zone: "chongqing-yuzhong",
    type: "Enterprise",
    fields: ["copyright", "government-services"],
  },
  { key: "cisdi-group", name: "CISDI Group", zone: "chongqing-yuzhong", type: "Enterprise", fields: ["manufacturing"] },
];

/** Named participants suspended at the end of the sample: none; fictional ones are picked. */
export const SUSPENDED_ENTITY_COUNT = 3;
export const ENTITY_COUNT = 164;
export const PROJECT_COUNT = 300;

/** Which fields each entity type works in (first one most likely). */
export const TYPE_FIELDS: Record<EntityTypeLabel, readonly FieldKey[]> = {
  Hospital: ["health", "civil-affairs", "human-resources", "education"],
  University: ["education", "copyright", "health", "government-data-sharing"],
  Enterprise: ["manufacturing", "energy", "copyright", "trade-finance"],
  Bank: ["trade-finance", "risk-control", "cross-border-finance", "equity-markets"],
  Utility: ["energy", "government-services"],
  "Government body": ["government-services", "government-data-sharing", "civil-affairs", "human-resources", "tax-services", "procuratorate"],
  Court: ["trials", "rule-of-law"],
  "Research institute": ["government-data-sharing", "manufacturing", "copyright", "health"],
  Other: ["equity-markets", "copyright", "trade-finance", "rule-of-law"],
};

/** Default spread of entity types across the programme. */
export const TYPE_WEIGHTS: Record<EntityTypeLabel, number> = {
  Hospital: 14,
  University: 12,
  Enterprise: 26,
  Bank: 14,
  Utility: 8,
  "Government body": 16,
  Court: 7,
  "Research institute": 6,
  Other: 5,
};

/** Fictional names: "Fictional <place word> <type noun>". */
export const PLACE_WORDS = [
  "Riverside",
  "Lakeshore",
  "Hillcrest",
  "Harbour",
  "Maple",
  "Jade",
  "Bamboo",
  "Lotus",
  "Cloudgate",
  "Pinewood",
  "Westbrook",
  "Eastfield",
  "Silverstone",
  "Goldleaf",
  "Redcliff",
  "Bluewater",
  "Greenvale",
  "Sunrise",
  "Moonbay",
  "Stonebridge",
  "Northgate",
  "Southport",
  "Willow",
  "Cedar",
  "Orchid",
  "Peach Blossom",
  "Crane",
  "Phoenix",
  "Dragon Gate",
  "Three Rivers",
] as const;

export const TYPE_NOUNS: Record<EntityTypeLabel, readonly string[]> = {
  Hospital: ["Hospital", "People's Hospital", "Maternity Hospital", "Health Commission Clinic", "Medical Centre"],
  University: ["University", "Polytechnic", "Normal University", "Vocational College"],
  Enterprise: ["Machinery Works", "Logistics Group", "Electronics Co.", "Textile Mill", "Shipyard", "Auto Parts Co.", "Media Group", "Steel Works"],
  Bank: ["Commercial Bank", "Rural Credit Union", "City Bank", "Trade Finance Bank"],
  Utility: ["Power Supply Co.", "Water Group", "Gas Company", "Heating Utility"],
  "Government body": [
    "District Government Office",
    "Social Security Bureau",
    "Civil Affairs Bureau",
    "Big Data Bureau",
    "Tax Bureau",
    "Market Regulation Bureau",
    "People's Procuratorate",
  ],
  Court: ["Intermediate People's Court", "Internet Court", "Arbitration Commission", "District Court"],
  "Research institute": ["Institute of Blockchain Research", "Standards Institute", "Data Science Lab"],
  Other: ["Equity Exchange", "Copyright Exchange", "Notary Office", "Port Authority"],
};

/** Project title parts, per field. */
export const PROJECT_TOPICS: Record<FieldKey, readonly string[]> = {
  manufacturing: ["supply-chain traceability", "parts provenance ledger", "quality certificate sharing", "equipment maintenance log"],
  energy: ["green certificate registry", "meter data reconciliation", "gas safety inspection log", "power trading settlement"],
  "government-services": ["one-window permit processing", "housing provident fund transfers", "business licence sharing", "e-certificate wallet"],
  "government-data-sharing": ["cross-department data exchange", "data catalogue with audit trail", "open data provenance"],
  "rule-of-law": ["evidence preservation", "administrative law enforcement log", "mediation agreement registry"],
  "tax-services": ["blockchain e-invoices", "tax refund reconciliation", "invoice anti-fraud checks"],
  trials: ["electronic evidence platform", "judgment enforcement tracking", "cross-court case file sharing"],
  procuratorate: ["case supervision ledger", "public-interest litigation evidence", "procuratorial data sharing"],
  copyright: ["digital copyright registration", "licensing settlement", "broadcast rights tracking"],
  "civil-affairs": ["marriage registration sharing", "elderly care subsidy tracking", "charity donation traceability"],
  "human-resources": ["social insurance transfer", "skills certificate registry", "wage payment monitoring"],
  health: ["shared medical records", "prescription circulation", "medical insurance claims", "vaccine traceability"],
  education: ["diploma registry", "credit bank for lifelong learning", "teacher qualification records"],
  "trade-finance": ["receivables financing", "bill of lading registry", "port logistics finance"],
  "risk-control": ["credit information sharing", "anti-fraud data alliance", "loan collateral registry"],
  "equity-markets": ["regional equity registration", "private placement records", "shareholder register"],
  "cross-border-finance": ["cross-border payment reconciliation", "trade settlement verification", "foreign exchange compliance"],
};

export const REJECT_REASONS = [
  "duplicates an existing provincial system",
  "no data-sharing partner confirmed",
  "scope outside the entity's pilot field",
  "budget and milestones not specified",
];
export const SUSPEND_REASONS = ["security audit findings pending", "key partner withdrew; re-planning", "reporting overdue by two quarters"];
export const TERMINATE_REASONS = [
  "objectives not met at mid-term review",
  "merged into a provincial platform",
  "entity withdrew from the pilot",
  "technology route abandoned",
];
export const REVOKE_REASONS = [
  "superseded by a corrected report",
  "filed against the wrong project",
  "document hash computed from a draft",
  "withdrawn at the entity's request",
  "contains personal data; replaced by a redacted version",
];
