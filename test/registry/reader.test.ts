import { expect } from "chai";
import { network } from "hardhat";
import { deployProgramme, seedProgramme, signConsent, docHash, request, bit, EDUCATION, HEALTH, ZERO_HASH } from "../helpers/fixtures.js";
import type { Deployed } from "../helpers/fixtures.js";
import { EntityType, Kind } from "@pilot/sdk/domain";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const MAX = ethers.MaxUint256;

/** The seeded programme grown to 5 zones, 5 entities and 5 projects. */
async function fiveOfEach(): Promise<Deployed> {
  const d = await seedProgramme(connection);
  const a = d.programme.connect(d.admin);
  for (const name of ["Fuzhou", "Guangzhou", "Baise"]) await (await a.createZone(name, "", "", ZERO_HASH)).wait();
  await (
    await a.registerEntity(3, "Aisino", EntityType.Enterprise, bit(HEALTH), "", ZERO_HASH, [await signConsent(ethers, d.programme, d.spare[0], 3)])
  ).wait();
  await (
    await a.registerEntity(4, "Haier", EntityType.Enterprise, bit(EDUCATION), "", ZERO_HASH, [
      await signConsent(ethers, d.programme, d.spare[1], 4),
      await signConsent(ethers, d.programme, d.spare[2], 4),
    ])
  ).wait();
  await (await a.registerEntity(5, "Baise Port", EntityType.Other, bit(HEALTH), "", ZERO_HASH, [])).wait();
  await (await d.programme.connect(d.spare[0]).proposeProject(HEALTH, "Invoices", "", ZERO_HASH)).wait();
  await (await d.programme.connect(d.spare[2]).proposeProject(EDUCATION, "Apprentices", "", ZERO_HASH)).wait();
  return d;
}
const five = () => fiveOfEach();
const empty = () => deployProgramme(connection);

const ids = (rows: ReadonlyArray<{ id: bigint }>) => rows.map((r) => Number(r.id));

/** [offset, limit, expected ids] over 5 rows. */
const PAGES: ReadonlyArray<readonly [bigint, bigint, number[]]> = [
  [0n, 10n, [1, 2, 3, 4, 5]],
  [0n, 5n, [1, 2, 3, 4, 5]],
  [0n, 2n, [1, 2]],
  [2n, 2n, [3, 4]],
  [4n, 2n, [5]],
  [4n, 1n, [5]],
  [3n, 60n, [4, 5]], // 60: the smallest maximum of the four views (entities); above it, test/lens/page-limits.test.ts
  [0n, 0n, []],
  [2n, 0n, []],
  [5n, 1n, []],
  [5n, 60n, []],
  [6n, 10n, []],
  [1000n, 10n, []],
];

