/**
 * The limited mode's lists: the registry's rows (read whole from the chain: bounded by the
 * programme's size) searched, filtered, sorted and paged in the browser with the same
 * `ListQuery` the indexer answers on its server. Pure (unit-tested).
 */
import type { ListQuery } from "../indexer/queries";
import type { ListPage } from "../types";

export interface ListSpec<Row> {
  /** Text the search matches (case-insensitive substring). */
  readonly search: (row: Row) => string;
  /** Filter key -> whether the row matches the filter's value (an id). */
  readonly filters: Readonly<Record<string, (row: Row, value: string) => boolean>>;
  /** Sort key -> the value sorted on; the first is the default. */
  readonly sorts: Readonly<Record<string, (row: Row) => string | number>>;
  /** Tie-breaker (e.g. the id). */
  readonly id: (row: Row) => number;
}

export function applyListQuery<Row>(rows: readonly Row[], q: ListQuery, spec: ListSpec<Row>): ListPage<Row> {
  const term = q.search.trim().toLowerCase();
  const matching = rows.filter((row) => {
    if (term && !spec.search(row).toLowerCase().includes(term)) return false;
    for (const [key, value] of Object.entries(q.filters)) {
      const test = spec.filters[key];
      if (value !== "" && test && !test(row, value)) return false;
    }
    return true;
  });
  const sortKey = spec.sorts[q.sort.key] ? q.sort.key : Object.keys(spec.sorts)[0];
  const by = sortKey ? spec.sorts[sortKey] : undefined;
  const dir = q.sort.dir === "desc" ? -1 : 1;
  const sorted = by
    ? [...matching].sort((a, b) => {
        const x = by(a);
        const y = by(b);
        const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
        return c !== 0 ? c * dir : (spec.id(a) - spec.id(b)) * dir;
      })
    : matching;
  const size = Math.max(1, Math.floor(q.pageSize));
  const start = Math.max(0, Math.floor(q.page)) * size;
  return { rows: sorted.slice(start, start + size), total: matching.length };
}

/** `value` is the id `n` (filters carry ids). */
export const isId = (n: number, value: string): boolean => /^\d+$/.test(value) && Number(value) === n;
