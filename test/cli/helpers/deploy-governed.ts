/**
 * The governed suite for terminal tests: the `GovernedProgramme` Ignition module (timelock, seats,
 * governor, programme, reader) with the given settings, and the deployment record with its
 * governance addresses, as the tasks read it.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import type { NetworkConnection } from "hardhat/types/network";
import GovernedProgrammeModule from "../../../ignition/modules/GovernedProgramme.js";
import type { Hex } from "@pilot/sdk/eip712";
import { deploymentRecord } from "@pilot/sdk/deployment";
import { writeDeployment, type DeploymentRecord } from "../../../scripts/deploy/deployment-record.js";

export interface GovernedSettings {
  seatHolders: string[];
  seatNames?: string[];
  votingDelay: number;
  votingPeriod: number;
  timelockDelay: number;
  quorumPercent?: number;
  guardian?: string;
}

export async function deployGoverned(
  connection: NetworkConnection,
  options: { deploymentId: string; ignitionDir: string; settings: GovernedSettings },
): Promise<DeploymentRecord> {
  const { ethers, ignition } = connection;
  const chainId = Number((await ethers.provider.getNetwork()).chainId);
  const journal = path.join(options.ignitionDir, "deployments", options.deploymentId);
  await rm(journal, { recursive: true, force: true });
  const { guardian, ...office } = options.settings;
  const { programme, reader, governor, timelock, seats } = await ignition.deploy(GovernedProgrammeModule, {
    deploymentId: options.deploymentId,
    parameters: {
      ProgrammeOffice: { ...office },
      ...(guardian ? { GovernedProgramme: { guardian } } : {}),
    },
  });
  const receipt = await programme.deploymentTransaction()?.wait();
  const record = deploymentRecord({
    chainId,
    network: connection.networkName,
    programme: (await programme.getAddress()) as Hex,
    reader: (await reader.getAddress()) as Hex,
    deploymentBlock: receipt?.blockNumber ?? (await ethers.provider.getBlockNumber()) - 1,
    deployedAt: new Date().toISOString(),
    governance: {
      governor: (await governor.getAddress()) as Hex,
      timelock: (await timelock.getAddress()) as Hex,
      seats: (await seats.getAddress()) as Hex,
    },
  });
  await writeDeployment(record);
  await rm(journal, { recursive: true, force: true });
  return record;
}
