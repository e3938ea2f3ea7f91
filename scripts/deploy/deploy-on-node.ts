/**
 * Deploys the suite on a local node at a URL from outside Hardhat (the e2e harness): the same
 * Ignition deployment and deployment record as `npm start` and `npm run deploy`
 * (deploy-suite.ts), with a runtime of this repository's config created in-process. Records go
 * where PILOT_DEPLOYMENTS_DIR says (set it before this module loads: the harness uses a temporary
 * directory), the Ignition journal to ignition/deployments/<deploymentId>.
 */
import type { DeploymentRecord } from "./deployment-record.js";
import { deploySuite, type DeployOptions } from "./deploy-suite.js";
import { localRuntime } from "./local-runtime.js";

export interface DeployOnNodeOptions extends Omit<DeployOptions, "network" | "url"> {
  /** The node's JSON-RPC URL (network `localhost` pointed at it). */
  url: string;
}

/** Deploys (or reuses) the suite on the node at `url`; the record deploySuite wrote. */
export async function deployOnNode({ url, ...options }: DeployOnNodeOptions): Promise<DeploymentRecord> {
  const hre = await localRuntime();
  const { record, connection, devNode } = await deploySuite(hre, { ...options, network: "localhost", url });
  await connection.close();
  if (!devNode) throw new Error(`${url} is not a local dev node`);
  return record;
}
