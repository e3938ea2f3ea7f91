/**
 * The programme's vocabulary, shared by the contracts' clients: scripts, tests
 * and the dApp. Numeric values mirror the Solidity enums in
 * `contracts/libraries/ProgrammeTypes.sol`; a test checks they stay in step.
 */

export const FIELD_CATEGORIES = ["Real economy", "Social governance", "Livelihood services", "Fintech"] as const;
export type FieldCategory = (typeof FIELD_CATEGORIES)[number];

/** Field index = bit position in a fields bitmask (at most 32 fields). */
export const FIELDS = [
  { id: 0, key: "manufacturing", label: "Manufacturing", category: "Real economy" },
  { id: 1, key: "energy", label: "Energy", category: "Real economy" },
  { id: 2, key: "government-services", label: "Government services", category: "Social governance" },
  { id: 3, key: "government-data-sharing", label: "Government data sharing", category: "Social governance" },
  { id: 4, key: "rule-of-law", label: "Rule of law", category: "Social governance" },
  { id: 5, key: "tax-services", label: "Tax services", category: "Social governance" },
  { id: 6, key: "trials", label: "Trials (courts)", category: "Social governance" },
  { id: 7, key: "procuratorate", label: "Procuratorate", category: "Social governance" },
  { id: 8, key: "copyright", label: "Copyright", category: "Social governance" },
  { id: 9, key: "civil-affairs", label: "Civil affairs", category: "Livelihood services" },
  { id: 10, key: "human-resources", label: "Human resources and social security", category: "Livelihood services" },
  { id: 11, key: "health", label: "Health", category: "Livelihood services" },
  { id: 12, key: "education", label: "Education", category: "Livelihood services" },
  { id: 13, key: "trade-finance", label: "Trade finance", category: "Fintech" },
  { id: 14, key: "risk-control", label: "Risk control", category: "Fintech" },
  { id: 15, key: "equity-markets", label: "Equity markets", category: "Fintech" },
  { id: 16, key: "cross-border-finance", label: "Cross-border finance", category: "Fintech" },
] as const satisfies readonly { id: number; key: string; label: string; category: FieldCategory }[];

/** Number of fields the deployed contract accepts (bits 0..FIELD_COUNT-1). */
export const FIELD_COUNT = FIELDS.length;
export type FieldKey = (typeof FIELDS)[number]["key"];

export const ENTITY_TYPES = ["Hospital", "University", "Enterprise", "Bank", "Utility", "Government body", "Court", "Research institute", "Other"] as const;

export const ZONE_STATUSES = ["None", "Active", "Suspended", "Closed"] as const;
export const ENTITY_STATUSES = ["None", "Active", "Suspended", "Revoked"] as const;
export const PROJECT_STATUSES = ["None", "Proposed", "Active", "Suspended", "Rejected", "Accepted", "Terminated"] as const;

/** The roles that issue attestations: a signer of the project's entity, an administrator of its zone, an expert or a regulator of its field. */
export type KindIssuer = "entity" | "zoneAdmin" | "expert" | "regulator";

/**
 * The attestation kinds, in the contract's enum order (`Kind` in contracts/types/ProgrammeTypes.sol),
 * with the contract's rules (AttestationLog `_requireIssuer` and `_checkAttestation`): who may issue
 * each, and whether a project still Proposed takes it (every kind is taken while it is Active).
 * The one statement of these rules off chain: the dApp's eligibility, the sample's checks, the
 * terminal tool's wording and the fill derive from it.
 */
export const KINDS = [
  { kind: 0, label: "Progress report", issuer: "entity", whileProposed: false },
  { kind: 1, label: "Milestone", issuer: "entity", whileProposed: false },
  { kind: 2, label: "Review", issuer: "zoneAdmin", whileProposed: true },
  { kind: 3, label: "Expert opinion", issuer: "expert", whileProposed: true },
  { kind: 4, label: "Evaluation", issuer: "regulator", whileProposed: false },
  { kind: 5, label: "Acceptance", issuer: "regulator", whileProposed: false },
] as const satisfies readonly { kind: number; label: string; issuer: KindIssuer; whileProposed: boolean }[];

type KindLabels<T extends readonly { label: string }[]> = { readonly [I in keyof T]: T[I]["label"] };
/** The kinds' labels by value (the table's `label` column). */
export const ATTESTATION_KINDS = KINDS.map((k) => k.label) as unknown as KindLabels<typeof KINDS>;
export type KindLabel = (typeof KINDS)[number]["label"];

export enum ZoneStatus {
  None = 0,
  Active = 1,
  Suspended = 2,
  Closed = 3,
}
export enum EntityStatus {
  None = 0,
  Active = 1,
  Suspended = 2,
  Revoked = 3,
}
export enum EntityType {
  Hospital = 0,
  University = 1,
  Enterprise = 2,
  Bank = 3,
  Utility = 4,
  GovernmentBody = 5,
  Court = 6,
  ResearchInstitute = 7,
  Other = 8,
}
export enum ProjectStatus {
  None = 0,
  Proposed = 1,
  Active = 2,
  Suspended = 3,
  Rejected = 4,
  Accepted = 5,
  Terminated = 6,
}
export enum Kind {
  ProgressReport = 0,
  Milestone = 1,
  Review = 2,
  ExpertOpinion = 3,
  Evaluation = 4,
  Acceptance = 5,
}

/** Who may issue each kind, by value (the KINDS table's `issuer` column). */
export const KIND_ISSUER: Readonly<Record<Kind, KindIssuer>> = Object.fromEntries(KINDS.map((k) => [k.kind, k.issuer])) as Record<Kind, KindIssuer>;

/** The row of the KINDS table for a kind's value or label; undefined for neither. */
export function kindRule(kind: number | string): (typeof KINDS)[number] | undefined {
  return KINDS.find((k) => (typeof kind === "number" ? k.kind === kind : k.label === kind));
}

/** Whether a project in `status` takes attestations of `kind`: every kind while Active; only the `whileProposed` ones while Proposed. */
export function projectTakesKind(status: string, kind: number): boolean {
  if (status === "Active") return true;
  return status === "Proposed" && kindRule(kind)?.whileProposed === true;
}

/** Fields bitmask helpers. */
export function fieldsToMask(ids: readonly number[]): number {
  let mask = 0;
  for (const id of ids) {
    if (!Number.isInteger(id) || id < 0 || id >= FIELD_COUNT) throw new RangeError(`unknown field ${id}`);
    mask |= 1 << id;
  }
  return mask >>> 0;
}
export function maskToFields(mask: number | bigint): number[] {
  const m = Number(mask);
  const out: number[] = [];
  for (let i = 0; i < 32; i++) if ((m >>> i) & 1) out.push(i);
  return out;
}

/**
 * The contracts' bounds (contracts/state/ProgrammeState.sol), each refused with a custom error that
 * carries the limit: string caps in UTF-8 bytes, signer keys per entity, and the largest step of
 * `increaseNonce`. Clients check them before sending.
 */
export const LIMITS = {
  nameBytes: 200,
  titleBytes: 200,
  regionBytes: 100,
  uriBytes: 512,
  reasonBytes: 512,
  signersPerEntity: 16,
  maxNonceJump: 2n ** 32n - 1n,
} as const;
