import { expect } from "chai";
import { network } from "hardhat";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import { seedProgramme, bit, ENERGY, EDUCATION, HEALTH, TERM_END } from "../helpers/fixtures.js";
import { expectUnchanged, projectIn } from "../helpers/registry.js";
import { ProjectStatus } from "@pilot/sdk/domain";
import type { Deployed } from "../helpers/fixtures.js";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const seeded = () => seedProgramme(connection);

/** The lifecycle table of `setProjectStatus` (Accepted only through an Acceptance attestation). */
const LEGAL: ReadonlyArray<readonly [ProjectStatus, ProjectStatus]> = [
  [ProjectStatus.Proposed, ProjectStatus.Active],
  [ProjectStatus.Proposed, ProjectStatus.Rejected],
  [ProjectStatus.Active, ProjectStatus.Suspended],
  [ProjectStatus.Active, ProjectStatus.Terminated],
  [ProjectStatus.Suspended, ProjectStatus.Active],
  [ProjectStatus.Suspended, ProjectStatus.Terminated],
];
const FROM = [ProjectStatus.Proposed, ProjectStatus.Active, ProjectStatus.Suspended, ProjectStatus.Rejected, ProjectStatus.Accepted, ProjectStatus.Terminated];
const TO = [ProjectStatus.None, ...FROM];
const isLegal = (from: ProjectStatus, to: ProjectStatus) => LEGAL.some(([f, t]) => f === from && t === to);

describe("ProjectRegistry.setProjectStatus: lifecycle table", () => {
  for (const from of FROM) {
    for (const to of TO) {
      const legal = isLegal(from, to);
      it(`${ProjectStatus[from]} -> ${ProjectStatus[to]}: ${legal ? "allowed" : "IllegalProjectTransition"}`, async () => {
        const d = await networkHelpers.loadFixture(seeded);
        const id = await projectIn(ethers, d, from, HEALTH);
        const tx = () => d.programme.connect(d.zoneAdmin).setProjectStatus(id, to, "why");
        if (legal) {
          await expect(tx()).to.emit(d.programme, "ProjectStatusChanged").withArgs(id, to, d.zoneAdmin.address, "why");
          expect((await d.programme.getProject(id)).status).to.equal(BigInt(to));
        } else {
          // the same answer for everyone, even the programme admin
          for (const who of [d.zoneAdmin, d.admin, d.regulator]) {
            await expectUnchanged(d, () =>
              expect(d.programme.connect(who).setProjectStatus(id, to, "why"))
                .to.be.revertedWithCustomError(d.programme, "IllegalProjectTransition")
                .withArgs(id, from, to),
            );
          }
        }
      });
    }
  }
});

