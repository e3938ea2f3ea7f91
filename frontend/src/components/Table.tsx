/** Accessible data table with text search, select filters and paging. Generic over the row type. */
import { useMemo, useState, type ReactNode } from "react";
import { EmptyState } from "./States";

export interface Column<Row> {
  readonly key: string;
  readonly header: string;
  readonly render: (row: Row) => ReactNode;
  readonly numeric?: boolean;
}

export interface SelectFilter<Row> {
  readonly key: string;
  readonly label: string;
  readonly options: readonly string[];
  readonly value: (row: Row) => string;
  /** For multi-valued columns (e.g. an entity's fields): whether the row matches the chosen option. */
  readonly matches?: (row: Row, option: string) => boolean;
}

interface Props<Row> {
  readonly caption: string;
  readonly rows: readonly Row[];
  readonly columns: readonly Column<Row>[];
  readonly rowKey: (row: Row) => string;
  readonly searchText?: (row: Row) => string;
  readonly filters?: readonly SelectFilter<Row>[];
  readonly pageSize?: number;
  /** Filter values to start with (e.g. from the URL). */
  readonly initialFilters?: Readonly<Record<string, string>>;
  /** Called when the filters change (e.g. to mirror them in the URL). */
  readonly onFiltersChange?: (values: Readonly<Record<string, string>>) => void;
  /** `rows` is only the first page of `total` rows, the rest still loading: search, filters and paging wait for them. */
  readonly loadingMore?: { readonly total: number };
}

export function Table<Row>({ caption, rows, columns, rowKey, searchText, filters = [], pageSize = 10, initialFilters, onFiltersChange, loadingMore }: Props<Row>) {
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState<Record<string, string>>(() => ({ ...initialFilters }));
  const [page, setPage] = useState(0);

  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    return rows.filter((row) => {
      if (q && searchText && !searchText(row).toLowerCase().includes(q)) return false;
      return filters.every((f) => {
        const want = selected[f.key];
        return !want || (f.matches ? f.matches(row, want) : f.value(row) === want);
      });
    });
  }, [rows, query, selected, filters, searchText]);

  const count = loadingMore ? loadingMore.total : filtered.length;
  const pageCount = Math.max(1, Math.ceil(count / pageSize));
  const current = loadingMore ? 0 : Math.min(page, pageCount - 1);
  const visible = filtered.slice(current * pageSize, (current + 1) * pageSize);
  const idBase = caption.replace(/\W+/g, "-").toLowerCase();

  return (
    <div className="table-wrap">
      <div className="table-tools" role="search" aria-label={`Filter ${caption}`}>
        {searchText ? (
          <label className="field field--inline">
            <span className="field__label">Search</span>
            <input
              type="search"
              className="input"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setPage(0);
              }}
              placeholder="Name, zone…"
              disabled={loadingMore !== undefined}
            />
          </label>
        ) : null}
        {filters.map((f) => (
          <label key={f.key} className="field field--inline">
            <span className="field__label">{f.label}</span>
            <select
              className="input"
              disabled={loadingMore !== undefined}
              value={selected[f.key] ?? ""}
              onChange={(e) => {
                const next = { ...selected, [f.key]: e.target.value };
                setSelected(next);
                onFiltersChange?.(next);
                setPage(0);
              }}
            >
              <option value="">All</option>
              {f.options.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>

      {filtered.length === 0 ? (
        <EmptyState title="No matching rows">Change the search or the filters.</EmptyState>
      ) : (
        <div className="table-scroll" tabIndex={0} aria-labelledby={`${idBase}-caption`}>
          <table className="table">
            <caption id={`${idBase}-caption`} className="visually-hidden">
              {caption}
            </caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className={c.numeric ? "num" : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => (
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

      <nav className="pager" aria-label={`${caption} pages`}>
        <span className="muted" aria-live="polite">
          {filtered.length === 0 ? "0 rows" : `${current * pageSize + 1}–${current * pageSize + visible.length} of ${count}`}
          {loadingMore ? <span className="visually-hidden"> (loading the other rows)</span> : null}
        </span>
        <div className="pager__buttons">
          <button type="button" className="btn btn--secondary btn--sm" onClick={() => setPage(current - 1)} disabled={current === 0}>
            Previous
          </button>
          <span className="muted">
            Page {current + 1} of {pageCount}
          </span>
          <button type="button" className="btn btn--secondary btn--sm" onClick={() => setPage(current + 1)} disabled={loadingMore !== undefined || current >= pageCount - 1}>
            Next
          </button>
        </div>
      </nav>
    </div>
  );
}
