/**
 * What every task needs: a connection to the selected network (`--network`),
 * the suite's addresses from deployments/chain-<id>.json (the only place
 * addresses come from), the contracts with their ABIs from the sdk's generated
 * ABIs (the one home of ABIs), and the acting account (`--from`).
 */
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/types";
import { Contract, Interface, type InterfaceAbi } from "ethers";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import type { NetworkConnection } from "hardhat/types/network";
import type { NameLookup } from "@pilot/sdk/errors";
import type { PilotProgramme, ProgrammeReader } from "../../../types/ethers-contracts/index.js";
import { deploymentPath, readDeployment, type DeploymentRecord } from "../../deploy/deployment-record.js";
import { CliError } from "./cli-error.js";
import { explainRevert } from "@pilot/sdk/revert";
import { pilotProgrammeAbi, programmeReaderAbi } from "@pilot/sdk/generated/abis";
import { retryReads } from "./retry-reads.js";

export interface ProgrammeContext {
  connection: NetworkConnection;
  networkName: string;
  chainId: bigint;
  record: DeploymentRecord;
  iface: Interface;
  programme: PilotProgramme;
  reader: ProgrammeReader;
  lookup: NameLookup;
}

const open = new Set<NetworkConnection>();

/** Closes every connection a task opened, so the process exits at once (no idle keep-alive sockets). */
export async function closeConnections(): Promise<void> {
  const all = [...open];
  open.clear();
  await Promise.allSettled(all.map((c) => c.close()));
}

/**
 * Why there is no contract where the deployment record says. Without `--network`, a task runs on
 * Hardhat's in-process chain, which starts empty each run and shares the local node's chain id:
 * the record is then not stale, the task is just not talking to the node.
 */
export function noContractMessage(networkName: string, networkType: string, chainId: bigint | number, programme: string): string {
  if (networkType === "edr-simulated") {
    return (
      `no contract at ${programme} on network "${networkName}": that is Hardhat's in-process chain, which starts empty on every run. ` +
      `The programme \`npm start\` runs lives on the local node: add --network localhost (e.g. \`npx hardhat zones --network localhost\`)`
    );
  }
  return `no contract at ${programme} on chain ${chainId} (network ${networkName}): the deployment record is stale (was the node restarted?); deploy again`;
}

export async function openProgramme(hre: HardhatRuntimeEnvironment): Promise<ProgrammeContext> {
  const connection = await hre.network.create();
  open.add(connection);
  retryReads(connection.provider);
  const { ethers } = connection;
  const chainId = (await ethers.provider.getNetwork()).chainId;
  const record = await readDeployment(chainId);
  if (!record) {
    throw new CliError(
      `no deployment of the programme on chain ${chainId} (network ${connection.networkName}): ${deploymentPath(chainId)} is missing; deploy first`,
    );
  }
  if ((await ethers.provider.getCode(record.programme)) === "0x")
    throw new CliError(noContractMessage(connection.networkName, connection.networkConfig.type, chainId, record.programme));
  const programmeAbi = pilotProgrammeAbi as unknown as InterfaceAbi;
  const readerAbi = programmeReaderAbi as unknown as InterfaceAbi;
  const iface = new Interface(programmeAbi);
  const programme = new Contract(record.programme, iface, ethers.provider) as unknown as PilotProgramme;
  const reader = new Contract(record.reader, readerAbi, ethers.provider) as unknown as ProgrammeReader;
  const lookup: NameLookup = {
    zone: async (id) => (await programme.getZone(id)).name,
    entity: async (id) => (await programme.getEntity(id)).name,
    project: async (id) => (await programme.getProject(id)).title,
  };
  return { connection, networkName: connection.networkName, chainId, record, iface, programme, reader, lookup };
}

/**
 * The acting account: `--from` as an index into the network's accounts (the
 * node's unlocked accounts, or the keys configured for a remote network) or as
 * one of their addresses. Default: the first.
 */
export async function selectAccount(ctx: ProgrammeContext, from: string | undefined): Promise<HardhatEthersSigner> {
  const signers = await ctx.connection.ethers.getSigners();
  if (signers.length === 0) {
    throw new CliError(`network ${ctx.networkName} has no account to act with: configure a private key for it`);
  }
  const v = (from ?? "").trim();
  if (v === "") return signers[0];
  if (/^\d+$/.test(v)) {
    const signer = signers[Number(v)];
    if (!signer) throw new CliError(`--from ${v} is out of range: network ${ctx.networkName} has ${signers.length} account(s) (0..${signers.length - 1})`);
    return signer;
  }
  if (!/^0x[0-9a-fA-F]{40}$/.test(v)) throw new CliError(`--from "${v}" is neither an account index nor an address`);
  const signer = signers.find((s) => s.address.toLowerCase() === v.toLowerCase());
  if (!signer) {
    throw new CliError(`account ${v} is not available on network ${ctx.networkName}: use one of its ${signers.length} unlocked or configured accounts`);
  }
  return signer;
}

/** Runs a read; a revert becomes a `CliError` in plain words. */
export async function read<T>(ctx: ProgrammeContext, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const sentence = await explainRevert(error, ctx.lookup);
    if (sentence) throw new CliError(sentence);
    throw error;
  }
}

/** The chain's clock: the latest block's timestamp, in seconds (what the dApp reads too). */
export async function chainNow(ctx: ProgrammeContext): Promise<number> {
  const block = await ctx.connection.ethers.provider.getBlock("latest");
  return block?.timestamp ?? Math.floor(Date.now() / 1000);
}
