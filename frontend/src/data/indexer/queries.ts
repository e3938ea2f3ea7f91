/**
 * The GraphQL documents the dApp sends to the indexer, and pure builders of their variables.
 * One document per view, several root fields each, so that a page asks once. Field names follow
 * indexer/ponder.schema.ts (Ponder's GraphQL: singular `entity(id)`, plural `entitys(...)` with
 * `where` / `orderBy` / `orderDirection` / `limit` (<= 1000) / `offset` / `after`, `totalCount`);
 * queries.test.ts validates every document against that schema and Ponder's token limit.
 */
import { entityNamesFor, regionNamesFor, zoneNamesFor } from "../../i18n/nameSearch";

export const ZONE_FIELDS = "id name region metadataUri status createdAt entityCount projectCount attestationCount admins";
export const ENTITY_ROW_FIELDS = "id zoneId entityType fields name status registeredAt projectCount attestationCount";
export const PROJECT_FIELDS = "id entityId zoneId field proposer title metadataUri status proposedAt updatedAt attestationCount revokedCount lastAttestationAt";
export const ATTESTATION_FIELDS = "uid seq projectId entityId zoneId attester kind contentHash refUid uri delegated relayer revoked revoker revokeReason revokedAt block time txHash";

/** Ponder's GraphQL caps `limit` at 1000. */
export const MAX_LIMIT = 1000;

/** The overview's aggregates (kept by the indexer's handlers; no chart scans the log). */
export const OVERVIEW_METRICS = ["projects.status", "entities.type", "attestations.zone", "attestations.field", "attestations.kind"] as const;
/** Attestations per UTC month: the "over time" chart (a row a month, whatever the log's size). */
export const MONTH_METRIC = "attestations.month";
/** The overview's "latest attestations" feed. */
export const LATEST_COUNT = 7;

export const OVERVIEW_QUERY = `query Overview($w: statFilter) {
  programme(id: 1) { zones entities projects attestations revocations delegated lastBlock lastTime paused }
  stats(where: $w, limit: ${MAX_LIMIT}) { items { metric key value } }
  months: stats(where: { metric: "${MONTH_METRIC}" }, orderBy: "key", orderDirection: "desc", limit: ${MAX_LIMIT}) { items { key value } }
  zones(orderBy: "name", limit: ${MAX_LIMIT}) { items { id name } }
  latest: attestations(orderBy: "seq", orderDirection: "desc", limit: ${LATEST_COUNT}) {
    items { uid projectId kind time revoked project { title entity { id name } } }
  }
}`;

export const ZONES_QUERY = `query Zones($w: zoneFilter, $o: String, $d: String, $n: Int, $k: Int) {
  zones(where: $w, orderBy: $o, orderDirection: $d, limit: $n, offset: $k) { totalCount items { ${ZONE_FIELDS} } }
}`;

/** Entity rows of a list; `zoneNames` adds every zone's id and name (for the zone column and filter). */
export const entitiesQuery = (zoneNames: boolean) => `query Entities($w: entityFilter, $o: String, $d: String, $n: Int, $k: Int) {
  entitys(where: $w, orderBy: $o, orderDirection: $d, limit: $n, offset: $k) { totalCount items { ${ENTITY_ROW_FIELDS} } }${zoneNames ? `\n  zones(orderBy: "name", limit: ${MAX_LIMIT}) { items { id name } }` : ""}
}`;

/** Every entity's id and fields bitmask (matching the other filters): the field filter's first step. */
export const ENTITY_FIELDS_QUERY = `query EntityFields($w: entityFilter) {
  entitys(where: $w, limit: ${MAX_LIMIT}) { totalCount items { id fields } }
}`;

/** The field id a list filters on, if any. */
export const fieldFilterOf = (q: Pick<ListQuery, "filters">): number | undefined => intOf(q.filters["field"]);

