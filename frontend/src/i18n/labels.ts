/**
 * The protocol's vocabularies and the sample's names in the active language. The data layer hands the
 * pages English labels (from sdk/domain.ts); these map each back to its stable enum value and look it
 * up in the catalogue (vocab.*). Unknown labels are shown as they are. Components that call these
 * also call useTranslation(), so that they re-render when the language changes.
 */
import { ATTESTATION_KINDS, ENTITY_TYPES, EntityType, FIELDS, Kind } from "@pilot/sdk/domain";
import type { Standing } from "@pilot/sdk/standing";
import type { OnchainVerdict } from "@pilot/sdk/onchainVerdict";
import type { Disagreement } from "../data/onchain/compare";
import type { AccountRoles } from "../data/roles";
import type { Datum } from "../data/types";
import i18n, { currentLanguage } from "./index";
import { en } from "./en";
import { BODY_NAMES_ZH, ENTITY_NAMES_ZH, REGION_NAMES_ZH, ZONE_NAMES_ZH } from "./sampleNames";
import { formatBucketLabel } from "../format/display";

const t = i18n.t.bind(i18n);
type StatusKey = keyof typeof en.vocab.status;
type FieldKey = keyof typeof en.vocab.field;
const zh = () => currentLanguage() === "zh-CN";

/** "Active" -> "进行中" (zone, entity and project statuses share the catalogue's vocab.status). */
export function statusLabel(label: string): string {
  return Object.hasOwn(en.vocab.status, label) ? t(`vocab.status.${label as StatusKey}`) : label;
}

/** An attestation kind by its English label ("Progress report") or its number. */
export function kindLabel(kind: string | number): string {
  const i = typeof kind === "number" ? kind : ATTESTATION_KINDS.indexOf(kind as (typeof ATTESTATION_KINDS)[number]);
  const name = Kind[i] as keyof typeof Kind | undefined;
  return name ? t(`vocab.kind.${name}`) : String(kind);
}

/** An entity type by its English label ("Government body"). */
export function entityTypeLabel(label: string): string {
  const name = EntityType[ENTITY_TYPES.indexOf(label as (typeof ENTITY_TYPES)[number])] as keyof typeof EntityType | undefined;
  return name ? t(`vocab.entityType.${name}`) : label;
}

/** A field by its English label ("Trials (courts)") or its id. */
export function fieldLabel(field: string | number): string {
  const f = typeof field === "number" ? FIELDS[field] : FIELDS.find((x) => x.label === field);
  return f ? t(`vocab.field.${f.key as FieldKey}`) : field === "Unknown" ? t("common.unknown") : String(field);
}

export const standingLabel = (s: Exclude<Standing, "current">): string => t(`vocab.standing.${s}`);
export const standingWhy = (s: Exclude<Standing, "current">): string => t(`vocab.standingWhy.${s}`);

/** The data layer's stand-ins for a name it does not know ("Zone #3", "Entity #7", "Unknown"). */
function placeholderName(name: string): string | undefined {
  const m = /^(Zone|Entity) #(\d+)$/.exec(name);
  if (m) return t(m[1] === "Zone" ? "common.zoneNo" : "common.entityNo", { id: m[2] ?? "" });
  return name === "Unknown" ? t("common.unknown") : undefined;
}

/** A zone's name: the sample's Chinese name in Chinese mode ("Chengdu" -> "成都"), else as on chain. */
export const zoneName = (name: string): string => (zh() ? (ZONE_NAMES_ZH[name] ?? placeholderName(name) ?? name) : name);
export const regionName = (name: string): string => (zh() ? (REGION_NAMES_ZH[name] ?? name) : name);
/** A publicly named participant in Chinese; fictional entities keep their ("Fictional …") names. */
export const entityName = (name: string): string => (zh() ? (ENTITY_NAMES_ZH[name] ?? placeholderName(name) ?? name) : name);

const list = (items: readonly string[]) => items.join(t("roles.listSeparator"));

/**
 * A role label from the deployment (written by the seeder, scripts/seed/account-plan.ts): "Programme office",
 * "Relayer", "Regulator: Health, Education", "Expert: …", "Zone admin: Chengdu", "Signer: Haier (2nd key)".
 * English labels are shown as given; in Chinese the known shapes are translated, anything else as given.
 */
