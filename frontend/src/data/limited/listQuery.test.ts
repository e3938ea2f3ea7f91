// @vitest-environment node
import { describe, expect, it } from "vitest";
import { applyListQuery } from "./listQuery";
import { entityListSpec, projectListSpec, zoneListSpec, type EntityListRow } from "../views/lists";
import type { ListQuery } from "../indexer/queries";

const e = (id: number, name: string, zoneId: number, type: string, fieldIds: number[], status = "Active", projectCount = 0): EntityListRow => ({
  id, name, zoneId, type, fieldIds, fields: [], status, projectCount, zone: `Z${zoneId}`,
});
const entities = [e(1, "Beta Hospital", 1, "Hospital", [11]), e(2, "alpha University", 2, "University", [12, 11], "Suspended", 3), e(3, "Gamma Bank", 1, "Bank", [13], "Active", 5)];
const q = (over: Partial<ListQuery>): ListQuery => ({ page: 0, pageSize: 10, search: "", filters: {}, sort: { key: "name", dir: "asc" }, ...over });

describe("applyListQuery (limited mode: the indexer's list semantics in the browser)", () => {
  it("sorts by name case-insensitively, and by numbers", () => {
    expect(applyListQuery(entities, q({}), entityListSpec).rows.map((r) => r.id)).toEqual([2, 1, 3]);
    expect(applyListQuery(entities, q({ sort: { key: "projects", dir: "desc" } }), entityListSpec).rows.map((r) => r.id)).toEqual([3, 2, 1]);
  });
  it("filters by ids (zone, field among several, type, status) and searches the name", () => {
    expect(applyListQuery(entities, q({ filters: { field: "11" } }), entityListSpec).rows.map((r) => r.id)).toEqual([2, 1]);
    expect(applyListQuery(entities, q({ filters: { zone: "1", type: "6" } }), entityListSpec).total).toBe(0);
    expect(applyListQuery(entities, q({ filters: { zone: "1", type: "3" } }), entityListSpec).rows.map((r) => r.id)).toEqual([3]);
    expect(applyListQuery(entities, q({ filters: { status: "2" } }), entityListSpec).rows.map((r) => r.id)).toEqual([2]);
    expect(applyListQuery(entities, q({ search: "HOSP" }), entityListSpec).rows.map((r) => r.id)).toEqual([1]);
    const named = [...entities, e(4, "Haier", 15, "Enterprise", [0])];
    expect(applyListQuery(named, q({ search: "海尔" }), entityListSpec).rows.map((r) => r.id)).toEqual([4]);
    expect(applyListQuery(named, q({ search: "haier" }), entityListSpec).rows.map((r) => r.id)).toEqual([4]);
    expect(applyListQuery(entities, q({ filters: { zone: "" } }), entityListSpec).total).toBe(3);
  });
  it("pages, with the total of the matching rows", () => {
    const many = Array.from({ length: 23 }, (_, i) => e(i + 1, `E${String(i + 1).padStart(2, "0")}`, 1, "Bank", []));
    const p = applyListQuery(many, q({ page: 2, pageSize: 10 }), entityListSpec);
    expect(p.total).toBe(23);
    expect(p.rows.map((r) => r.id)).toEqual([21, 22, 23]);
  });
  it("has specs for zones and projects too", () => {
    const zones = [{ id: 1, name: "Wuxi", region: "Jiangsu", status: "Active", createdAt: new Date(0), entityCount: 2, metadataURI: "", projectCount: 4 }];
    expect(applyListQuery(zones, q({ search: "jiang" }), zoneListSpec).total).toBe(1);
    expect(applyListQuery(zones, q({ search: "无锡" }), zoneListSpec).total).toBe(1);
    expect(applyListQuery(zones, q({ search: "江苏" }), zoneListSpec).total).toBe(1);
    expect(applyListQuery(zones, q({ search: "成都" }), zoneListSpec).total).toBe(0);
    const projects = [{ id: 7, entityId: 1, zoneId: 1, field: 11, fieldLabel: "Health", status: "Active", proposedAt: new Date(0), updatedAt: new Date(0), proposer: "0x0000000000000000000000000000000000000001" as const, title: "Grid pilot", metadataURI: "" }];
    expect(applyListQuery(projects, q({ filters: { status: "2", field: "11" }, sort: { key: "id", dir: "asc" } }), projectListSpec).total).toBe(1);
  });
});