describe("ProjectRegistry.setProjectStatus: who may move a project", () => {
  async function moved(d: Deployed, who: HardhatEthersSigner, id: bigint, to: ProjectStatus, reason = "why") {
    await expect(d.programme.connect(who).setProjectStatus(id, to, reason))
      .to.emit(d.programme, "ProjectStatusChanged")
      .withArgs(id, to, who.address, reason);
    expect((await d.programme.getProject(id)).status).to.equal(BigInt(to));
  }

  async function energyRegulator(d: Deployed): Promise<HardhatEthersSigner> {
    const r = d.spare[5];
    await (await d.programme.connect(d.admin).setRegulatorFields(r.address, bit(ENERGY) | bit(EDUCATION), TERM_END)).wait();
    return r;
  }

  for (const to of [ProjectStatus.Active, ProjectStatus.Rejected]) {
    it(`Proposed -> ${ProjectStatus[to]}: by the zone administrator or the programme admin`, async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await moved(d, d.zoneAdmin, await projectIn(ethers, d, ProjectStatus.Proposed, HEALTH), to);
      await moved(d, d.admin, await projectIn(ethers, d, ProjectStatus.Proposed, HEALTH), to);
    });

    it(`Proposed -> ${ProjectStatus[to]}: refused to a regulator of the field, another zone's administrator and others (NotZoneAdmin)`, async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const who of [d.regulator, d.zoneAdmin2, d.expert, d.signer, d.otherSigner, d.outsider]) {
        await expectUnchanged(d, () =>
          expect(d.programme.connect(who).setProjectStatus(2, to, "why"))
            .to.be.revertedWithCustomError(d.programme, "NotZoneAdmin")
            .withArgs(1, who.address),
        );
      }
    });
  }

  const LATER: ReadonlyArray<readonly [ProjectStatus, ProjectStatus]> = LEGAL.filter(([f]) => f !== ProjectStatus.Proposed);
  for (const [from, to] of LATER) {
    it(`${ProjectStatus[from]} -> ${ProjectStatus[to]}: by the zone administrator, the programme admin or a regulator of the field`, async () => {
      const d = await networkHelpers.loadFixture(seeded);
      for (const who of [d.zoneAdmin, d.admin, d.regulator]) {
        await moved(d, who, await projectIn(ethers, d, from, HEALTH), to);
      }
    });

    it(`${ProjectStatus[from]} -> ${ProjectStatus[to]}: refused to another field's regulator, another zone's administrator and others (NotProjectAuthority)`, async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const other = await energyRegulator(d);
      const id = await projectIn(ethers, d, from, HEALTH);
      for (const who of [other, d.zoneAdmin2, d.expert, d.signer, d.outsider]) {
        await expectUnchanged(d, () =>
          expect(d.programme.connect(who).setProjectStatus(id, to, "why"))
            .to.be.revertedWithCustomError(d.programme, "NotProjectAuthority")
            .withArgs(id, who.address),
        );
      }
    });
  }

  it("a regulator acts only on its fields: the education regulator may suspend an education project", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const r = await energyRegulator(d);
    await moved(d, r, await projectIn(ethers, d, ProjectStatus.Active, EDUCATION), ProjectStatus.Suspended);
  });
});

