import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Table, type Column } from "./Table";

interface Row {
  readonly id: number;
  readonly name: string;
  readonly zone: string;
}
const rows: Row[] = Array.from({ length: 23 }, (_, i) => ({ id: i, name: `Entity ${i}`, zone: i % 2 ? "Wuxi" : "Chengdu" }));
const columns: Column<Row>[] = [
  { key: "name", header: "Name", render: (r) => r.name },
  { key: "zone", header: "Zone", render: (r) => r.zone },
];

describe("<Table>", () => {
  it("pages, searches and filters", async () => {
    render(
      <Table caption="Entities" rows={rows} columns={columns} rowKey={(r) => String(r.id)} searchText={(r) => r.name}
        filters={[{ key: "zone", label: "Zone", options: ["Chengdu", "Wuxi"], value: (r) => r.zone }]} pageSize={10} />,
    );
    const body = () => screen.getAllByRole("rowgroup")[1] as HTMLElement;
    expect(within(body()).getAllByRole("row")).toHaveLength(10);
    expect(screen.getByText("1–10 of 23")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText("11–20 of 23")).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText("Zone"), "Wuxi");
    expect(screen.getByText("1–10 of 11")).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Search"), "Entity 2");
    expect(within(body()).getAllByRole("row").map((r) => r.textContent)).toEqual(["Entity 21Wuxi"]);
    await userEvent.type(screen.getByLabelText("Search"), "zzz");
    expect(screen.getByText("No matching rows")).toBeInTheDocument();
  });

  it("shows the first page of a longer list while the rest loads, with search, filters and paging on hold", async () => {
    const filters = [{ key: "zone", label: "Zone", options: ["Chengdu", "Wuxi"], value: (r: Row) => r.zone }];
    const props = { caption: "Entities", columns, rowKey: (r: Row) => String(r.id), searchText: (r: Row) => r.name, filters, pageSize: 10 };
    const { rerender } = render(<Table {...props} rows={rows.slice(0, 10)} loadingMore={{ total: 23 }} />);
    expect(screen.getByText("1–10 of 23")).toBeInTheDocument();
    expect(screen.getByText("Page 1 of 3")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();
    expect(screen.getByLabelText("Zone")).toBeDisabled();
    expect(screen.getByLabelText("Search")).toBeDisabled();
    rerender(<Table {...props} rows={rows} />);
    expect(screen.getByText("1–10 of 23")).toBeInTheDocument();
    expect(screen.getByLabelText("Zone")).toBeEnabled();
    await userEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText("11–20 of 23")).toBeInTheDocument();
  });
});
