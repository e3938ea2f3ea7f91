// @vitest-environment node
import { describe, expect, it } from "vitest";
import { Kind } from "@pilot/sdk/domain";
import { attestTargets, mayRevoke, sameDocumentEarlier, whyNotTarget } from "./eligibility";
import type { EntityInfo, ProjectInfo, ZoneInfo } from "./types";

const zone = (id: number, status = "Active") => ({ id, status }) as ZoneInfo;
const entity = (id: number, zoneId: number, status = "Active") => ({ id, zoneId, status }) as EntityInfo;
const project = (id: number, entityId: number, zoneId: number, field: number, status: string) => ({ id, entityId, zoneId, field, status }) as ProjectInfo;

const zones = new Map([[1, zone(1)], [2, zone(2, "Suspended")]]);
const entities = new Map([[10, entity(10, 1)], [11, entity(11, 1, "Suspended")], [12, entity(12, 2)]]);
const projects = [
  project(100, 10, 1, 11, "Active"),
  project(101, 10, 1, 11, "Proposed"),
  project(102, 11, 1, 11, "Active"), // entity suspended
  project(103, 12, 2, 11, "Active"), // zone suspended
  project(104, 10, 1, 12, "Accepted"), // closed
];
const none = { entityId: 0, zoneAdminOf: 0, regulatorFields: [], expertFields: [] };

describe("attestTargets", () => {
  it("an entity signer: progress reports and milestones on its active projects", () => {
    expect(attestTargets({ ...none, entityId: 10 }, projects, entities, zones)).toEqual([{ project: projects[0], kinds: [Kind.ProgressReport, Kind.Milestone] }]);
  });
  it("a zone administrator: reviews, also of proposed projects", () => {
    expect(attestTargets({ ...none, zoneAdminOf: 1 }, projects, entities, zones).map((t) => [t.project.id, t.kinds])).toEqual([
      [100, [Kind.Review]],
      [101, [Kind.Review]],
    ]);
  });
  it("a regulator: evaluation and acceptance of active projects in its fields; an expert: opinions", () => {
    expect(attestTargets({ ...none, regulatorFields: [11] }, projects, entities, zones).map((t) => [t.project.id, t.kinds])).toEqual([[100, [Kind.Evaluation, Kind.Acceptance]]]);
    expect(attestTargets({ ...none, expertFields: [11] }, projects, entities, zones).map((t) => t.project.id)).toEqual([100, 101]);
  });
  it("no role: nothing", () => {
    expect(attestTargets(none, projects, entities, zones)).toEqual([]);
  });
});

describe("mayRevoke", () => {
  const p = { zoneId: 1, field: 11 };
  const me = "0x00000000000000000000000000000000000000aa" as const;
  it("the attester, the zone's administrators and the field's regulators", () => {
    expect(mayRevoke({ address: me, zoneAdminOf: 0, regulatorFields: [] }, me.toUpperCase().replace("0X", "0x"), p)).toBe(true);
    expect(mayRevoke({ address: me, zoneAdminOf: 1, regulatorFields: [] }, "0xbb", p)).toBe(true);
    expect(mayRevoke({ address: me, zoneAdminOf: 0, regulatorFields: [11] }, "0xbb", p)).toBe(true);
    expect(mayRevoke({ address: me, zoneAdminOf: 2, regulatorFields: [3] }, "0xbb", p)).toBe(false);
  });
});

describe("whyNotTarget (the Attest page says why, rather than preselecting another project)", () => {
  const z = (id: number) => new Map([[id, zone(id)]]);
  it("undefined when the account may attest", () => {
    expect(whyNotTarget({ ...none, entityId: 10 }, projects[0] as ProjectInfo, entities, zones)).toBeUndefined();
  });
  it("names the roles an active project takes, in kind order; a proposed one takes reviews and expert opinions only", () => {
    expect(whyNotTarget(none, projects[0] as ProjectInfo, entities, zones)).toEqual({ reason: "role", needs: ["entity", "zoneAdmin", "expert", "regulator"] });
    expect(whyNotTarget({ ...none, entityId: 10 }, projects[1] as ProjectInfo, entities, zones)).toEqual({ reason: "role", needs: ["zoneAdmin", "expert"] });
  });
  it("says when the project takes nothing now: its zone or entity not active, or the project closed", () => {
    expect(whyNotTarget({ ...none, entityId: 12 }, projects[3] as ProjectInfo, entities, zones)).toEqual({ reason: "zone-inactive", status: "Suspended" });
    expect(whyNotTarget({ ...none, entityId: 11 }, projects[2] as ProjectInfo, entities, zones)).toEqual({ reason: "entity-inactive", status: "Suspended" });
    expect(whyNotTarget({ ...none, entityId: 10 }, projects[4] as ProjectInfo, entities, z(1))).toEqual({ reason: "project-closed", status: "Accepted" });
  });
});

describe("sameDocumentEarlier (a second attestation of the same document is warned about)", () => {
  it("keeps the valid records about this project only", () => {
    const records = [{ projectId: 7, revoked: false, uid: "a" }, { projectId: 7, revoked: true, uid: "b" }, { projectId: 8, revoked: false, uid: "c" }];
    expect(sameDocumentEarlier(records, 7).map((r) => r.uid)).toEqual(["a"]);
    expect(sameDocumentEarlier(records, 9)).toEqual([]);
  });
});