describe("ProjectRegistry.setProjectStatus: reasons, inputs, pause", () => {
  it("requires a reason to reject, suspend and terminate, from every authority", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const cases: ReadonlyArray<readonly [ProjectStatus, ProjectStatus]> = [
      [ProjectStatus.Proposed, ProjectStatus.Rejected],
      [ProjectStatus.Active, ProjectStatus.Suspended],
      [ProjectStatus.Active, ProjectStatus.Terminated],
      [ProjectStatus.Suspended, ProjectStatus.Terminated],
    ];
    for (const [from, to] of cases) {
      const id = await projectIn(ethers, d, from, HEALTH);
      const authorities = from === ProjectStatus.Proposed ? [d.zoneAdmin, d.admin] : [d.zoneAdmin, d.admin, d.regulator];
      for (const who of authorities) {
        await expectUnchanged(d, () => expect(d.programme.connect(who).setProjectStatus(id, to, "")).to.be.revertedWithCustomError(d.programme, "EmptyReason"));
      }
    }
  });

  it("checks authority before the reason: an outsider with no reason gets NotProjectAuthority", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await expect(d.programme.connect(d.outsider).setProjectStatus(1, ProjectStatus.Suspended, ""))
      .to.be.revertedWithCustomError(d.programme, "NotProjectAuthority")
      .withArgs(1, d.outsider.address);
  });

  it("approves and resumes without a reason, or with one (logged)", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    await expect(d.programme.connect(d.zoneAdmin).setProjectStatus(2, ProjectStatus.Active, ""))
      .to.emit(d.programme, "ProjectStatusChanged")
      .withArgs(2, ProjectStatus.Active, d.zoneAdmin.address, "");
    await (await d.programme.connect(d.regulator).setProjectStatus(1, ProjectStatus.Suspended, "audit")).wait();
    await expect(d.programme.connect(d.regulator).setProjectStatus(1, ProjectStatus.Active, "audit passed"))
      .to.emit(d.programme, "ProjectStatusChanged")
      .withArgs(1, ProjectStatus.Active, d.regulator.address, "audit passed");
  });

  it("stamps updatedAt, keeps proposedAt, and does not change the entity's project count", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const before = await d.programme.getProject(2);
    await networkHelpers.time.increase(1000);
    await (await d.programme.connect(d.zoneAdmin).setProjectStatus(2, ProjectStatus.Active, "")).wait();
    const after = await d.programme.getProject(2);
    expect(after.updatedAt).to.equal(BigInt(await networkHelpers.time.latest()));
    expect(after.updatedAt > before.updatedAt).to.equal(true);
    expect(after.proposedAt).to.equal(before.proposedAt);
    expect((await d.programme.getEntity(1)).projectCount).to.equal(2n);
  });

  it("refuses a status beyond Terminated (InvalidStatus, before the id) and unknown projects", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    for (const [projectId, status] of [
      [1, 7],
      [1, 255],
      [99, 7],
    ]) {
      await expectUnchanged(d, () =>
        expect(d.programme.connect(d.admin).setProjectStatus(projectId, status, "why"))
          .to.be.revertedWithCustomError(d.programme, "InvalidStatus")
          .withArgs(status),
      );
    }
    for (const projectId of [0, 4]) {
      await expectUnchanged(d, () =>
        expect(d.programme.connect(d.admin).setProjectStatus(projectId, ProjectStatus.Active, ""))
          .to.be.revertedWithCustomError(d.programme, "UnknownProject")
          .withArgs(projectId),
      );
    }
  });

  it("while paused: refuses zone administrators and regulators (EnforcedPause), lets the programme admin act", async () => {
    const d = await networkHelpers.loadFixture(seeded);
    const suspended = await projectIn(ethers, d, ProjectStatus.Suspended, HEALTH);
    await (await d.programme.connect(d.admin).pause()).wait();
    const refused: ReadonlyArray<readonly [HardhatEthersSigner, bigint, ProjectStatus]> = [
      [d.zoneAdmin, 2n, ProjectStatus.Active],
      [d.zoneAdmin, 1n, ProjectStatus.Terminated],
      [d.regulator, 1n, ProjectStatus.Suspended],
      [d.regulator, suspended, ProjectStatus.Active],
      [d.regulator, suspended, ProjectStatus.Terminated],
    ];
    for (const [who, id, to] of refused) {
      await expectUnchanged(d, () =>
        expect(d.programme.connect(who).setProjectStatus(id, to, "why")).to.be.revertedWithCustomError(d.programme, "EnforcedPause"),
      );
    }
    await expect(d.programme.connect(d.admin).setProjectStatus(suspended, ProjectStatus.Active, "")).to.emit(d.programme, "ProjectStatusChanged");
    await expect(d.programme.connect(d.admin).setProjectStatus(2, ProjectStatus.Active, "")).to.emit(d.programme, "ProjectStatusChanged");
  });
});

describe("ProjectRegistry.setProjectStatus: the zone must be active to start a project", () => {
  for (const zoneStatus of [2, 3] as const) {
    const label = zoneStatus === 2 ? "suspended" : "closed";
    it(`refuses to approve or resume a project in a ${label} zone (ZoneNotActive); reject and terminate still work`, async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await (await d.programme.connect(d.zoneAdmin).setProjectStatus(1, ProjectStatus.Suspended, "audit")).wait();
      await (await d.programme.connect(d.admin).setZoneStatus(1, zoneStatus)).wait();
      for (const [id, to] of [
        [2, ProjectStatus.Active],
        [1, ProjectStatus.Active],
      ] as const) {
        await expectUnchanged(d, () =>
          expect(d.programme.connect(d.zoneAdmin).setProjectStatus(id, to, ""))
            .to.be.revertedWithCustomError(d.programme, "ZoneNotActive")
            .withArgs(1, zoneStatus),
        );
      }
      // a closed zone's administrator has no powers left: the programme office rejects
      const rejecter = zoneStatus === 3 ? d.admin : d.zoneAdmin;
      await expect(d.programme.connect(rejecter).setProjectStatus(2, ProjectStatus.Rejected, "zone closed")).to.emit(d.programme, "ProjectStatusChanged");
      await expect(d.programme.connect(d.regulator).setProjectStatus(1, ProjectStatus.Terminated, "zone closed")).to.emit(d.programme, "ProjectStatusChanged");
    });
  }
});
