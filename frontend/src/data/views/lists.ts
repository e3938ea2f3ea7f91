/**
 * The list pages' data: entities, zones, and a zone's or an entity's projects, one page at a time.
 * Indexed: the indexer searches, filters, sorts and pages on its server (one request per page).
 * Limited: the registry's rows from the chain, the same `ListQuery` applied in the browser.
 * Both search names in English and in the sample's Chinese (i18n/nameSearch.ts).
 */
import { keepPreviousData, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { ENTITY_STATUSES, ENTITY_TYPES, PROJECT_STATUSES, ZONE_STATUSES } from "@pilot/sdk/domain";
import { idx } from "../indexer/fetch";
import { ENTITY_FIELDS_QUERY, PROJECTS_QUERY, ZONES_QUERY, entitiesQuery, entitiesWithField, entityWhere, fieldFilterOf, pageVariables, projectWhere, zoneWhere, type ListQuery } from "../indexer/queries";
import { toEntitySummary, toProject, toZone, type EntityRow, type ProjectRow, type ZoneRow } from "../indexer/rows";
import { applyListQuery, isId, type ListSpec } from "../limited/listQuery";
import { searchableEntityName, searchableZone } from "../../i18n/nameSearch";
import { readMode } from "../readMode";
import { registryQueries } from "../registry";
import { UNTIL_INVALIDATED, type EntitySummary, type ListPage, type ProjectInfo, type ViewQuery, type ZoneSummary } from "../types";
import type { ListDefaults } from "../useListQuery";


/** The entities page's list: 15 rows a page, by name; filters by id, kept in the URL. */
export const ENTITY_LIST: ListDefaults = { pageSize: 15, sort: { key: "name", dir: "asc" }, filterKeys: ["zone", "field", "type", "status"] };
/** The zones page's list. */
/** The lists inside an entity's and a zone's page (component state, not the URL). */
export const ENTITY_PROJECTS: ListDefaults = { pageSize: 8, sort: { key: "id", dir: "asc" } };
export const ZONE_ENTITIES: ListDefaults = { pageSize: 10, sort: { key: "name", dir: "asc" } };
export const ZONE_PROJECTS: ListDefaults = { pageSize: 10, sort: { key: "id", dir: "asc" } };
export const ZONE_LIST: ListDefaults = { pageSize: 20, sort: { key: "name", dir: "asc" }, filterKeys: ["status"] };

export interface EntityListRow extends EntitySummary {
  readonly zone: string;
  readonly attestationCount?: number;
}
export interface ProjectListRow extends ProjectInfo {
  readonly entityName?: string;
  readonly attestationCount?: number;
}
export interface ZoneName {
  readonly id: number;
  readonly name: string;
}
export interface EntityList {
  readonly page: ListPage<EntityListRow>;
  /** Every zone (id, name): the zone column and filter. */
  readonly zones: readonly ZoneName[];
}

const statusIndex = (list: readonly string[], label: string) => list.indexOf(label);

export const entityListSpec: ListSpec<EntityListRow> = {
  search: (e) => searchableEntityName(e.name),
  filters: {
    zone: (e, v) => isId(e.zoneId, v),
    field: (e, v) => e.fieldIds.some((f) => isId(f, v)),
    type: (e, v) => isId(statusIndex(ENTITY_TYPES, e.type), v),
    status: (e, v) => isId(statusIndex(ENTITY_STATUSES, e.status), v),
  },
  sorts: { name: (e) => e.name.toLowerCase(), zone: (e) => e.zoneId, type: (e) => statusIndex(ENTITY_TYPES, e.type), projects: (e) => e.projectCount, status: (e) => statusIndex(ENTITY_STATUSES, e.status) },
  id: (e) => e.id,
};

export const zoneListSpec: ListSpec<ZoneSummary> = {
  search: (z) => searchableZone(z.name, z.region),
  filters: { status: (z, v) => isId(statusIndex(ZONE_STATUSES, z.status), v) },
  sorts: { name: (z) => z.name, region: (z) => z.region, status: (z) => statusIndex(ZONE_STATUSES, z.status), entities: (z) => z.entityCount, projects: (z) => z.projectCount },
  id: (z) => z.id,
};

export const projectListSpec: ListSpec<ProjectListRow> = {
  search: (p) => p.title,
  filters: { status: (p, v) => isId(statusIndex(PROJECT_STATUSES, p.status), v), field: (p, v) => isId(p.field, v) },
  sorts: { id: (p) => p.id, title: (p) => p.title.toLowerCase(), status: (p) => statusIndex(PROJECT_STATUSES, p.status), field: (p) => p.field, updated: (p) => p.updatedAt.getTime(), entity: (p) => p.entityId },
  id: (p) => p.id,
};

// ----------------------------------------------------------------- entities

export interface EntityScope {
  readonly zoneId?: number;
}

async function indexedEntities(q: ListQuery, scope: EntityScope, withZones: boolean, signal?: AbortSignal): Promise<EntityList> {
  const fixed = scope.zoneId !== undefined ? { zoneId: scope.zoneId } : {};
  // A field filter first finds the matching entities' ids (every entity's id and bitmask: a few KB).
  const field = fieldFilterOf(q);
  let ids: number[] | undefined;
  if (field !== undefined) {
    const all = await idx<{ entitys: { totalCount: number; items: { id: number; fields: number }[] } }>(ENTITY_FIELDS_QUERY, { w: entityWhere(q, fixed) }, signal);
    if (all.entitys.totalCount > all.entitys.items.length) throw new Error(`more than ${all.entitys.items.length} entities match: narrow the list before filtering by field`);
    ids = entitiesWithField(all.entitys.items, field);
  }
  const data = await idx<{ entitys: { totalCount: number; items: EntityRow[] }; zones?: { items: ZoneName[] } }>(entitiesQuery(withZones), pageVariables("entities", q, entityWhere(q, fixed, ids)), signal);
  const zones = data.zones?.items ?? [];
  const names = new Map(zones.map((z) => [z.id, z.name]));
  return {
    zones,
    page: { total: data.entitys.totalCount, rows: data.entitys.items.map((e) => ({ ...toEntitySummary(e), zone: names.get(e.zoneId) ?? `Zone #${e.zoneId}` })) },
  };
}

async function limitedEntities(queryClient: QueryClient, q: ListQuery, scope: EntityScope): Promise<EntityList> {
  const [rows, zones] = await Promise.all([queryClient.fetchQuery(registryQueries.entitySummaries), queryClient.fetchQuery(registryQueries.zones)]);
  const names = new Map(zones.map((z) => [z.id, z.name]));
  const all = rows.filter((e) => scope.zoneId === undefined || e.zoneId === scope.zoneId).map((e) => ({ ...e, zone: names.get(e.zoneId) ?? `Zone #${e.zoneId}` }));
  return { zones: zones.map((z) => ({ id: z.id, name: z.name })).sort((a, b) => a.name.localeCompare(b.name)), page: applyListQuery(all, q, entityListSpec) };
}

export const entityListQuery = (queryClient: QueryClient, q: ListQuery, scope: EntityScope = {}, withZones = true): ViewQuery<EntityList> =>
  readMode === "indexed"
    ? { queryKey: ["idx", "entities", scope, withZones, q], queryFn: ({ signal }) => indexedEntities(q, scope, withZones, signal), staleTime: UNTIL_INVALIDATED }
    : { queryKey: ["ltd", "entities", scope, q], queryFn: () => limitedEntities(queryClient, q, scope), staleTime: UNTIL_INVALIDATED };

export function useEntityList(q: ListQuery, scope: EntityScope = {}, withZones = true) {
  const queryClient = useQueryClient();
  return useQuery({ ...entityListQuery(queryClient, q, scope, withZones), placeholderData: keepPreviousData });
}

// ----------------------------------------------------------------- zones

async function indexedZones(q: ListQuery, signal?: AbortSignal): Promise<ListPage<ZoneSummary>> {
  const data = await idx<{ zones: { totalCount: number; items: ZoneRow[] } }>(ZONES_QUERY, pageVariables("zones", q, zoneWhere(q)), signal);
  return { total: data.zones.totalCount, rows: data.zones.items.map(toZone) };
}

async function limitedZones(queryClient: QueryClient, q: ListQuery): Promise<ListPage<ZoneSummary>> {
  const [zones, projects] = await Promise.all([queryClient.fetchQuery(registryQueries.zones), queryClient.fetchQuery(registryQueries.projects)]);
  const counts = new Map<number, number>();
  for (const p of projects) counts.set(p.zoneId, (counts.get(p.zoneId) ?? 0) + 1);
  return applyListQuery(zones.map((z) => ({ ...z, projectCount: counts.get(z.id) ?? 0 })), q, zoneListSpec);
}

export const zoneListQuery = (queryClient: QueryClient, q: ListQuery): ViewQuery<ListPage<ZoneSummary>> =>
  readMode === "indexed"
    ? { queryKey: ["idx", "zones", q], queryFn: ({ signal }) => indexedZones(q, signal), staleTime: UNTIL_INVALIDATED }
    : { queryKey: ["ltd", "zones", q], queryFn: () => limitedZones(queryClient, q), staleTime: UNTIL_INVALIDATED };

export function useZoneList(q: ListQuery) {
  const queryClient = useQueryClient();
  return useQuery({ ...zoneListQuery(queryClient, q), placeholderData: keepPreviousData });
}

// ----------------------------------------------------------------- projects

export type ProjectScope = { readonly zoneId: number } | { readonly entityId: number };

async function indexedProjects(q: ListQuery, scope: ProjectScope, signal?: AbortSignal): Promise<ListPage<ProjectListRow>> {
  const data = await idx<{ projects: { totalCount: number; items: ProjectRow[] } }>(PROJECTS_QUERY, pageVariables("projects", q, projectWhere(q, { ...scope })), signal);
  return {
    total: data.projects.totalCount,
    rows: data.projects.items.map((p) => ({ ...toProject(p), ...(p.entity ? { entityName: p.entity.name } : {}) })),
  };
}

async function limitedProjects(queryClient: QueryClient, q: ListQuery, scope: ProjectScope): Promise<ListPage<ProjectListRow>> {
  // An entity's own list shows no entity column: no need for every entity's name.
  const [projects, entities] = await Promise.all([
    queryClient.fetchQuery(registryQueries.projects),
    "zoneId" in scope ? queryClient.fetchQuery(registryQueries.entitySummaries) : Promise.resolve([]),
  ]);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const mine = projects.filter((p) => ("zoneId" in scope ? p.zoneId === scope.zoneId : p.entityId === scope.entityId));
  return applyListQuery(
    mine.map((p) => ({ ...p, entityName: names.get(p.entityId) ?? `#${p.entityId}` })),
    q,
    projectListSpec,
  );
}

export const projectListQuery = (queryClient: QueryClient, q: ListQuery, scope: ProjectScope): ViewQuery<ListPage<ProjectListRow>> =>
  readMode === "indexed"
    ? { queryKey: ["idx", "projects", scope, q], queryFn: ({ signal }) => indexedProjects(q, scope, signal), staleTime: UNTIL_INVALIDATED }
    : { queryKey: ["ltd", "projects", scope, q], queryFn: () => limitedProjects(queryClient, q, scope), staleTime: UNTIL_INVALIDATED };

export function useProjectList(q: ListQuery, scope: ProjectScope) {
  const queryClient = useQueryClient();
  return useQuery({ ...projectListQuery(queryClient, q, scope), placeholderData: keepPreviousData });
}