export function roleLabel(label: string): string {
  if (!zh()) return label;
  if (label === "Programme office") return t("roles.programmeOffice");
  if (label === "Relayer") return t("roles.relayer");
  if (label.startsWith("Seat: ")) return t("governance.seatLabel", { body: BODY_NAMES_ZH[label.slice(6)] ?? label.slice(6) });
  const m = /^(Regulator|Expert|Zone admin|Signer): (.+)$/.exec(label);
  if (!m || m[2] === undefined) return label;
  const rest = m[2];
  switch (m[1]) {
    case "Regulator":
      return t("roles.regulator", { fields: list(rest.split(", ").map(fieldLabel)) });
    case "Expert":
      return t("roles.expert", { fields: list(rest.split(", ").map(fieldLabel)) });
    case "Zone admin":
      return t("roles.zoneAdmin", { zone: zoneName(rest) });
    default: {
      const second = rest.endsWith(" (2nd key)");
      const entity = entityName(second ? rest.slice(0, -" (2nd key)".length) : rest);
      return t("roles.signer", { entity }) + (second ? t("roles.secondKey") : "");
    }
  }
}

/** What an account is in the programme, in plain words (the dApp's version of data/roles.ts describeRoles). */
export function rolesText(r: AccountRoles, names: { zone: (id: number) => string; entity: (id: number) => string }): string[] {
  const f = (ids: readonly number[]) => list(ids.map((i) => fieldLabel(i)));
  const out: string[] = [];
  if (r.isProgrammeOffice) out.push(t("roles.programmeOffice"));
  if (r.zoneAdminOf) out.push(t("roles.administratorOf", { zone: zoneName(names.zone(r.zoneAdminOf)) }));
  if (r.regulatorFields.length) out.push(t("roles.regulatorOf", { fields: f(r.regulatorFields) }));
  if (r.expertFields.length) out.push(t("roles.expertIn", { fields: f(r.expertFields) }));
  if (r.entityId) out.push(t("roles.signerFor", { entity: entityName(names.entity(r.entityId)) }));
  return out;
}
export const joinRoles = (roles: readonly string[]): string => roles.join(t("roles.rolesSeparator"));

/** One disagreement between the index and the chain, in plain words (data/onchain/compare.ts gives its facts). */
export function disagreementText(d: Disagreement): string {
  switch (d.kind) {
    case "count":
      return t("disagreement.count", { count: d.indexed, chain: d.chain });
    case "unknown-on-chain":
      return t("disagreement.unknown", { uid: d.uid.slice(0, 10) });
    case "revoked":
      return t("disagreement.revoked", {
        uid: d.uid.slice(0, 10),
        chain: t(d.chain ? "timeline.chainRevoked" : "timeline.chainValid"),
        indexed: t(d.indexed ? "timeline.chainRevoked" : "timeline.chainValid"),
      });
    case "record": {
      const parts = d.what
        .split(", ")
        .map((w) => (Object.hasOwn(en.disagreement.what, w) ? t(`disagreement.what.${w as keyof typeof en.disagreement.what}`) : w));
      return t("disagreement.record", { uid: d.uid.slice(0, 10), what: list(parts) });
    }
  }
}

/** The chain's verdict on a document, as one sentence. */
export function verdictText(v: OnchainVerdict): string {
  if (v.status === "not-attested") return t("verdict.none");
  if (v.status === "revoked") return t("verdict.allRevoked", { count: v.count });
  return t("verdict.valid", { count: v.valid, total: v.count, revoked: v.revoked ? t("verdict.validRevoked", { count: v.revoked }) : "" });
}

/** Chart data whose labels are vocabulary or names, relabelled for the active language. */
export const relabel = (data: readonly Datum[], label: (l: string) => string): Datum[] => data.map((d) => ({ ...d, label: label(d.label) }));

/** An "over time" bucket (data/stats.ts): "2023-Q2" -> "2023 Q2" / "2023年第2季度"; "2023-04" -> "Apr 2023" / "2023年4月". */
export function timeBucketLabel(label: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(label);
  return q ? t("timeBuckets.quarterLabel", { year: q[1] ?? "", quarter: q[2] ?? "" }) : formatBucketLabel(label);
}
