/**
 * What the dApp is told about a deployment: the chain's display name, the
 * public RPC URL and the labelled accounts, turned into the generated file.
 */
import type { NetworkConnection } from "hardhat/types/network";
import type { DeploymentRecord } from "./deployment-record.js";
import type { Sample } from "../sample/schema.js";
import { planAccounts } from "../seed/account-plan.js";
import { writeGeneratedFile, type LabelledAccount } from "./generated-file.js";

export const LOCAL_CHAIN_ID = 31337;
export const LOCAL_CHAIN_NAME = "Hardhat local";

/** Every sample account with its role label (local dev chain, seeded); with `governed`, the seats' holders too ("Seat: <body>"). */
export function sampleAccounts(sample: Sample, nodeAccounts: readonly string[], governed = false): LabelledAccount[] {
  return [...planAccounts(sample, nodeAccounts, governed).values()].map((a) => ({ address: a.address, label: a.display, role: a.role, hdIndex: a.hdIndex }));
}

/** The URL the dApp should use: PUBLIC_RPC_URL, or the network's own (which may embed a key: say so). */
export async function publicRpcUrl(connection: NetworkConnection, fallback?: string): Promise<string> {
  if (process.env.PUBLIC_RPC_URL) return process.env.PUBLIC_RPC_URL;
  if (fallback) return fallback;
  const config = connection.networkConfig;
  if (config.type !== "http") throw new Error(`network "${connection.networkName}" has no URL the dApp could use; set PUBLIC_RPC_URL`);
  return await config.url.get();
}

export function chainName(record: DeploymentRecord): string {
  if (process.env.PUBLIC_CHAIN_NAME) return process.env.PUBLIC_CHAIN_NAME;
  return record.chainId === LOCAL_CHAIN_ID ? LOCAL_CHAIN_NAME : record.network;
}

export async function publish(record: DeploymentRecord, rpcUrl: string, accounts: readonly LabelledAccount[], seeded: boolean, file?: string): Promise<string> {
  return writeGeneratedFile({ record, chainName: chainName(record), rpcUrl, accounts, seeded }, file);
}
