/** The Ignition module deploys the suite wired together; the contracts fit the 24 KiB limit. */
import { expect } from "chai";
import hre, { network } from "hardhat";
import PilotProgrammeModule from "../../ignition/modules/PilotProgramme.js";
import { FIELD_COUNT } from "@pilot/sdk/domain";
import type { PilotProgramme, ProgrammeReader } from "../../types/ethers-contracts/index.js";

const MAX_RUNTIME_CODE = 24_576; // EIP-170

describe("Ignition module ignition/modules/PilotProgramme.ts", () => {
  it("deploys with parameters (programmeAdmin, adminDelay, fieldCount) and wires the reader", async () => {
    const { ethers, ignition } = await network.create();
    const [, office] = await ethers.getSigners();
    const deployed = await ignition.deploy(PilotProgrammeModule, {
      parameters: { PilotProgramme: { programmeAdmin: office.address, adminDelay: 12_345, fieldCount: 20 } },
    });
    const programme = deployed.programme as unknown as PilotProgramme;
    const reader = deployed.reader as unknown as ProgrammeReader;
    const address = await programme.getAddress();
    expect(await reader.programme()).to.equal(address);
    expect(await programme.FIELD_COUNT()).to.equal(20n);
    expect(await programme.defaultAdmin()).to.equal(office.address);
    expect(await programme.defaultAdminDelay()).to.equal(12_345n);
    expect(await programme.hasRole(await programme.DEFAULT_ADMIN_ROLE(), office.address)).to.equal(true);
    expect(await programme.totals()).to.deep.equal([0n, 0n, 0n, 0n]);
    expect(await programme.paused()).to.equal(false);
    const domain = await programme.eip712Domain();
    expect(domain.verifyingContract).to.equal(address);
    // the office acts, the deployer does not
    await expect(programme.connect(office).createZone("Xiong'an", "Hebei", "", ethers.ZeroHash)).to.emit(programme, "ZoneCreated");
    const [deployer] = await ethers.getSigners();
    await expect(programme.connect(deployer).createZone("X", "Y", "", ethers.ZeroHash)).to.be.revertedWithCustomError(
      programme,
      "AccessControlUnauthorizedAccount",
    );
  });

  it("defaults: programmeAdmin = account 0, adminDelay = 2 days, fieldCount = the vocabulary's", async () => {
    const { ethers, ignition } = await network.create();
    const [deployer] = await ethers.getSigners();
    const deployed = await ignition.deploy(PilotProgrammeModule);
    const programme = deployed.programme as unknown as PilotProgramme;
    const reader = deployed.reader as unknown as ProgrammeReader;
    expect(await reader.programme()).to.equal(await programme.getAddress());
    expect(await programme.FIELD_COUNT()).to.equal(BigInt(FIELD_COUNT));
    expect(await programme.defaultAdmin()).to.equal(deployer.address);
    expect(await programme.defaultAdminDelay()).to.equal(2n * 24n * 3600n);
  });

  it("the PilotProgramme constructor refuses 0 and more than 32 fields -> InvalidField(fieldCount); 1 and 32 work", async () => {
    const { ethers } = await network.create();
    const [admin] = await ethers.getSigners();
    const factory = await ethers.getContractFactory("PilotProgramme");
    for (const fieldCount of [0, 33, 255]) {
      await expect(ethers.deployContract("PilotProgramme", [fieldCount, 0, admin.address, ethers.ZeroAddress]))
        .to.be.revertedWithCustomError(factory, "InvalidField")
        .withArgs(fieldCount);
    }
    for (const fieldCount of [1, 32]) {
      const p = await ethers.deployContract("PilotProgramme", [fieldCount, 0, admin.address, ethers.ZeroAddress]);
      expect(await p.FIELD_COUNT()).to.equal(BigInt(fieldCount));
    }
  });

  it("deployed runtime code of PilotProgramme, its administration module and ProgrammeReader is each under 24,576 bytes", async function () {
    // Under --coverage the bytecode is instrumented (and the size limit lifted): not the shipped code.
    if (hre.globalOptions.coverage) this.skip();
    const { ethers, ignition } = await network.create();
    const deployed = await ignition.deploy(PilotProgrammeModule);
    const programme = deployed.programme as unknown as PilotProgramme;
    const addresses: Record<string, string> = {
      PilotProgramme: await programme.getAddress(),
      ProgrammeAdministration: await programme.administration(),
      ProgrammeReader: await deployed.reader.getAddress(),
    };
    for (const [name, address] of Object.entries(addresses)) {
      const size = ethers.dataLength(await ethers.provider.getCode(address));
      expect(size, name).to.be.greaterThan(0);
      expect(size, `${name}: ${size} bytes`).to.be.lessThan(MAX_RUNTIME_CODE);
      console.log(`      ${name}: ${size} bytes, ${MAX_RUNTIME_CODE - size} left`);
    }
  });

  it("the administration module runs on the programme's storage: its events come from the programme's address, and it refuses direct calls", async () => {
    const { ethers, ignition } = await network.create();
    const [admin] = await ethers.getSigners();
    const deployed = await ignition.deploy(PilotProgrammeModule);
    const programme = deployed.programme as unknown as PilotProgramme;
    const receipt = await (await programme.connect(admin).createZone("Xiamen", "Fujian", "", ethers.ZeroHash)).wait();
    expect(receipt!.logs.map((l) => l.address)).to.deep.equal([await programme.getAddress()]);
    expect((await programme.getZone(1)).name).to.equal("Xiamen");
    // called directly, the module acts on its own empty storage, whose only admin is the programme contract
    const module = programme.attach(await programme.administration()) as PilotProgramme;
    await expect(module.connect(admin).createZone("Shadow", "", "", ethers.ZeroHash))
      .to.be.revertedWithCustomError(programme, "AccessControlUnauthorizedAccount")
      .withArgs(admin.address, ethers.ZeroHash);
    expect(await module.defaultAdmin()).to.equal(await programme.getAddress());
  });
});
