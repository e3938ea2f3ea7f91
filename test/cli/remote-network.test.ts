/**
 * "Beyond this machine": a second local node with ANOTHER chain id stands in for
 * a remote chain. The `remote` network entry gets its URL and key only from
 * configuration variables (here environment variables, as in CI; on a desk the
 * keystore): a fresh random key, funded by the node, deploys the suite with the
 * Ignition module and acts as the programme office; a second random key signs
 * for an entity. Then attest -> verify (and sign -> relay) run as child
 * processes with `--network remote`, exactly as a user would. None of the
 * node's unlocked accounts acts.
 */
import { expect } from "chai";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Wallet, parseEther } from "ethers";
import { deploymentPath, type DeploymentRecord } from "../../scripts/deploy/deployment-record.js";
import { startHardhatNode, type LocalNode } from "../../scripts/node/hardhat-node.js";
import { rpcCall } from "../../scripts/node/rpc.js";
import { cliRuntime, ROOT, runCli, uidFrom } from "./helpers/cli.js";
import { deploySuite } from "./helpers/deploy-suite.js";

/** Another chain id than the dev chain's 31337, fresh per run so parallel runs never share a record. */
const CHAIN_ID = 60_000 + Math.floor(Math.random() * 20_000);

describe("remote network (a second node, another chain id, private-key accounts)", function () {
  this.timeout(240_000);
  let node: LocalNode;
  let dir: string;
  let record: DeploymentRecord;
  const office = Wallet.createRandom();
  const entitySigner = Wallet.createRandom();
  const as = (wallet: { privateKey: string }) => ({ REMOTE_RPC_URL: node.url, REMOTE_PRIVATE_KEY: wallet.privateKey });
  const cli = async (wallet: { privateKey: string }, argv: string[]) => {
    const r = await runCli(["--network", "remote", ...argv], as(wallet));
    expect(r.code, `${argv[0]}: ${r.stderr}${r.stdout}`).to.equal(0);
    return r;
  };

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "pilot-remote-"));
    node = await startHardhatNode({ chainId: CHAIN_ID });
    const [funder] = await rpcCall<string[]>(node.url, "eth_accounts");
    for (const w of [office, entitySigner]) {
      await rpcCall(node.url, "eth_sendTransaction", [{ from: funder, to: w.address, value: `0x${parseEther("10").toString(16)}` }]);
    }
  });

  after(async () => {
    await node?.stop();
    await rm(deploymentPath(CHAIN_ID), { force: true });
    await rm(dir, { recursive: true, force: true });
    delete process.env.REMOTE_RPC_URL;
    delete process.env.REMOTE_PRIVATE_KEY;
  });

  it("deploys with the Ignition module from a private-key account", async () => {
    Object.assign(process.env, as(office));
    const hre = await cliRuntime("remote");
    const connection = await hre.network.create();
    expect(Number((await connection.ethers.provider.getNetwork()).chainId)).to.equal(CHAIN_ID);
    const [deployer] = await connection.ethers.getSigners();
    expect(deployer.address).to.equal(office.address);
    record = await deploySuite(connection, {
      deploymentId: `remote-test-${CHAIN_ID}`,
      ignitionDir: path.join(ROOT, "ignition"),
      operator: { name: "Test operator", contact: "ops@example.org" },
    });
    await connection.close();
    expect(record.chainId).to.equal(CHAIN_ID);
    // the deployer, not an unlocked node account, is the programme office
    const unlocked = (await rpcCall<string[]>(node.url, "eth_accounts")).map((a) => a.toLowerCase());
    expect(unlocked).to.not.include(office.address.toLowerCase());
    const hasRole = await rpcCall<string>(node.url, "eth_call", [
      { to: record.programme, data: `0x91d14854${"00".repeat(32)}${office.address.slice(2).toLowerCase().padStart(64, "0")}` },
      "latest",
    ]);
    expect(BigInt(hasRole)).to.equal(1n);
  });

  it("runs attest -> verify-document and sign -> relay with the tasks against it", async () => {
    await cli(office, ["create-zone", "--name", "Xiong'an", "--region", "Hebei"]);
    await cli(office, ["set-regulator", "--account", office.address, "--fields", "government-data-sharing"]);
    // the entity's key is not the office's: it signs its consent for the entity about to be registered
    const consent = path.join(dir, "consent.json");
    await cli(entitySigner, ["sign-signer-consent", "--entity", "1", "--out", consent]);
    await cli(office, [
      "register-entity",
      "--zone",
      "Xiong'an",
      "--name",
      "Sample Data Exchange (fictional)",
      "--type",
      "government-body",
      "--fields",
      "government-data-sharing",
      "--consents",
      consent,
    ]);
    await cli(entitySigner, ["propose-project", "--field", "government-data-sharing", "--title", "Cross-agency data ledger"]);
    await cli(office, ["set-project-status", "--project", "1", "--action", "approve"]);

    const report = path.join(dir, "evaluation.pdf");
    await writeFile(report, "evaluation of the cross-agency data ledger\n");
    const attested = await cli(office, ["attest", "--project", "1", "--kind", "evaluation", "--file", report, "--uri", "https://example.org/eval"]);
    const uid = uidFrom(attested);
    const verified = await cli(office, ["verify-document", "--file", report]);
    expect(verified.stdout).to.match(/ATTESTED: 1 valid attestation/);
    expect(verified.stdout).to.include(uid);
    expect(verified.stdout).to.include(office.address);

    // the entity signs offline; the office's account relays
    const signed = path.join(dir, "signed.json");
    const milestone = path.join(dir, "milestone.pdf");
    await writeFile(milestone, "milestone: ledger live in two agencies\n");
    await cli(entitySigner, ["sign-attestation", "--project", "1", "--kind", "milestone", "--file", milestone, "--out", signed]);
    const relayed = await cli(office, ["relay", "--file", signed]);
    expect(relayed.stdout).to.match(new RegExp(`signed by ${entitySigner.address}, submitted by ${office.address}`));
    expect((await cli(office, ["verify-document", "--file", milestone])).stdout).to.match(/signer of entity #1 "Sample Data Exchange \(fictional\)"/);

    // without the key configured, the remote network refuses cleanly
    const noKey = await runCli(["--network", "remote", "zones"], { REMOTE_RPC_URL: node.url, REMOTE_PRIVATE_KEY: "" });
    expect(noKey.code).to.not.equal(0);
  });
});
