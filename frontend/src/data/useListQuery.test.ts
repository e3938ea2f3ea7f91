// @vitest-environment node
import { describe, expect, it } from "vitest";
import { paramsFromQuery, queryFromParams } from "./useListQuery";

const D = { pageSize: 15, sort: { key: "name", dir: "asc" as const }, filterKeys: ["zone", "type"] };

describe("list state in the URL", () => {
  it("round-trips page (1-based in the URL), search, filters and a non-default sort", () => {
    const q = queryFromParams(new URLSearchParams("zone=3&q=hos&page=2&sort=projects&dir=desc&other=1"), D);
    expect(q).toEqual({ page: 1, pageSize: 15, search: "hos", filters: { zone: "3" }, sort: { key: "projects", dir: "desc" } });
    expect(paramsFromQuery(q, D)).toEqual({ zone: "3", q: "hos", page: "2", sort: "projects", dir: "desc" });
  });
  it("leaves defaults out and ignores nonsense", () => {
    const q = queryFromParams(new URLSearchParams("page=-4&dir=sideways"), D);
    expect(q).toEqual({ page: 0, pageSize: 15, search: "", filters: {}, sort: { key: "name", dir: "asc" } });
    expect(paramsFromQuery(q, D)).toEqual({});
  });
});
