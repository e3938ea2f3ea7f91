/**
 * The deployment the dApp runs against, resolved from what it was built with: the generated file
 * (`src/generated/deployment.ts`, written by the deploy scripts, exporting `deployment`, an
 * `@pilot/sdk/deployment` `Deployment`), VITE_* overrides, and on a local dev chain another suite
 * given in localStorage. Until a deployment is given the app falls back to the local Hardhat node (chain 31337).
 */
import type { Address } from "viem";
import { parseDeployment, parseSuite, readBaseUrl, type Deployment, type DeploymentGovernance } from "@pilot/sdk/deployment";

export interface ChainDescription {
  readonly chainId: number;
  readonly name: string;
  readonly rpcUrl: string;
}

export interface ResolvedDeployment {
  readonly chain: ChainDescription;
  /** The programme (registry + attestation log) and its paged reader; undefined until deployed. */
  readonly programme?: Address;
  readonly reader?: Address;
  /** Block of the programme's deployment: where event scans start. */
  readonly deploymentBlock: bigint;
  /** Lower-cased address -> human role label (filled by the seed script). */
  readonly accountLabels: Readonly<Record<string, string>>;
  /** Who operates this deployment (published for the public service filing). */
  readonly operator?: string;
  /**
   * Base URL of the programme's indexer (Ponder: /graphql, /meta), e.g. http://127.0.0.1:42069.
   * Absent: the dApp reads the chain directly, in its limited mode.
   */
  readonly indexerUrl?: string;
  /**
   * The programme office when it is governed (Ignition module GovernedProgramme): the governor, its
   * timelock (the programme's admin) and the bodies' seats. Absent when the office is one account.
   */
  readonly governance?: Readonly<DeploymentGovernance>;
  /** Where the description came from. */
  readonly source: "generated" | "fallback" | "dev-override";
}

export const HARDHAT_LOCAL: ChainDescription = {
  chainId: 31337,
  name: "Hardhat local",
  rpcUrl: "http://127.0.0.1:8545",
};

function readChain(value: { chainId: number; name: string; rpcUrl: string }): ChainDescription | undefined {
  const { chainId, name, rpcUrl } = value;
  if (!Number.isSafeInteger(chainId) || chainId <= 0) return undefined;
  if (name.trim() === "") return undefined;
  if (!/^https?:\/\//.test(rpcUrl)) return undefined;
  return { chainId, name, rpcUrl };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export type DeploymentEnv = Partial<Record<"VITE_CHAIN_ID" | "VITE_CHAIN_NAME" | "VITE_RPC_URL" | "VITE_DEPLOYMENT" | "VITE_INDEXER_URL", string | undefined>>;

/**
 * Picks the deployment out of the modules matched by `import.meta.glob`
 * (an empty record when the generated file does not exist) and applies
 * optional build-time env overrides. Pure, so it is unit-tested.
 */
export function resolveDeployment(modules: Readonly<Record<string, unknown>>, env: DeploymentEnv = {}, devOverride?: string | null): ResolvedDeployment {
  let chain: ChainDescription = HARDHAT_LOCAL;
  let accountLabels: Record<string, string> = {};
  let operator: string | undefined;
  let programme: Address | undefined;
  let reader: Address | undefined;
  let deploymentBlock = 0n;
  let indexerUrl: string | undefined;
  let governance: DeploymentGovernance | undefined;
  let source: ResolvedDeployment["source"] = "fallback";

  // A whole deployment given at build time (VITE_DEPLOYMENT, JSON) wins over the generated file.
  const fromEnv = env.VITE_DEPLOYMENT ? parseJson(env.VITE_DEPLOYMENT) : undefined;
  // VITE_DEPLOYMENT=none: ignore the generated file (e.g. a test build against another node).
  const mod = env.VITE_DEPLOYMENT === "none" ? undefined : Object.values(modules)[0];
  const given: Deployment | undefined = parseDeployment(isRecord(fromEnv) ? fromEnv : isRecord(mod) ? (mod["deployment"] ?? mod["default"]) : undefined);
  if (given) {
    chain = { chainId: given.chainId, name: given.name, rpcUrl: given.rpcUrl };
    accountLabels = given.accountLabels;
    operator = given.operator?.name;
    programme = given.programme;
    reader = given.reader;
    deploymentBlock = BigInt(given.deploymentBlock);
    indexerUrl = given.indexerUrl;
    governance = given.governance;
    source = "generated";
  }

  const envChainId = env.VITE_CHAIN_ID ? Number(env.VITE_CHAIN_ID) : undefined;
  const overridden = readChain({
    chainId: envChainId ?? chain.chainId,
    name: env.VITE_CHAIN_NAME ?? chain.name,
    rpcUrl: env.VITE_RPC_URL ?? chain.rpcUrl,
  });
  if (overridden) chain = overridden;
  // VITE_INDEXER_URL: a URL overrides the deployment's; "none" builds the limited mode (chain only).
  if (env.VITE_INDEXER_URL !== undefined && env.VITE_INDEXER_URL !== "") {
    indexerUrl = env.VITE_INDEXER_URL.trim() === "none" ? undefined : (readBaseUrl(env.VITE_INDEXER_URL) ?? indexerUrl);
  }

  // A local dev chain only (never a real network's build): another suite on the same node, given as
  // JSON in localStorage (DEV_DEPLOYMENT_KEY), replaces the addresses, labels and deployment block;
  // the chain stays the build's and the reads go to the chain (no indexer). The end-to-end test uses
  // it to open a governed programme in the build made for the seeded one.
  const dev = devOverride && isLocalDevChain(chain) ? parseSuite(parseJson(devOverride)) : undefined;
  if (dev) {
    programme = dev.programme;
    reader = dev.reader;
    accountLabels = dev.accountLabels;
    deploymentBlock = BigInt(dev.deploymentBlock);
    governance = dev.governance;
    indexerUrl = undefined;
    source = "dev-override";
  }

  const base = { chain, accountLabels, deploymentBlock, source };
  return {
    ...base,
    ...(programme ? { programme } : {}),
    ...(reader ? { reader } : {}),
    ...(operator !== undefined ? { operator } : {}),
    ...(indexerUrl !== undefined ? { indexerUrl } : {}),
    ...(governance ? { governance } : {}),
  };
}

/** localStorage key of a local dev chain's other deployment (see resolveDeployment). */
export const DEV_DEPLOYMENT_KEY = "pilot.devDeployment";

export const isLocalDevChain = (chain: ChainDescription): boolean => chain.chainId === 31337;
