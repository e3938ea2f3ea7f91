/**
 * The numeric enums of sdk/domain.ts (used by scripts, tests and the dApp) must match the
 * contract's: checked by writing with the TS value and reading back what the contract stored.
 */
import { expect } from "chai";
import { network } from "hardhat";
import { seedLogProgramme, request, docHash, expectedUid, ZERO_HASH } from "../helpers/fixtures.js";
import {
  ATTESTATION_KINDS,
  ENTITY_STATUSES,
  ENTITY_TYPES,
  EntityStatus,
  EntityType,
  FIELDS,
  FIELD_COUNT,
  KINDS,
  KIND_ISSUER,
  Kind,
  PROJECT_STATUSES,
  ProjectStatus,
  ZONE_STATUSES,
  ZoneStatus,
} from "@pilot/sdk/domain";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedLogProgramme(connection);

/** Numeric members of a TS numeric enum, in declaration order. */
const values = (e: Record<string, string | number>) => Object.values(e).filter((v): v is number => typeof v === "number");

describe("sdk/domain.ts vocabulary matches the contract", () => {
  it("the label lists and the numeric enums have the same length and order", () => {
    expect(values(Kind)).to.deep.equal([...ATTESTATION_KINDS.keys()]);
    expect(values(ProjectStatus)).to.deep.equal([...PROJECT_STATUSES.keys()]);
    expect(values(ZoneStatus)).to.deep.equal([...ZONE_STATUSES.keys()]);
    expect(values(EntityStatus)).to.deep.equal([...ENTITY_STATUSES.keys()]);
    expect(values(EntityType)).to.deep.equal([...ENTITY_TYPES.keys()]);
    expect(Object.keys(KIND_ISSUER).map(Number)).to.deep.equal(values(Kind));
    expect(KINDS.map((k) => k.kind)).to.deep.equal(values(Kind));
    expect(KINDS.map((k) => k.label)).to.deep.equal([...ATTESTATION_KINDS]);
    expect(FIELDS.map((f) => f.id)).to.deep.equal([...Array(FIELD_COUNT).keys()]);
  });

  it("Kind: every TS value is stored and logged as the same kind; one past the last is InvalidKind", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const issuer = { entity: d.signer, zoneAdmin: d.zoneAdmin, expert: d.expert, regulator: d.regulator } as const;
    // Acceptance last: it closes the project
    for (const kind of values(Kind) as Kind[]) {
      const h = docHash(ethers);
      const who = issuer[KIND_ISSUER[kind]];
      await expect(d.programme.connect(who).attest(request(1, kind, h)))
        .to.emit(d.programme, "Attested")
        .withArgs(expectedUid(ethers, h, 0), 1, who.address, kind, h, ZERO_HASH, "");
      expect((await d.programme.getAttestation(expectedUid(ethers, h, 0))).kind).to.equal(BigInt(kind));
    }
    expect((await d.programme.getProject(1)).status).to.equal(BigInt(ProjectStatus.Accepted));
    expect(Kind.Acceptance).to.equal(5);
    await expect(d.programme.connect(d.signer).attest({ ...request(3, Kind.ProgressReport, docHash(ethers)), kind: ATTESTATION_KINDS.length }))
      .to.be.revertedWithCustomError(d.programme, "InvalidKind")
      .withArgs(ATTESTATION_KINDS.length);
  });

  it("KINDS: a Proposed project takes exactly the kinds marked whileProposed, each from its issuer (ProjectNotOpen for the others)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const issuer = { entity: d.signer, zoneAdmin: d.zoneAdmin, expert: d.expert, regulator: d.regulator } as const;
    // a project proposed in the issuers' field (Health), by their entity, in their zone
    const health = FIELDS.findIndex((f) => f.key === "health");
    const id = Number(await d.programme.connect(d.signer).proposeProject.staticCall(health, "Proposed", "", ZERO_HASH));
    await (await d.programme.connect(d.signer).proposeProject(health, "Proposed", "", ZERO_HASH)).wait();
    expect((await d.programme.getProject(id)).status).to.equal(BigInt(ProjectStatus.Proposed));
    for (const k of KINDS) {
      const attest = d.programme.connect(issuer[k.issuer]).attest(request(id, k.kind, docHash(ethers)));
      if (k.whileProposed) await expect(attest).to.emit(d.programme, "Attested");
      else await expect(attest).to.be.revertedWithCustomError(d.programme, "ProjectNotOpen").withArgs(id, ProjectStatus.Proposed);
    }
  });

  it("ProjectStatus: every state read back from getProject; one past the last is InvalidStatus", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const status = async (id: number) => (await d.programme.getProject(id)).status;
    expect(await status(2)).to.equal(BigInt(ProjectStatus.Proposed));
    expect(await status(1)).to.equal(BigInt(ProjectStatus.Active));
    await (await d.programme.connect(d.zoneAdmin).setProjectStatus(1, ProjectStatus.Suspended, "audit")).wait();
    expect(await status(1)).to.equal(BigInt(ProjectStatus.Suspended));
    await (await d.programme.connect(d.zoneAdmin).setProjectStatus(1, ProjectStatus.Terminated, "ended")).wait();
    expect(await status(1)).to.equal(BigInt(ProjectStatus.Terminated));
    await (await d.programme.connect(d.zoneAdmin).setProjectStatus(2, ProjectStatus.Rejected, "no")).wait();
    expect(await status(2)).to.equal(BigInt(ProjectStatus.Rejected));
    await (await d.programme.connect(d.regulator).attest(request(3, Kind.Acceptance, docHash(ethers)))).wait();
    expect(await status(3)).to.equal(BigInt(ProjectStatus.Accepted));
    await expect(d.programme.getProject(99)).to.be.revertedWithCustomError(d.programme, "UnknownProject").withArgs(99);
    await expect(d.programme.connect(d.admin).setProjectStatus(1, PROJECT_STATUSES.length, "x"))
      .to.be.revertedWithCustomError(d.programme, "InvalidStatus")
      .withArgs(PROJECT_STATUSES.length);
  });

  it("ZoneStatus, EntityStatus and EntityType read back from getZone / getEntity", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    expect((await d.programme.getZone(1)).status).to.equal(BigInt(ZoneStatus.Active));
    await (await d.programme.connect(d.admin).setZoneStatus(2, ZoneStatus.Suspended)).wait();
    expect((await d.programme.getZone(2)).status).to.equal(BigInt(ZoneStatus.Suspended));
    await (await d.programme.connect(d.admin).setZoneStatus(2, ZoneStatus.Closed)).wait();
    expect((await d.programme.getZone(2)).status).to.equal(BigInt(ZoneStatus.Closed));

    expect((await d.programme.getEntity(1)).entityType).to.equal(BigInt(EntityType.Hospital));
    expect((await d.programme.getEntity(2)).entityType).to.equal(BigInt(EntityType.University));
    expect((await d.programme.getEntity(1)).status).to.equal(BigInt(EntityStatus.Active));
    await (await d.programme.connect(d.zoneAdmin).setEntityStatus(1, EntityStatus.Suspended)).wait();
    expect((await d.programme.getEntity(1)).status).to.equal(BigInt(EntityStatus.Suspended));
    await (await d.programme.connect(d.zoneAdmin).setEntityStatus(1, EntityStatus.Revoked)).wait();
    expect((await d.programme.getEntity(1)).status).to.equal(BigInt(EntityStatus.Revoked));

    const last = values(EntityType).at(-1)!;
    const id = await d.programme.connect(d.zoneAdmin).registerEntity.staticCall(1, "Other org", last, 1, "", ZERO_HASH, []);
    await (await d.programme.connect(d.zoneAdmin).registerEntity(1, "Other org", last, 1, "", ZERO_HASH, [])).wait();
    expect((await d.programme.getEntity(id)).entityType).to.equal(BigInt(EntityType.Other));
    await expect(d.programme.connect(d.zoneAdmin).registerEntity(1, "Bad", ENTITY_TYPES.length, 1, "", ZERO_HASH, []))
      .to.be.revertedWithCustomError(d.programme, "InvalidEntityType")
      .withArgs(ENTITY_TYPES.length);
  });

  it("FIELD_COUNT of the default deployment equals the vocabulary's", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    expect(await d.programme.FIELD_COUNT()).to.equal(BigInt(FIELD_COUNT));
  });
});
