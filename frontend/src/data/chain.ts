/** The read side: one viem public client (JSON-RPC batching on) and the deployed contracts. */
import { getPublicClient } from "wagmi/actions";
import type { Address, PublicClient } from "viem";
import { pilotProgrammeAbi, programmeReaderAbi } from "@pilot/sdk/generated/abis";
import { deployment } from "../config/loadDeployment";
import { targetChain, wagmiConfig } from "../wallet/config";

export { pilotProgrammeAbi, programmeReaderAbi };

/** Reads go through the deployment's public RPC (never the wallet), batched per tick. */
export function publicClient(): PublicClient {
  const client = getPublicClient(wagmiConfig, { chainId: targetChain.id });
  if (!client) throw new Error("no public client for the target chain");
  return client as PublicClient;
}

export interface Contracts {
  readonly programme: Address;
  readonly reader: Address;
  readonly deploymentBlock: bigint;
}

/** The deployed suite, or undefined when this network has none configured. */
export const contracts: Contracts | undefined =
  deployment.programme && deployment.reader
    ? { programme: deployment.programme, reader: deployment.reader, deploymentBlock: deployment.deploymentBlock }
    : undefined;

export class NotDeployedError extends Error {
  constructor() {
    super(`The programme is not deployed on ${deployment.chain.name} (no contract addresses configured).`);
    this.name = "NotDeployedError";
  }
}

export function requireContracts(): Contracts {
  if (!contracts) throw new NotDeployedError();
  return contracts;
}
