/**
 * A table over ONE page of a list that is searched, filtered, sorted and paged elsewhere (on the
 * indexer's server, or by the limited mode's data layer): it shows the page and turns the user's
 * search, filters, sort and paging into a new `ListQuery`.
 */
import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../format/display";
import type { ListQuery } from "../data/indexer/queries";
import type { ListPage } from "../data/types";
import { EmptyState } from "./States";

export interface PagedColumn<Row> {
  readonly key: string;
  readonly header: string;
  readonly render: (row: Row) => ReactNode;
  readonly numeric?: boolean;
  /** The list's sort key for this column (sortable when given). */
  readonly sort?: string;
}

export interface PagedFilter {
  readonly key: string;
  readonly label: string;
  /** value = the id sent to the data layer; label = what the user reads. */
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

interface Props<Row> {
  readonly caption: string;
  readonly columns: readonly PagedColumn<Row>[];
  readonly rowKey: (row: Row) => string;
  readonly page: ListPage<Row> | undefined;
  readonly query: ListQuery;
  /** Receives an update of the current query (functional, so that quick successive changes compose). */
  readonly onQueryChange: (update: (current: ListQuery) => ListQuery) => void;
  readonly filters?: readonly PagedFilter[];
  /** Placeholder of the search box; no search box when absent. */
  readonly search?: string;
  /** A newer page is on its way (the shown one is the previous): dimmed, paging held. */
  readonly updating?: boolean;
  readonly testId?: string;
}

/** The filters of `query` whose value is none of its filter's choices (from a hand-edited or stale link). Pure. A filter with no choices yet (still loading) is not judged. */
export function invalidFilters(filters: readonly PagedFilter[], query: ListQuery): { readonly key: string; readonly label: string; readonly value: string }[] {
  return filters.flatMap((f) => {
    const value = query.filters[f.key];
    return value && f.options.length > 0 && !f.options.some((o) => o.value === value) ? [{ key: f.key, label: f.label, value }] : [];
  });
}

/** Typing settles for this long before a search goes out. */
export const SEARCH_DEBOUNCE_MS = 300;

export function PagedTable<Row>({ caption, columns, rowKey, page, query, onQueryChange, filters = [], search, updating = false, testId }: Props<Row>) {
  const { t } = useTranslation();
  const [text, setText] = useState(query.search);
  useEffect(() => setText(query.search), [query.search]);
  useEffect(() => {
    if (text === query.search) return;
    const t = setTimeout(() => onQueryChange((q) => ({ ...q, search: text, page: 0 })), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text, query, onQueryChange]);
  // A filter from the link that matches no choice would show "All" over 0 rows: drop it, and say so.
  const invalid = invalidFilters(filters, query);
  const invalidKey = invalid.map((i) => `${i.key}=${i.value}`).join("&");
  const [dropped, setDropped] = useState<readonly { readonly label: string; readonly value: string }[]>([]);
  useEffect(() => {
    if (invalid.length === 0) return;
    setDropped(invalid);
    onQueryChange((q) => ({ ...q, page: 0, filters: Object.fromEntries(Object.entries(q.filters).filter(([k]) => !invalid.some((i) => i.key === k))) }));
    // Keyed by the invalid filters themselves (not the arrays rebuilt on every render): runs once per distinct set.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately keyed as said above
  }, [invalidKey]);

  const total = page?.total ?? 0;
  const rows = page?.rows ?? [];
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const current = Math.min(query.page, pageCount - 1);
  const first = total === 0 ? 0 : current * query.pageSize + 1;
  const idBase = caption.replace(/\W+/g, "-").toLowerCase();
  const go = (n: number) => onQueryChange((q) => ({ ...q, page: n }));
  const sortBy = (key: string) => onQueryChange((q) => ({ ...q, page: 0, sort: { key, dir: q.sort.key === key && q.sort.dir === "asc" ? "desc" : "asc" } }));

  return (
    <div className={`table-wrap${updating ? " table-wrap--updating" : ""}`} data-testid={testId} aria-busy={updating || undefined}>
      {search !== undefined || filters.length ? (
        <div className="table-tools" role="search" aria-label={t("table.filter", { caption })}>
          {search !== undefined ? (
            <label className="field field--inline">
              <span className="field__label">{t("table.search")}</span>
              <input type="search" className="input" value={text} onChange={(e) => setText(e.target.value)} placeholder={search} />
            </label>
          ) : null}
          {filters.map((f) => (
            <label key={f.key} className="field field--inline">
              <span className="field__label">{f.label}</span>
              <select
                className="input"
                value={query.filters[f.key] ?? ""}
                onChange={(e) => {
                  const value = e.target.value;
                  setDropped([]);
                  onQueryChange((q) => ({ ...q, page: 0, filters: { ...q.filters, [f.key]: value } }));
                }}
              >
                <option value="">{t("common.all")}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      ) : null}

      {dropped.map((d) => (
        <p key={d.label} className="notice notice--info" role="status" data-testid="filter-dropped">
          {t("listFilter.invalid", { label: d.label, value: d.value })}
        </p>
      ))}

      {page && rows.length === 0 ? (
        <EmptyState title={t("table.noRows")}>
          {query.search || Object.values(query.filters).some(Boolean) ? t("table.changeFilters") : t("table.nothingYet")}
        </EmptyState>
      ) : (
        <div className="table-scroll" tabIndex={0} aria-labelledby={`${idBase}-caption`}>
          <table className="table">
            <caption id={`${idBase}-caption`} className="visually-hidden">
              {caption}
            </caption>
            <thead>
              <tr>
                {columns.map((c) => {
                  const active = c.sort !== undefined && query.sort.key === c.sort;
                  return (
                    <th
                      key={c.key}
                      scope="col"
                      className={c.numeric ? "num" : undefined}
                      aria-sort={active ? (query.sort.dir === "asc" ? "ascending" : "descending") : undefined}
                    >
                      {c.sort !== undefined ? (
                        <button type="button" className="th-sort" onClick={() => sortBy(c.sort as string)}>
                          {c.header}
                          <span aria-hidden="true" className="th-sort__mark">
                            {active ? (query.sort.dir === "asc" ? "▲" : "▼") : "↕"}
                          </span>
                        </button>
                      ) : (
                        c.header
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((c) => (
                    <td key={c.key} className={c.numeric ? "num" : undefined} data-label={c.header}>
                      {c.render(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav className="pager" aria-label={t("table.pages", { caption })}>
        <span className="muted" aria-live="polite">
          {total === 0
            ? t("table.zeroRows")
            : t("table.range", { first: formatNumber(first), last: formatNumber(first + rows.length - 1), total: formatNumber(total) })}
        </span>
        <div className="pager__buttons">
          <button type="button" className="btn btn--secondary btn--sm" onClick={() => go(current - 1)} disabled={current === 0 || updating}>
            {t("common.previous")}
          </button>
          <span className="muted">{t("table.page", { page: formatNumber(current + 1), pages: formatNumber(pageCount) })}</span>
          <button type="button" className="btn btn--secondary btn--sm" onClick={() => go(current + 1)} disabled={updating || current >= pageCount - 1}>
            {t("common.next")}
          </button>
        </div>
      </nav>
    </div>
  );
}
