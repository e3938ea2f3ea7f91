/**
 * Deploys the suite (PilotProgramme + ProgrammeReader, and with the governed
 * office its timelock, seats and governor) with an Ignition module on one
 * network and writes the deployment record, or reuses the recorded deployment
 * when its contracts are still there.
 *
 * A local dev node loses its chain on restart: when the record (or the
 * Ignition journal) points at addresses without code on such a node, both are
 * wiped and the suite is deployed again. On any other chain a record without
 * code is an error for a human to look at, never wiped automatically.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import type { NetworkConnection } from "hardhat/types/network";
import GovernedProgrammeModule from "../../ignition/modules/GovernedProgramme.js";
import PilotProgrammeModule from "../../ignition/modules/PilotProgramme.js";
import type { Hex } from "@pilot/sdk/eip712";
import { deploymentRecord } from "@pilot/sdk/deployment";
import { deploymentPath, readDeployment, writeDeployment, type DeploymentRecord } from "./deployment-record.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The programme's future id in the Ignition journal, by module. */
const programmeFuture = (office: Office) => (office === "governor" ? "GovernedProgramme#PilotProgramme" : "PilotProgramme#PilotProgramme");

/**
 * Who the programme office is: `governor` (Ignition module GovernedProgramme: a timelock governed by
 * the bodies' seats, the default of a real deployment) or `account` (module PilotProgramme: one
 * account or an existing multisig, parameter `programmeAdmin`; `npm start -- --office account`).
 * `npm start` deploys the governed office (scripts/start/local-programme.ts).
 */
export type Office = "account" | "governor";
/** Ignition parameters by module id, e.g. `{ ProgrammeOffice: { seatHolders: [...] } }`. */
export type DeployParameters = Record<string, Record<string, unknown>>;

export interface DeployOptions {
  network: string;
  /** Overrides the network's RPC URL (tests use nodes on random ports). */
  url?: string;
  /** Ignition deployment id (default `chain-<chainId>`). */
  deploymentId?: string;
  /** Discard a reusable deployment on a dev node and deploy anew (e.g. a half-seeded one). */
  fresh?: boolean;
  /** The programme office (default `account`). */
  office?: Office;
  /** Ignition parameters (the governed office needs `ProgrammeOffice.seatHolders`). */
  parameters?: DeployParameters;
  log?: (line: string) => void;
}

export interface DeployResult {
  record: DeploymentRecord;
  reused: boolean;
  connection: NetworkConnection;
  devNode: boolean;
}

async function request<T>(connection: NetworkConnection, method: string, params: unknown[] = []): Promise<T> {
  return (await connection.provider.request({ method, params })) as T;
}

async function hasCode(connection: NetworkConnection, address: string): Promise<boolean> {
  const code = await request<string>(connection, "eth_getCode", [address, "latest"]);
  return code !== "0x" && code !== "0x0";
}

/** True for an ephemeral development node (Hardhat/EDR, anvil, ganache): its chain dies with it. */
export async function isDevNode(connection: NetworkConnection): Promise<boolean> {
  const version = await request<string>(connection, "web3_clientVersion").catch(() => "");
  return /hardhat|edr|anvil|ganache/i.test(version);
}

export function ignitionDir(deploymentId: string): string {
  return path.join(ROOT, "ignition", "deployments", deploymentId);
}

/** The block of the programme's deployment, from its receipt (transaction hash from the Ignition journal). */
async function deploymentBlock(connection: NetworkConnection, journalDir: string, programme: string, future: string): Promise<number> {
  const journal = await readFile(path.join(journalDir, "journal.jsonl"), "utf8").catch(() => "");
  const hashes: string[] = [];
  for (const line of journal.split("\n")) {
    if (!line.includes(future)) continue;
    const entry = JSON.parse(line) as { futureId?: string; hash?: string; transaction?: { hash?: string } };
    const hash = entry.hash ?? entry.transaction?.hash;
    if (entry.futureId === future && typeof hash === "string") hashes.push(hash);
  }
  for (const hash of hashes.reverse()) {
    const receipt = await request<{ blockNumber: string; contractAddress: string | null } | null>(connection, "eth_getTransactionReceipt", [hash]);
    if (receipt && receipt.contractAddress?.toLowerCase() === programme.toLowerCase()) return Number(receipt.blockNumber);
  }
  throw new Error(`no receipt of the PilotProgramme deployment in ${path.relative(ROOT, journalDir)}/journal.jsonl`);
}

export async function deploySuite(hre: HardhatRuntimeEnvironment, options: DeployOptions): Promise<DeployResult> {
  const log = options.log ?? (() => {});
  const connection = await hre.network.create(options.url ? { network: options.network, override: { url: options.url } } : { network: options.network });
  const chainId = Number(await request<string>(connection, "eth_chainId"));
  const devNode = await isDevNode(connection);
  const deploymentId = options.deploymentId ?? `chain-${chainId}`;
  const journalDir = ignitionDir(deploymentId);

  const existing = await readDeployment(chainId);
  if (existing) {
    const alive = (await hasCode(connection, existing.programme)) && (await hasCode(connection, existing.reader));
    if (alive && !(options.fresh && devNode)) return { record: existing, reused: true, connection, devNode };
    if (!alive && !devNode) {
      throw new Error(
        `${path.relative(ROOT, deploymentPath(chainId))} points at ${existing.programme}, which has no code on "${options.network}" ` +
          `(chain ${chainId}); check the network, or remove the record and ${path.relative(ROOT, journalDir)} to deploy anew`,
      );
    }
    log(
      alive
        ? "  discarding the previous deployment (fresh deploy asked for)"
        : `  the recorded deployment ${existing.programme} is gone (fresh chain): wiping it`,
    );
  }
  if (devNode) {
    // On a dev node a valid deployment always has a record; a journal without one is stale.
    await rm(journalDir, { recursive: true, force: true });
    await rm(deploymentPath(chainId), { force: true });
  }

  const office = options.office ?? "account";
  const parameters = (options.parameters ?? {}) as never;
  let governance: DeploymentRecord["governance"];
  let programme, reader;
  if (office === "governor") {
    const d = await connection.ignition.deploy(GovernedProgrammeModule, { deploymentId, displayUi: false, parameters });
    ({ programme, reader } = d);
    governance = {
      governor: (await d.governor.getAddress()) as Hex,
      timelock: (await d.timelock.getAddress()) as Hex,
      seats: (await d.seats.getAddress()) as Hex,
    };
  } else {
    ({ programme, reader } = await connection.ignition.deploy(PilotProgrammeModule, { deploymentId, displayUi: false, parameters }));
  }
  const programmeAddress = (await programme.getAddress()) as Hex;
  const record = deploymentRecord({
    chainId,
    network: options.network,
    programme: programmeAddress,
    reader: (await reader.getAddress()) as Hex,
    deploymentBlock: await deploymentBlock(connection, journalDir, programmeAddress, programmeFuture(office)),
    deployedAt: new Date().toISOString(),
    operator: existing?.operator,
    governance,
  });
  await writeDeployment(record);
  return { record, reused: false, connection, devNode };
}
