/**
 * Starts the first page's reads before React renders, so the request is on the wire while the
 * app boots. Same query options as the hooks: the page then finds them in flight or cached.
 */
import type { QueryClient } from "@tanstack/react-query";
import { contracts } from "./chain";
import { initialListQuery, queryFromParams } from "./useListQuery";
import { ENTITY_LIST, ENTITY_PROJECTS, ZONE_ENTITIES, ZONE_LIST, ZONE_PROJECTS, entityListQuery, projectListQuery, zoneListQuery } from "./views/lists";
import { overviewQuery } from "./views/overview";
import { entityViewQuery, projectViewQuery, zoneViewQuery } from "./views/pages";
import { timelineQuery } from "./views/timeline";

/** Page sizes the pages use (kept here so that the prefetch asks for exactly what they ask). */
export const PREFETCH_SIZES = { timeline: 20, entityRecent: 30 } as const;

export type Read = "overview" | "entities" | "zones" | "project" | "entity" | "zone";

/** The reads a path paints first (other pages fetch on render). */
export function readsFor(pathname: string): readonly Read[] {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return ["overview"];
  if (path === "/entities") return ["entities"];
  if (path === "/zones") return ["zones"];
  if (/^\/projects\/\d+$/.test(path)) return ["project"];
  if (/^\/entities\/\d+$/.test(path)) return ["entity"];
  if (/^\/zones\/\d+$/.test(path)) return ["zone"];
  return [];
}

/** Fire and forget (the cache is empty at start-up): errors surface through the page's own queries. */
export function prefetchFor(queryClient: QueryClient, pathname: string, search = ""): void {
  if (!contracts) return;
  const params = new URLSearchParams(search);
  const id = Number(pathname.split("/").filter(Boolean)[1]);
  for (const read of readsFor(pathname)) {
    if (read === "overview") void queryClient.prefetchQuery(overviewQuery(queryClient));
    if (read === "entities") void queryClient.prefetchQuery(entityListQuery(queryClient, queryFromParams(params, ENTITY_LIST)));
    if (read === "zones") void queryClient.prefetchQuery(zoneListQuery(queryClient, queryFromParams(params, ZONE_LIST)));
    if (read === "entity") {
      // the entity, its projects and its latest attestations: all on the wire at once, not after the page's code loads
      void queryClient.prefetchQuery(entityViewQuery(queryClient, id));
      void queryClient.prefetchQuery(projectListQuery(queryClient, initialListQuery(ENTITY_PROJECTS), { entityId: id }));
      void queryClient.prefetchInfiniteQuery(timelineQuery(queryClient, { entityId: id }, PREFETCH_SIZES.entityRecent));
    }
    if (read === "zone") {
      void queryClient.prefetchQuery(zoneViewQuery(queryClient, id));
      void queryClient.prefetchQuery(entityListQuery(queryClient, initialListQuery(ZONE_ENTITIES), { zoneId: id }, false));
      void queryClient.prefetchQuery(projectListQuery(queryClient, initialListQuery(ZONE_PROJECTS), { zoneId: id }));
    }
    if (read === "project") {
      void queryClient.prefetchQuery(projectViewQuery(id));
      void queryClient.prefetchInfiniteQuery(timelineQuery(queryClient, { projectId: id }, PREFETCH_SIZES.timeline));
    }
  }
}
