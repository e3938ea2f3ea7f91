/**
 * The deployment record: where the suite lives on one chain. Written by the
 * deploy step (after the Ignition module ran), read by every terminal task and
 * turned into the dApp's generated file. One file per chain:
 * deployments/chain-<chainId>.json (local chains are git-ignored; public ones
 * are meant to be committed, with who operates them). Its type lives in sdk/deployment.ts.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEPLOYMENT_FORMAT, type DeploymentRecord } from "@pilot/sdk/deployment";

export { DEPLOYMENT_FORMAT };
export type { DeploymentGovernance, DeploymentOperator, DeploymentRecord } from "@pilot/sdk/deployment";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** `PILOT_DEPLOYMENTS_DIR` moves the records elsewhere (tests use a temporary directory). */
export const DEPLOYMENTS_DIR = process.env.PILOT_DEPLOYMENTS_DIR ?? path.join(ROOT, "deployments");

export function deploymentPath(chainId: number | bigint): string {
  return path.join(DEPLOYMENTS_DIR, `chain-${chainId}.json`);
}

export async function readDeployment(chainId: number | bigint): Promise<DeploymentRecord | null> {
  try {
    const record = JSON.parse(await readFile(deploymentPath(chainId), "utf8")) as DeploymentRecord;
    return record.format === DEPLOYMENT_FORMAT ? record : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export async function writeDeployment(record: DeploymentRecord): Promise<string> {
  await mkdir(DEPLOYMENTS_DIR, { recursive: true });
  const file = deploymentPath(record.chainId);
  await writeFile(file, JSON.stringify(record, null, 2) + "\n");
  return file;
}
