/**
 * `npm run deploy -- --network <name>`: deploys the suite with the Ignition
 * module (or reuses the recorded deployment), writes the deployment record
 * (deployments/chain-<id>.json) and the dApp's generated file. No seeding.
 * A network with a build profile of the same name (`spartan`: BSN Spartan-I,
 * istanbul) is deployed with bytecode built by that profile.
 * Env: PUBLIC_RPC_URL / PUBLIC_CHAIN_NAME (what the dApp is told; the
 * network's URL may embed an API key), PILOT_DEPLOYMENTS_DIR;
 * PILOT_OFFICE=governor deploys the governed office (timelock, seats, governor:
 * Ignition module GovernedProgramme) instead of one account, with the Ignition
 * parameters of the JSON file PILOT_PARAMETERS (`{"ProgrammeOffice": {"seatHolders":
 * [...], "votingDelay": 86400, ...}, "GovernedProgramme": {"guardian": "0x..."}}`).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import hre from "hardhat";
import { Interface } from "ethers";
import { pilotProgrammeAbi } from "@pilot/sdk/generated/abis";
import { loadSample } from "../sample/validate.js";
import { Rpc } from "../node/rpc.js";
import { isSeeded, readTotals } from "../node/totals.js";
import { deploySuite, type DeployParameters, type Office } from "./deploy-suite.js";
import type { LabelledAccount } from "./generated-file.js";
import { publicRpcUrl, publish, sampleAccounts } from "./publish.js";

const networkName = hre.globalOptions.network;
if (networkName === undefined || networkName === "default") {
  console.error("npm run deploy: choose a network, e.g. `npm run deploy -- --network localhost`");
  process.exit(2);
}

// `hardhat run` has built with the default profile (paris); a chain whose EVM lags needs its own build
const profile = networkName in hre.config.solidity.profiles ? networkName : undefined;
if (profile !== undefined && hre.globalOptions.buildProfile !== profile) {
  if (hre.globalOptions.buildProfile !== undefined) {
    console.error(`npm run deploy: network "${networkName}" is deployed with --build-profile ${profile}, not ${hre.globalOptions.buildProfile}`);
    process.exit(2);
  }
  console.log(`building the contracts with the "${profile}" build profile for ${networkName}`);
  await hre.tasks.getTask("build").run({ quiet: true, noTests: true, defaultBuildProfile: profile });
}

const officeEnv = process.env.PILOT_OFFICE ?? "account";
if (officeEnv !== "account" && officeEnv !== "governor") {
  console.error(`npm run deploy: PILOT_OFFICE is "account" or "governor", not "${officeEnv}"`);
  process.exit(2);
}
const office: Office = officeEnv;
const parameters = process.env.PILOT_PARAMETERS ? (JSON.parse(await readFile(process.env.PILOT_PARAMETERS, "utf8")) as DeployParameters) : undefined;
const { record, reused, connection, devNode } = await deploySuite(hre, { network: networkName, log: console.log, office, parameters });
console.log(
  reused
    ? `reusing the deployment on ${networkName} (chain ${record.chainId}): PilotProgramme ${record.programme}`
    : `deployed on ${networkName} (chain ${record.chainId}) at block ${record.deploymentBlock}: PilotProgramme ${record.programme}, ProgrammeReader ${record.reader}`,
);
if (record.governance) {
  console.log(
    `  the programme office is the timelock ${record.governance.timelock}, governed by ${record.governance.governor} (seats ${record.governance.seats})`,
  );
}

const rpcUrl = await publicRpcUrl(connection);
let accounts: LabelledAccount[];
let seeded = false;
if (devNode) {
  // a dev node's accounts are the sample's roles (npm run seed fills them in)
  const nodeAccounts = (await connection.provider.request({ method: "eth_accounts" })) as string[];
  const sample = await loadSample();
  accounts = sampleAccounts(sample, nodeAccounts);
  const totals = await readTotals(new Rpc(rpcUrl), new Interface(pilotProgrammeAbi), record.programme);
  seeded = isSeeded(totals, sample);
} else {
  const [deployer] = await connection.ethers.getSigners();
  accounts = deployer ? [{ address: deployer.address, label: "Programme office (deployer)", role: "programmeAdmin", hdIndex: 0 }] : [];
  if (!process.env.PUBLIC_RPC_URL) console.log("note: the dApp gets this network's RPC URL; set PUBLIC_RPC_URL if it embeds an API key");
}
const file = await publish(record, rpcUrl, accounts, seeded);
console.log(`wrote ${path.relative(process.cwd(), file)}`);
