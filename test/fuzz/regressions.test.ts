/**
 * Regression tests for the bugs the model-based fuzzing found (test/fuzz/model-based.test.ts), each
 * named after the bug, each the shrunk counterexample written out as a plain test.
 */
import { expect } from "chai";
import { network } from "hardhat";
import { seedProgramme, bit, HEALTH, TERM_END } from "../helpers/fixtures.js";
import { ProjectStatus } from "@pilot/sdk/domain";
import { MAX_PAGE } from "@pilot/sdk/readPaging";

const connection = await network.create();
const { networkHelpers } = connection;
const seeded = () => seedProgramme(connection);
const MAX_UINT256 = 2n ** 256n - 1n;

describe("fuzz regressions", () => {
  describe("bug: ProgrammeReader window overflow at offset 2^256-1", () => {
    // Found by the fuzzer (read zones(offset max, limit 0) -> Panic(0x11)): `_window` computed
    // `offset + 1` before checking `offset >= count`. Fixed in contracts/lens/ProgrammeReader.sol.
    it("zones, entities and projects at offset 2^256-1 return an empty page and the total", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      // (the limit is the view's maximum: above it, PageTooLarge comes first; test/lens/page-limits.test.ts)
      const [zones, zoneTotal] = await d.reader.zones(MAX_UINT256, MAX_PAGE.zones);
      expect(zones).to.have.length(0);
      expect(zoneTotal).to.equal(2n);
      const [entities, signers, entityTotal] = await d.reader.entities(MAX_UINT256, 1);
      expect(entities).to.have.length(0);
      expect(signers).to.have.length(0);
      expect(entityTotal).to.equal(2n);
      const [projects, projectTotal] = await d.reader.projects(MAX_UINT256, 0);
      expect(projects).to.have.length(0);
      expect(projectTotal).to.equal(3n);
    });
  });

  describe("bug: programme admin holding regulator fields is stopped by the pause in setProjectStatus", () => {
    // NatSpec of setProjectStatus: "Not while paused (except the programme admin)". When the admin
    // also held regulator fields for the project's field, the regulator branch ran first and
    // reverted with EnforcedPause. Fixed in contracts/registry/ProjectRegistry.sol.
    it("the admin suspends, resumes and terminates while paused even as a regulator of the field", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      const admin = d.programme.connect(d.admin);
      await (await admin.setRegulatorFields(d.admin.address, bit(HEALTH), TERM_END)).wait();
      await (await admin.pause()).wait();
      await expect(admin.setProjectStatus(1, ProjectStatus.Suspended, "incident"))
        .to.emit(d.programme, "ProjectStatusChanged")
        .withArgs(1, ProjectStatus.Suspended, d.admin.address, "incident");
      await expect(admin.setProjectStatus(1, ProjectStatus.Active, "")).to.emit(d.programme, "ProjectStatusChanged");
      await expect(admin.setProjectStatus(1, ProjectStatus.Terminated, "fraud")).to.emit(d.programme, "ProjectStatusChanged");
    });

    it("a regulator that is not the admin is still stopped by the pause", async () => {
      const d = await networkHelpers.loadFixture(seeded);
      await (await d.programme.connect(d.admin).pause()).wait();
      await expect(d.programme.connect(d.regulator).setProjectStatus(1, ProjectStatus.Suspended, "x")).to.be.revertedWithCustomError(
        d.programme,
        "EnforcedPause",
      );
    });
  });
});
