/**
 * BSN Spartan-I's EVM stops at istanbul (docs/networks.md#bsn-spartan-i). Runs in both mocha
 * suites: on the default network (build profile `default`, paris) and in "mocha:spartan" (build
 * profile `spartan`, istanbul, on `spartanSimulated`). The code under test is built for the EVM
 * it runs on, uses no opcode istanbul lacks (so the default build would run there too), and
 * never needs value: Spartan-I's gas credit cannot be transferred.
 */
import { expect } from "chai";
import { readFile } from "node:fs/promises";
import hre, { network } from "hardhat";
import { deployProgramme } from "../helpers/fixtures.js";
import { onIstanbul } from "../helpers/evm.js";

const connection = await network.create();
const { ethers } = connection;
const SUITE = ["PilotProgramme", "ProgrammeAdministration", "ProgrammeReader"] as const;

/**
 * Opcodes added after istanbul (berlin added none), and DIFFICULTY, which the merge turned into
 * PREVRANDAO: code reading it would mean something else on a proof-of-authority chain.
 */
const AFTER_ISTANBUL: Record<number, string> = {
  0x1e: "CLZ (osaka)",
  0x44: "DIFFICULTY/PREVRANDAO",
  0x48: "BASEFEE (london)",
  0x49: "BLOBHASH (cancun)",
  0x4a: "BLOBBASEFEE (cancun)",
  0x5c: "TLOAD (cancun)",
  0x5d: "TSTORE (cancun)",
  0x5e: "MCOPY (cancun)",
  0x5f: "PUSH0 (shanghai)",
};

/** The opcodes of `AFTER_ISTANBUL` in `code`, walking instructions (PUSH data skipped) up to solc's metadata. */
function opcodesAfterIstanbul(code: string): string[] {
  const bytes = ethers.getBytes(code);
  const metadata = bytes.length >= 2 ? ((bytes[bytes.length - 2] << 8) | bytes[bytes.length - 1]) + 2 : 0;
  const found = new Set<string>();
  for (let i = 0; i < bytes.length - metadata; i++) {
    const op = bytes[i];
    if (AFTER_ISTANBUL[op]) found.add(AFTER_ISTANBUL[op]);
    if (op >= 0x60 && op <= 0x7f) i += op - 0x5f; // PUSH1..PUSH32 data
  }
  return [...found];
}

/** The `evmVersion` the artifact under test was compiled with (from its build info). */
async function buildEvmVersion(contract: string): Promise<string> {
  const id = await hre.artifacts.getBuildInfoId(contract);
  const file = id === undefined ? undefined : await hre.artifacts.getBuildInfoPath(id);
  if (file === undefined) throw new Error(`no build info for ${contract}: build first`);
  return (JSON.parse(await readFile(file, "utf8")) as { input: { settings: { evmVersion: string } } }).input.settings.evmVersion;
}

describe("BSN Spartan-I: EVM target, opcodes, size, no value", () => {
  it("the contracts under test are built for the network's EVM: istanbul on Spartan-I, paris otherwise", async () => {
    const expected = onIstanbul(connection) ? "istanbul" : "paris";
    for (const name of SUITE) expect(await buildEvmVersion(name), name).to.equal(expected);
  });

  it("the opcode walk finds newer opcodes and skips PUSH data", () => {
    expect(opcodesAfterIstanbul("0x5f480000")).to.deep.equal(["PUSH0 (shanghai)", "BASEFEE (london)"]);
    expect(opcodesAfterIstanbul("0x605f7f" + "5f".repeat(32) + "0000")).to.deep.equal([]);
  });

  it("deployed code and constructors use no opcode after istanbul (no PUSH0, MCOPY, TLOAD/TSTORE, BASEFEE, PREVRANDAO) and fit EIP-170", async () => {
    const deployed = await deployProgramme(connection);
    const sizes: string[] = [];
    // the administration module: created by PilotProgramme's constructor, run by delegatecall
    const administration = await deployed.programme.administration();
    const addresses: [string, string][] = [
      ["PilotProgramme", await deployed.programme.getAddress()],
      ["ProgrammeAdministration", administration],
      ["ProgrammeReader", await deployed.reader.getAddress()],
    ];
    for (const [name, address] of addresses) {
      const code = await ethers.provider.getCode(address);
      expect(opcodesAfterIstanbul(code), `${name} runtime`).to.deep.equal([]);
      expect(opcodesAfterIstanbul((await hre.artifacts.readArtifact(name)).bytecode), `${name} constructor`).to.deep.equal([]);
      expect(ethers.dataLength(code), name).to.be.below(24_576);
      sizes.push(`${name} ${ethers.dataLength(code).toLocaleString("en")} bytes`);
    }
    console.log(`      runtime code (${await buildEvmVersion("PilotProgramme")} build): ${sizes.join(", ")}; EIP-170 limit 24,576`);
  });

  it("nothing needs value: no payable function, receive or fallback", async () => {
    for (const name of SUITE) {
      const { abi } = await hre.artifacts.readArtifact(name);
      const payable = abi.filter((item) => item.stateMutability === "payable" || item.type === "receive" || item.type === "fallback");
      expect(
        payable.map((item) => item.name ?? item.type),
        name,
      ).to.deep.equal([]);
    }
  });
});
