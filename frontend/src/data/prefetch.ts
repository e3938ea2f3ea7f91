/**
 * Starts a page's registry reads before React renders, so the request is on the
 * wire while the app boots (instead of after the first render and its effects).
 * Same query options as the hooks: the page then finds them in flight or cached.
 */
import type { QueryClient } from "@tanstack/react-query";
import { contracts } from "./chain";
import { ENTITY_LIST_FILTERS, registryQueries } from "./registry";

type Read = keyof typeof registryQueries;

const PREFETCH: Record<Read, (queryClient: QueryClient) => Promise<void>> = {
  zones: (qc) => qc.prefetchQuery(registryQueries.zones),
  entities: (qc) => qc.prefetchQuery(registryQueries.entities),
  entitySummaries: (qc) => qc.prefetchQuery(registryQueries.entitySummaries),
  entityHead: (qc) => qc.prefetchQuery(registryQueries.entityHead),
  projects: (qc) => qc.prefetchQuery(registryQueries.projects),
};

/** Reads a page needs for its first paint, by path and query (other pages fetch on render). */
export function readsFor(pathname: string, search = ""): readonly Read[] {
  const path = pathname.replace(/\/+$/, "") || "/";
  // Entities filtered from the URL need every row at once (as useEntitySummaries({ firstPage: false }) reads them).
  const params = new URLSearchParams(search);
  if (path === "/entities" && ENTITY_LIST_FILTERS.some((k) => params.get(k))) return ["zones", "entitySummaries"];
  if (path === "/") return ["zones", "entities", "projects"];
  // The list's first page only: the page reads the rest once it has painted (useEntitySummaries).
  if (path === "/entities") return ["zones", "entityHead"];
  if (path === "/zones") return ["zones", "projects"];
  return [];
}

/** Fire and forget (the cache is empty at start-up): errors surface through the page's own queries. */
export function prefetchFor(queryClient: QueryClient, pathname: string, search = ""): void {
  if (!contracts) return;
  for (const read of readsFor(pathname, search)) void PREFETCH[read](queryClient);
}