describe("ProgrammeReader", () => {
  it("points at its programme", async () => {
    const d = await networkHelpers.loadFixture(empty);
    expect(await d.reader.programme()).to.equal(await d.programme.getAddress());
  });

  describe("zones / entities / projects paging", () => {
    for (const [offset, limit, expected] of PAGES) {
      it(`offset ${offset}, limit ${limit} -> [${expected.join(", ")}]`, async () => {
        const d = await networkHelpers.loadFixture(five);
        const [zones, zoneTotal] = await d.reader.zones(offset, limit);
        expect(ids(zones)).to.deep.equal(expected);
        expect(zoneTotal).to.equal(5n);
        const [entities, signers, entityTotal] = await d.reader.entities(offset, limit);
        expect(ids(entities)).to.deep.equal(expected);
        expect(signers.length).to.equal(expected.length);
        expect(entityTotal).to.equal(5n);
        const [projects, projectTotal] = await d.reader.projects(offset, limit);
        expect(ids(projects)).to.deep.equal(expected);
        expect(projectTotal).to.equal(5n);
        const [rows, rowTotal] = await d.reader.entityRows(offset, limit);
        expect(ids(rows)).to.deep.equal(expected);
        expect(rowTotal).to.equal(5n);
      });
    }

    it("an offset at the top of uint256 gives an empty page, not an overflow", async () => {
      const d = await networkHelpers.loadFixture(five);
      const [zones, total] = await d.reader.zones(MAX, 1);
      expect(zones.length).to.equal(0);
      expect(total).to.equal(5n);
      expect((await d.reader.entities(MAX, 1))[0].length).to.equal(0);
      expect((await d.reader.projects(MAX, 1))[0].length).to.equal(0);
      expect(await d.reader.entityRows(MAX, 1)).to.deep.equal([[], 5n]);
    });

    it("returns empty pages and zero totals for an empty programme", async () => {
      const d = await networkHelpers.loadFixture(empty);
      expect(await d.reader.zones(0, 10)).to.deep.equal([[], 0n]);
      expect(await d.reader.entities(0, 10)).to.deep.equal([[], [], 0n]);
      expect(await d.reader.projects(0, 10)).to.deep.equal([[], 0n]);
      expect(await d.reader.entityRows(0, 10)).to.deep.equal([[], 0n]);
    });

    it("returns rows exactly as the programme's getters do, and each entity's current signers", async () => {
      const d = await networkHelpers.loadFixture(five);
      const [zones] = await d.reader.zones(0, 10);
      const [entities, signers] = await d.reader.entities(0, 10);
      const [projects] = await d.reader.projects(0, 10);
      for (let i = 0; i < 5; i++) {
        expect(zones[i]).to.deep.equal(await d.programme.getZone(i + 1));
        expect(entities[i]).to.deep.equal(await d.programme.getEntity(i + 1));
        expect(signers[i]).to.deep.equal(await d.programme.signersOf(i + 1));
        expect(projects[i]).to.deep.equal(await d.programme.getProject(i + 1));
      }
      expect(signers).to.deep.equal([
        [d.signer.address, d.signer2.address],
        [d.otherSigner.address],
        [d.spare[0].address],
        [d.spare[1].address, d.spare[2].address],
        [],
      ]);
      await (await d.programme.connect(d.zoneAdmin).removeSigner(1, d.signer.address)).wait();
      const [, [first]] = await d.reader.entities(0, 1);
      expect(first).to.deep.equal([d.signer2.address]);
    });
  });

  describe("entityRows", () => {
    it("gives each entity's list columns as the programme's getter has them, and follows changes", async () => {
      const d = await networkHelpers.loadFixture(five);
      const [rows, total] = await d.reader.entityRows(0, 10);
      expect(total).to.equal(5n);
      for (let i = 0; i < 5; i++) {
        const e = await d.programme.getEntity(i + 1);
        expect([...rows[i]]).to.deep.equal([e.id, e.zoneId, e.status, e.entityType, e.fields, e.projectCount, e.name]);
      }
      expect(rows.map((r) => r.name)).to.include.members(["Aisino", "Haier", "Baise Port"]);
      expect(rows[3].projectCount).to.equal(1n);
      await (await d.programme.connect(d.admin).setEntityStatus(5, 2)).wait();
      const [[last]] = await d.reader.entityRows(4, 1);
      expect(last.id).to.equal(5n);
      expect(last.status).to.equal(2n);
    });

    it("pages with a limit larger than the rest, and one row at a time", async () => {
      const d = await networkHelpers.loadFixture(five);
      const one = [];
      for (let offset = 0n; offset < 6n; offset++) one.push(...ids((await d.reader.entityRows(offset, 1))[0]));
      expect(one).to.deep.equal([1, 2, 3, 4, 5]);
      expect(ids((await d.reader.entityRows(1, 100))[0])).to.deep.equal([2, 3, 4, 5]);
    });
  });

  describe("accounts", () => {
    it("reads several accounts at once, in order, zeros for strangers", async () => {
      const d = await networkHelpers.loadFixture(five);
      expect(await d.reader.accounts([])).to.deep.equal([]);
      const list = [d.signer, d.zoneAdmin2, d.regulator, d.expert, d.outsider, d.spare[2]].map((s) => s.address);
      const rows = await d.reader.accounts(list);
      expect(rows.length).to.equal(list.length);
      for (let i = 0; i < list.length; i++) expect(rows[i]).to.deep.equal(await d.programme.getAccount(list[i]));
      expect(rows[4]).to.deep.equal([0n, 0n, 0n, 0n, 0n, 0n, false, 0n]);
      expect(rows[5].entityId).to.equal(4n);
    });
  });

  describe("attestations / isAttested", () => {
    it("reads attestations by uid; an empty list gives an empty result", async () => {
      const d = await networkHelpers.loadFixture(five);
      const h1 = docHash(ethers);
      const h2 = docHash(ethers);
      await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h1))).wait();
      await (await d.programme.connect(d.zoneAdmin).attest(request(1, Kind.Review, h2))).wait();
      const uids = [await d.programme.uidOf(h2, 0), await d.programme.uidOf(h1, 0)];
      const rows = await d.reader.attestations(uids);
      expect(rows.map((r) => [r.uid, r.contentHash, r.attester, r.projectId, r.kind, r.revoked])).to.deep.equal([
        [uids[0], h2, d.zoneAdmin.address, 1n, BigInt(Kind.Review), false],
        [uids[1], h1, d.signer.address, 1n, BigInt(Kind.ProgressReport), false],
      ]);
      expect(rows[0]).to.deep.equal(await d.programme.getAttestation(uids[0]));
      expect(await d.reader.attestations([])).to.deep.equal([]);
    });

    it("refuses the whole read when one uid is unknown (UnknownAttestation)", async () => {
      const d = await networkHelpers.loadFixture(five);
      const h = docHash(ethers);
      await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h))).wait();
      const unknown = ethers.id("nothing");
      await expect(d.reader.attestations([await d.programme.uidOf(h, 0), unknown]))
        .to.be.revertedWithCustomError(d.programme, "UnknownAttestation")
        .withArgs(unknown);
    });

    it("isAttested: false/0 for an unknown document, true while one attestation is unrevoked", async () => {
      const d = await networkHelpers.loadFixture(five);
      const h = docHash(ethers);
      expect(await d.reader.isAttested(h, 10)).to.deep.equal([false, 0n]);
      await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h))).wait();
      expect(await d.reader.isAttested(h, 10)).to.deep.equal([true, 1n]);
      await (await d.programme.connect(d.signer).revoke(await d.programme.uidOf(h, 0), "wrong file")).wait();
      expect(await d.reader.isAttested(h, 10)).to.deep.equal([false, 1n]);
      await (await d.programme.connect(d.zoneAdmin).attest(request(1, Kind.Review, h))).wait();
      expect(await d.reader.isAttested(h, 10)).to.deep.equal([true, 2n]);
    });

    it("isAttested scans at most maxScan attestations of the hash", async () => {
      const d = await networkHelpers.loadFixture(five);
      const h = docHash(ethers);
      await (await d.programme.connect(d.signer).attest(request(1, Kind.ProgressReport, h))).wait();
      await (await d.programme.connect(d.zoneAdmin).attest(request(1, Kind.Review, h))).wait();
      await (await d.programme.connect(d.signer).revoke(await d.programme.uidOf(h, 0), "superseded")).wait();
      expect(await d.reader.isAttested(h, 1)).to.deep.equal([false, 2n]);
      expect(await d.reader.isAttested(h, 2)).to.deep.equal([true, 2n]);
      expect(await d.reader.isAttested(h, MAX)).to.deep.equal([true, 2n]);
      expect(await d.reader.isAttested(h, 0)).to.deep.equal([false, 2n]);
    });
  });
});
