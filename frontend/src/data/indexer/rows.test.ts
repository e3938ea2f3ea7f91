// @vitest-environment node
import { describe, expect, it } from "vitest";
import { toAttestation, toEntitySummary, toStatusHistory, toZone, type AttestationRow } from "./rows";
import { overviewFromIndexer } from "../stats";

const row: AttestationRow = {
  uid: `0x${"11".repeat(32)}`,
  seq: 41,
  projectId: 7,
  entityId: 3,
  zoneId: 2,
  attester: "0x00000000000000000000000000000000000000aa",
  kind: 2,
  contentHash: `0x${"22".repeat(32)}`,
  refUid: `0x${"00".repeat(32)}`,
  uri: "https://example.org/r.pdf",
  delegated: true,
  relayer: "0x00000000000000000000000000000000000000bb",
  revoked: true,
  revoker: "0x00000000000000000000000000000000000000cc",
  revokeReason: "superseded",
  revokedAt: "1700000100",
  block: "1234",
  time: "1700000000",
  txHash: `0x${"33".repeat(32)}`,
};

describe("indexer rows -> the pages' shapes", () => {
  it("maps an attestation: labels, dates, no zero reference, the revocation", () => {
    const a = toAttestation(row);
    expect(a).toMatchObject({ seq: 41, projectId: 7, entityId: 3, kind: 2, kindLabel: "Review", uri: "https://example.org/r.pdf", delegated: true, block: 1234n, refUID: undefined });
    expect(a.time.toISOString()).toBe("2023-11-14T22:13:20.000Z");
    expect(a.revoked).toEqual({ by: "0x00000000000000000000000000000000000000cc", reason: "superseded", time: new Date(1_700_000_100_000) });
    const plain = toAttestation({ ...row, revoked: false, refUid: `0x${"44".repeat(32)}` });
    expect(plain.refUID).toBe(`0x${"44".repeat(32)}`);
    expect("revoked" in plain).toBe(false);
  });
  it("maps zones and entities (enum numbers to labels, the fields bitmask to fields)", () => {
    expect(toZone({ id: 1, name: "Wuxi", region: "Jiangsu", metadataUri: "", status: 1, createdAt: "0", entityCount: 4, projectCount: 9, attestationCount: 30, admins: ["0xaa"] })).toMatchObject({ status: "Active", projectCount: 9, admins: ["0xaa"] });
    expect(toEntitySummary({ id: 2, zoneId: 1, entityType: 0, fields: (1 << 11) | (1 << 12), name: "H", status: 3, registeredAt: "0", projectCount: 1, attestationCount: 5 })).toMatchObject({
      type: "Hospital", status: "Revoked", fieldIds: [11, 12], fields: ["Health", "Education"],
    });
  });
  it("orders status changes by block, then log index", () => {
    const h = toStatusHistory(7, [
      { status: 5, by: "0x1", reason: "", block: "10", logIndex: 2, time: "3" },
      { status: 3, by: "0x1", reason: "pause", block: "9", logIndex: 10, time: "2" },
      { status: 2, by: "0x1", reason: "", block: "10", logIndex: 1, time: "3" },
    ]);
    expect(h.map((x) => x.status)).toEqual(["Suspended", "Active", "Accepted"]);
  });
});

describe("the overview from the indexer's aggregates", () => {
  it("labels buckets, keeps the states' order with zeros, drops empty types, sorts the rest", () => {
    const s = overviewFromIndexer({
      programme: { zones: 2, entities: 3, projects: 4, attestations: 10, revocations: 1 },
      stats: [
        { metric: "projects.status", key: "2", value: 3 },
        { metric: "projects.status", key: "5", value: 1 },
        { metric: "entities.type", key: "0", value: 2 },
        { metric: "entities.type", key: "3", value: 1 },
        { metric: "attestations.zone", key: "1", value: 4 },
        { metric: "attestations.zone", key: "2", value: 6 },
        { metric: "attestations.field", key: "11", value: 10 },
        { metric: "attestations.kind", key: "0", value: 7 },
        { metric: "attestations.kind", key: "2", value: 3 },
      ],
      months: [{ key: "2024-03", value: 4 }, { key: "2024-01", value: 6 }],
      zoneNames: new Map([[1, "Wuxi"], [2, "Chengdu"]]),
    });
    expect(s).toMatchObject({ zones: 2, attestations: 10, revoked: 1 });
    expect(s.projectsByState).toEqual([
      { label: "Proposed", value: 0 }, { label: "Active", value: 3 }, { label: "Suspended", value: 0 },
      { label: "Rejected", value: 0 }, { label: "Accepted", value: 1 }, { label: "Terminated", value: 0 },
    ]);
    expect(s.entitiesByType).toEqual([{ label: "Hospital", value: 2 }, { label: "Bank", value: 1 }]);
    expect(s.attestationsByZone).toEqual([{ label: "Chengdu", value: 6 }, { label: "Wuxi", value: 4 }]);
    expect(s.attestationsByField).toEqual([{ label: "Health", value: 10 }]);
    expect(s.attestationsByKind).toEqual([{ label: "Progress report", value: 7 }, { label: "Review", value: 3 }]);
    expect(s.attestationsByMonth).toEqual([{ label: "2024-01", value: 6 }, { label: "2024-02", value: 0 }, { label: "2024-03", value: 4 }]);
  });
});