/** Ids of the entities whose fields include `field`. */
export const entitiesWithField = (rows: readonly { id: number; fields: number }[], field: number): number[] =>
  rows.filter((r) => field >= 0 && field < 32 && ((r.fields >>> field) & 1) === 1).map((r) => r.id);

export const PROJECTS_QUERY = `query Projects($w: projectFilter, $o: String, $d: String, $n: Int, $k: Int) {
  projects(where: $w, orderBy: $o, orderDirection: $d, limit: $n, offset: $k) { totalCount items { ${PROJECT_FIELDS} entity { id name } } }
}`;

export const ZONE_QUERY = `query Zone($id: Int!) {
  zone(id: $id) { ${ZONE_FIELDS} }
  active: projects(where: { zoneId: $id, status: 2 }, limit: 1) { totalCount }
}`;

export const ENTITY_QUERY = `query Entity($id: Int!) {
  entity(id: $id) { ${ENTITY_ROW_FIELDS} metadataUri signers zone { id name } }
}`;

export const PROJECT_QUERY = `query Project($id: Int!) {
  project(id: $id) { ${PROJECT_FIELDS} entity { id name status signers } zone { id name status } }
  projectStatusChanges(where: { projectId: $id }, orderBy: "block", limit: ${MAX_LIMIT}) { items { status by reason block logIndex time } }
}`;

/** Attestations newest first, in cursor pages (stable while new ones arrive on top). */
export const TIMELINE_QUERY = `query Timeline($w: attestationFilter, $n: Int, $after: String) {
  attestations(where: $w, orderBy: "seq", orderDirection: "desc", limit: $n, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } items { ${ATTESTATION_FIELDS} project { title } }
  }
}`;

/** A few attestations by uid (e.g. the ones a timeline page refers to). */
export const ATTESTATIONS_BY_UID_QUERY = `query ByUid($w: attestationFilter, $n: Int) {
  attestations(where: $w, limit: $n) { items { uid projectId kind time revoked } }
}`;

/** A document's attestations, oldest first (the chain's order), with their project, entity and zone. */
export const DOCUMENT_QUERY = `query Document($w: attestationFilter, $n: Int, $k: Int) {
  attestations(where: $w, orderBy: "seq", limit: $n, offset: $k) {
    totalCount items { ${ATTESTATION_FIELDS} project { id title zoneId entity { id name } zone { name } } }
  }
}`;

/** A signer's NonceIncreased events (voided signatures). */
export const NONCE_VOIDS_QUERY = `query NonceVoids($w: nonceIncreaseFilter) {
  nonceIncreases(where: $w, orderBy: "block", limit: ${MAX_LIMIT}) { items { oldNonce newNonce block } }
}`;

// ----------------------------------------------------------------- variables

export type SortDirection = "asc" | "desc";

/** A list view's state: page (0-based), size, search text, filters (values are ids), sort. */
export interface ListQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly search: string;
  readonly filters: Readonly<Record<string, string>>;
  readonly sort: { readonly key: string; readonly dir: SortDirection };
}

type Where = Record<string, unknown>;

const intOf = (v: string | undefined): number | undefined => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);

/** Lower-cased, trimmed, at most 100 characters (the indexer's `search` columns hold lower-cased names). */
export const searchTerm = (raw: string): string => raw.trim().toLowerCase().slice(0, 100);

/**
 * `where` of the entities list: zone, type and status by id; search in the name (English, or the sample's
 * Chinese name: i18n/nameSearch.ts). The field filter (a bit of the `fields` mask, which GraphQL cannot
 * test) is resolved first to entity ids ({@link ENTITY_FIELDS_QUERY}, {@link entitiesWithField}) and given
 * here as `ids`.
 */
