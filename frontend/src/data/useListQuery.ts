/** A list's search, filters, sort and page: kept in the URL (shareable) or in component state. */
import { useCallback, useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import type { ListQuery, SortDirection } from "./indexer/queries";

export interface ListDefaults {
  readonly pageSize: number;
  readonly sort: { readonly key: string; readonly dir: SortDirection };
  readonly filterKeys?: readonly string[];
}

/** ListQuery <-> URL search params (`page` is 1-based there; defaults are left out). Pure. */
export function queryFromParams(params: URLSearchParams, d: ListDefaults): ListQuery {
  const page = Number(params.get("page") ?? "1");
  const dir = params.get("dir");
  const filters: Record<string, string> = {};
  for (const k of d.filterKeys ?? []) {
    const v = params.get(k);
    if (v) filters[k] = v;
  }
  return {
    page: Number.isSafeInteger(page) && page > 1 ? page - 1 : 0,
    pageSize: d.pageSize,
    search: params.get("q") ?? "",
    filters,
    sort: { key: params.get("sort") ?? d.sort.key, dir: dir === "asc" || dir === "desc" ? dir : d.sort.dir },
  };
}

export function paramsFromQuery(q: ListQuery, d: ListDefaults): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(q.filters)) if (v) out[k] = v;
  if (q.search) out["q"] = q.search;
  if (q.page > 0) out["page"] = String(q.page + 1);
  if (q.sort.key !== d.sort.key || q.sort.dir !== d.sort.dir) {
    out["sort"] = q.sort.key;
    out["dir"] = q.sort.dir;
  }
  return out;
}

export type ListQueryUpdate = (update: (current: ListQuery) => ListQuery) => void;

export function useUrlListQuery(d: ListDefaults): [ListQuery, ListQueryUpdate] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const query = useMemo(() => queryFromParams(new URLSearchParams(key), d), [key, d]);
  // The latest query asked for, ahead of the URL (a navigation settles a moment later).
  const latest = useRef(query);
  const seenKey = useRef(key);
  if (seenKey.current !== key) {
    seenKey.current = key;
    latest.current = query;
  }
  const set = useCallback<ListQueryUpdate>(
    (update) => {
      const next = update(latest.current);
      latest.current = next;
      setParams(paramsFromQuery(next, d), { replace: true });
    },
    [setParams, d],
  );
  return [query, set];
}

/** A list's first query before the user touches it: first page, no search, no filter. Pure. */
export const initialListQuery = (d: ListDefaults): ListQuery => ({ page: 0, pageSize: d.pageSize, search: "", filters: {}, sort: d.sort });

export function useLocalListQuery(d: ListDefaults): [ListQuery, ListQueryUpdate] {
  const [query, setQuery] = useState<ListQuery>(() => initialListQuery(d));
  return [query, setQuery];
}
