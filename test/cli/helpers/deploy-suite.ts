/**
 * Stand-in for the deploy step while tests need one: the Ignition module on a
 * connection, then the deployment record the tasks read
 * (deployments/chain-<id>.json).
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import type { NetworkConnection } from "hardhat/types/network";
import PilotProgrammeModule from "../../../ignition/modules/PilotProgramme.js";
import type { Hex } from "@pilot/sdk/eip712";
import { deploymentRecord } from "@pilot/sdk/deployment";
import { writeDeployment, type DeploymentRecord } from "../../../scripts/deploy/deployment-record.js";

export async function deploySuite(
  connection: NetworkConnection,
  options: { deploymentId: string; ignitionDir: string; operator?: DeploymentRecord["operator"] },
): Promise<DeploymentRecord> {
  const { ethers, ignition } = connection;
  const chainId = Number((await ethers.provider.getNetwork()).chainId);
  await rm(path.join(options.ignitionDir, "deployments", options.deploymentId), { recursive: true, force: true });
  const { programme, reader } = await ignition.deploy(PilotProgrammeModule, { deploymentId: options.deploymentId });
  const programmeAddress = (await programme.getAddress()) as Hex;
  const deployTx = programme.deploymentTransaction();
  const receipt = deployTx ? await deployTx.wait() : null;
  const record = deploymentRecord({
    chainId,
    network: connection.networkName,
    programme: programmeAddress,
    reader: (await reader.getAddress()) as Hex,
    deploymentBlock: receipt?.blockNumber ?? (await ethers.provider.getBlockNumber()) - 1,
    deployedAt: new Date().toISOString(),
    operator: options.operator,
  });
  await writeDeployment(record);
  // The journal only matters to re-runs of this test deployment.
  await rm(path.join(options.ignitionDir, "deployments", options.deploymentId), { recursive: true, force: true });
  return record;
}