export function entityWhere(q: Pick<ListQuery, "search" | "filters">, fixed: Where = {}, ids?: readonly number[]): Where {
  const w: Where = { ...fixed };
  const zone = intOf(q.filters["zone"]);
  const type = intOf(q.filters["type"]);
  const status = intOf(q.filters["status"]);
  if (ids) w["id_in"] = ids.length ? [...ids] : [0]; // no entity has id 0
  if (zone !== undefined) w["zoneId"] = zone;
  if (type !== undefined) w["entityType"] = type;
  if (status !== undefined) w["status"] = status;
  const s = searchTerm(q.search);
  if (s) {
    // A term in a Chinese name (the names Chinese mode shows) also finds the English name(s) it stands for.
    const english = entityNamesFor(s);
    if (english.length) w["OR"] = [{ search_contains: s }, { name_in: english }];
    else w["search_contains"] = s;
  }
  return w;
}

/** `where` of a projects list: status and field by id, search in the title. */
export function projectWhere(q: Pick<ListQuery, "search" | "filters">, fixed: Where = {}): Where {
  const w: Where = { ...fixed };
  const status = intOf(q.filters["status"]);
  const field = intOf(q.filters["field"]);
  if (status !== undefined) w["status"] = status;
  if (field !== undefined) w["field"] = field;
  const s = searchTerm(q.search);
  if (s) w["search_contains"] = s;
  return w;
}

/** `where` of the zones list: status by id; search in name or region, English or (the sample's) Chinese. */
export function zoneWhere(q: Pick<ListQuery, "search" | "filters">): Where {
  const w: Where = {};
  const status = intOf(q.filters["status"]);
  if (status !== undefined) w["status"] = status;
  const s = searchTerm(q.search);
  if (s) {
    // Ponder flattens each OR item's keys into the OR: one condition per item.
    const names = zoneNamesFor(s);
    const regions = regionNamesFor(s);
    w["OR"] = [{ name_contains_nocase: s }, { region_contains_nocase: s }, ...(names.length ? [{ name_in: names }] : []), ...(regions.length ? [{ region_in: regions }] : [])];
  }
  return w;
}

/** Sort keys a list may use, mapped to the indexer's columns (anything else falls back to the first). */
export const SORTS = {
  entities: { name: "search", zone: "zoneId", type: "entityType", projects: "projectCount", attestations: "attestationCount", status: "status", registered: "registeredAt" },
  projects: { id: "id", title: "search", status: "status", field: "field", attestations: "attestationCount", updated: "updatedAt", entity: "entityId" },
  zones: { name: "name", region: "region", status: "status", entities: "entityCount", projects: "projectCount", attestations: "attestationCount" },
} as const satisfies Record<string, Record<string, string>>;

export type ListKind = keyof typeof SORTS;

/** limit / offset / orderBy / orderDirection for a list page. */
export function pageVariables(kind: ListKind, q: ListQuery, where: Where): Record<string, unknown> {
  const sorts: Record<string, string> = SORTS[kind];
  const column = sorts[q.sort.key] ?? Object.values(sorts)[0];
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(q.pageSize)));
  return { w: where, o: column, d: q.sort.dir === "desc" ? "desc" : "asc", n: limit, k: Math.max(0, Math.floor(q.page)) * limit };
}

export const overviewVariables = () => ({ w: { metric_in: [...OVERVIEW_METRICS] } });

export const timelineVariables = (where: Where, pageSize: number, after?: string | null) => ({ w: where, n: Math.min(MAX_LIMIT, pageSize), ...(after ? { after } : {}) });

export const documentVariables = (contentHash: string, page: number, pageSize: number) => ({
  w: { contentHash: contentHash.toLowerCase() },
  n: Math.min(MAX_LIMIT, pageSize),
  k: Math.max(0, page) * Math.min(MAX_LIMIT, pageSize),
});

export const byUidVariables = (uids: readonly string[]) => ({ w: { uid_in: uids.map((u) => u.toLowerCase()) }, n: Math.min(MAX_LIMIT, Math.max(1, uids.length)) });

export const nonceVoidVariables = (signer: string) => ({ w: { signer: signer.toLowerCase() } });
