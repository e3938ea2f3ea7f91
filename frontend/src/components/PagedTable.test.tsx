import { describe, expect, it, vi } from "vitest";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { PagedTable, SEARCH_DEBOUNCE_MS, invalidFilters, type PagedColumn } from "./PagedTable";
import { applyListQuery, isId } from "../data/limited/listQuery";
import type { ListQuery } from "../data/indexer/queries";

interface Row {
  readonly id: number;
  readonly name: string;
  readonly zoneId: number;
}
const rows: Row[] = Array.from({ length: 23 }, (_, i) => ({ id: i + 1, name: `Entity ${i + 1}`, zoneId: i % 2 ? 2 : 1 }));
const columns: PagedColumn<Row>[] = [
  { key: "name", header: "Name", sort: "name", render: (r) => r.name },
  { key: "zone", header: "Zone", render: (r) => (r.zoneId === 1 ? "Chengdu" : "Wuxi") },
];
const spec = {
  search: (r: Row) => r.name,
  filters: { zone: (r: Row, v: string) => isId(r.zoneId, v) },
  sorts: { name: (r: Row) => r.id },
  id: (r: Row) => r.id,
};

/** The table over a fake server: every query change is answered from `rows` (and recorded). */
function Harness({ onQuery, filters = {} }: { readonly onQuery: (q: ListQuery) => void; readonly filters?: Record<string, string> }) {
  const [query, setQuery] = useState<ListQuery>({ page: 0, pageSize: 10, search: "", filters, sort: { key: "name", dir: "asc" } });
  return (
    <PagedTable
      caption="Entities"
      columns={columns}
      rowKey={(r) => String(r.id)}
      page={applyListQuery(rows, query, spec)}
      query={query}
      onQueryChange={(update) => {
        const next = update(query);
        onQuery(next);
        setQuery(next);
      }}
      filters={[
        {
          key: "zone",
          label: "Zone",
          options: [
            { value: "1", label: "Chengdu" },
            { value: "2", label: "Wuxi" },
          ],
        },
      ]}
      search="Name…"
    />
  );
}

const body = () => screen.getAllByRole("rowgroup")[1] as HTMLElement;

describe("<PagedTable> (one page of a list paged elsewhere)", () => {
  it("asks for the next page, a filter (by id) and a sort, and shows what comes back", async () => {
    const seen: ListQuery[] = [];
    render(<Harness onQuery={(q) => seen.push(q)} />);
    expect(within(body()).getAllByRole("row")).toHaveLength(10);
    expect(screen.getByText("1–10 of 23")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(seen.at(-1)?.page).toBe(1);
    expect(screen.getByText("11–20 of 23")).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText("Zone"), "Wuxi");
    expect(seen.at(-1)).toMatchObject({ page: 0, filters: { zone: "2" } });
    expect(screen.getByText("1–10 of 11")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: /Name/ }));
    expect(seen.at(-1)?.sort).toEqual({ key: "name", dir: "desc" });
    expect(within(body()).getAllByRole("row")[0]?.textContent).toBe("Entity 22Wuxi");
    expect(screen.getByRole("columnheader", { name: /Name/ })).toHaveAttribute("aria-sort", "descending");
  });

  it("sends a search once typing settles, from the first page", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const seen: ListQuery[] = [];
      render(<Harness onQuery={(q) => seen.push(q)} />);
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
      await user.type(screen.getByLabelText("Search"), "Entity 2");
      expect(seen.filter((q) => q.search !== "")).toHaveLength(0);
      await act(async () => {
        vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS + 10);
      });
      expect(seen.filter((q) => q.search !== "").map((q) => q.search)).toEqual(["Entity 2"]);
      expect(
        within(body())
          .getAllByRole("row")
          .map((r) => r.textContent),
      ).toEqual(["Entity 2Wuxi", "Entity 20Wuxi", "Entity 21Chengdu", "Entity 22Wuxi", "Entity 23Chengdu"]);
      await user.type(screen.getByLabelText("Search"), "zzz");
      await act(async () => {
        vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS + 10);
      });
      expect(screen.getByText("No matching rows")).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a filter from the link that matches no choice (issue 12: it showed "All" over 0 rows)', () => {
  it("is found; a known value or a filter still loading its choices is not", () => {
    const q = (filters: Record<string, string>): ListQuery => ({ page: 0, pageSize: 10, search: "", filters, sort: { key: "name", dir: "asc" } });
    const zone = { key: "zone", label: "Zone", options: [{ value: "1", label: "Chengdu" }] };
    expect(invalidFilters([zone], q({ zone: "99" }))).toEqual([{ key: "zone", label: "Zone", value: "99" }]);
    expect(invalidFilters([zone], q({ zone: "1" }))).toEqual([]);
    expect(invalidFilters([{ ...zone, options: [] }], q({ zone: "99" }))).toEqual([]);
  });

  it("is dropped, so every row shows, and the table says so", async () => {
    const onQuery = vi.fn();
    render(<Harness onQuery={onQuery} filters={{ zone: "abc" }} />);
    expect(await screen.findByTestId("filter-dropped")).toHaveTextContent("The link asked for Zone “abc”, which is not one of the choices");
    expect(onQuery).toHaveBeenLastCalledWith(expect.objectContaining({ filters: {} }));
    expect(screen.getByText("1–10 of 23")).toBeInTheDocument();
    expect(screen.getByLabelText("Zone")).toHaveValue("");
  });
});
