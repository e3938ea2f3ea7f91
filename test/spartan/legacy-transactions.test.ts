/**
 * `npm run deploy -- --network spartan` sends legacy (type-0) transactions. The `spartan` entry of
 * hardhat.config.ts, with its URL and key from configuration variables (here environment
 * variables, as in CI), is pointed at BSN Spartan-I's EVM run in-process (`spartanSimulated`:
 * istanbul, chain id 9090, no base fee) and served on 127.0.0.1 by npm start's JSON-RPC guard.
 * Ignition deploys the suite through it, as scripts/deploy/deploy-suite.ts does, and the deployer
 * writes through it, as the terminal tasks do: every transaction on the chain is type 0 with a
 * gasPrice. The key gets gas credit without a transfer (hardhat_setBalance), as on Spartan-I.
 */
import { expect } from "chai";
import { rm } from "node:fs/promises";
import path from "node:path";
import { Wallet } from "ethers";
import hre from "hardhat";
import type { NetworkConnection } from "hardhat/types/network";
import PilotProgrammeModule from "../../ignition/modules/PilotProgramme.js";
import { startGuardServer, type GuardServer } from "../../scripts/node-guard/guard-server.js";
import type { PilotProgramme } from "../../types/ethers-contracts/index.js";

/** The Ignition journal of this test (git-ignored `ignition/deployments/test-*`), removed after it. */
const DEPLOYMENT_ID = `test-spartan-legacy-${process.pid}`;

interface RpcBlock {
  baseFeePerGas?: string;
  transactions: { hash: string; from: string; type?: string; v: string; gasPrice?: string; maxFeePerGas?: string }[];
}

describe("BSN Spartan-I: the `spartan` network sends legacy (type-0) transactions", function () {
  this.timeout(120_000);
  let chain: NetworkConnection;
  let server: GuardServer;
  let spartan: NetworkConnection;
  const office = Wallet.createRandom();

  before(async () => {
    chain = await hre.network.create({ network: "spartanSimulated" });
    server = await startGuardServer({ provider: chain.provider, port: 0 });
    await chain.provider.request({ method: "hardhat_setBalance", params: [office.address, `0x${(10n ** 20n).toString(16)}`] });
    process.env.SPARTAN_RPC_URL = server.url;
    process.env.SPARTAN_PRIVATE_KEY = office.privateKey;
    spartan = await hre.network.create({ network: "spartan" });
  });

  after(async () => {
    await spartan?.close();
    await server?.close();
    await chain?.close();
    delete process.env.SPARTAN_RPC_URL;
    delete process.env.SPARTAN_PRIVATE_KEY;
    await rm(path.join(hre.config.paths.ignition, "deployments", DEPLOYMENT_ID), { recursive: true, force: true });
  });

  it("the chain is 9090 with a 16M block gas limit, its blocks carry no base fee, and it refuses an EIP-1559 transaction", async () => {
    expect(Number(await spartan.provider.request({ method: "eth_chainId" }))).to.equal(9090);
    const latest = (await chain.provider.request({ method: "eth_getBlockByNumber", params: ["latest", false] })) as RpcBlock & { gasLimit: string };
    expect(latest.baseFeePerGas).to.equal(undefined);
    expect(Number(latest.gasLimit)).to.equal(16_000_000);
    const [unlocked] = (await chain.provider.request({ method: "eth_accounts" })) as string[];
    await expect(
      chain.provider.request({
        method: "eth_sendTransaction",
        params: [{ from: unlocked, to: unlocked, maxFeePerGas: "0x3b9aca00", maxPriorityFeePerGas: "0x1" }],
      }),
    ).to.be.rejectedWith(/EIP-1559 style fee params .* not supported by the current hardfork/);
  });

  it("Ignition deploys the suite and the deployer writes, all in type-0 transactions with a gasPrice", async () => {
    const [deployer] = await spartan.ethers.getSigners();
    expect(deployer.address).to.equal(office.address);
    const deployed = await spartan.ignition.deploy(PilotProgrammeModule, { deploymentId: DEPLOYMENT_ID, displayUi: false });
    const programme = deployed.programme as unknown as PilotProgramme;
    expect(await programme.defaultAdmin()).to.equal(office.address);
    const write = await programme.connect(deployer).createZone("Xiong'an", "Hebei", "", spartan.ethers.ZeroHash);
    expect(write.type).to.equal(0);
    await write.wait();

    const head = Number(await chain.provider.request({ method: "eth_blockNumber" }));
    const sent: RpcBlock["transactions"] = [];
    for (let n = 1; n <= head; n++) {
      const block = (await chain.provider.request({ method: "eth_getBlockByNumber", params: [`0x${n.toString(16)}`, true] })) as RpcBlock;
      expect(block.baseFeePerGas, `block ${n}`).to.equal(undefined);
      sent.push(...block.transactions);
    }
    expect(sent.length).to.be.at.least(3); // PilotProgramme, ProgrammeReader, createZone
    for (const tx of sent) {
      // an istanbul node reports no `type` (typed transactions came with berlin); a legacy
      // signature carries the chain id in v (EIP-155: 9090 * 2 + 35 or 36), a typed one 0 or 1
      expect({ from: tx.from.toLowerCase(), type: tx.type ?? "0x0", maxFeePerGas: tx.maxFeePerGas }, tx.hash).to.deep.equal({
        from: office.address.toLowerCase(),
        type: "0x0",
        maxFeePerGas: undefined,
      });
      expect(Number(tx.v), `${tx.hash}: v`).to.be.oneOf([9090 * 2 + 35, 9090 * 2 + 36]);
      expect(BigInt(tx.gasPrice ?? 0), `${tx.hash}: gasPrice`).to.be.greaterThan(0n);
    }
  });
});
