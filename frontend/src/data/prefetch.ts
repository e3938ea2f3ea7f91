/**
 * Starts the first page's reads before React renders, so the request is on the wire while the
 * app boots. Same query options as the hooks: the page then finds them in flight or cached.
 */
import type { QueryClient } from "@tanstack/react-query";
import { contracts } from "./chain";
import { queryFromParams } from "./useListQuery";
import { ENTITY_LIST, ZONE_LIST, entityListQuery, zoneListQuery } from "./views/lists";
import { overviewQuery } from "./views/overview";
import { entityViewQuery, projectViewQuery } from "./views/pages";
import { timelineQuery } from "./views/timeline";

/** Page sizes the pages use (kept here so that the prefetch asks for exactly what they ask). */
export const PREFETCH_SIZES = { timeline: 20 } as const;

export type Read = "overview" | "entities" | "zones" | "project" | "entity";

/** The reads a path paints first (other pages fetch on render). */
export function readsFor(pathname: string): readonly Read[] {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return ["overview"];
  if (path === "/entities") return ["entities"];
  if (path === "/zones") return ["zones"];
  if (/^\/projects\/\d+$/.test(path)) return ["project"];
  if (/^\/entities\/\d+$/.test(path)) return ["entity"];
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
    if (read === "entity") void queryClient.prefetchQuery(entityViewQuery(queryClient, id));
    if (read === "project") {
      void queryClient.prefetchQuery(projectViewQuery(id));
      void queryClient.prefetchInfiniteQuery(timelineQuery(queryClient, { projectId: id }, PREFETCH_SIZES.timeline));
    }
  }
}
