/**
 * Typed loader for the chain description the dApp talks to.
 *
 * The deploy scripts will generate `src/generated/deployment.ts`. It may export
 * `deployment` (or a default export) shaped like {@link DeploymentModuleShape}.
 * Until it exists the app falls back to the local Hardhat node (chain 31337).
 */
import type { Address } from "viem";

export interface ChainDescription {
  readonly chainId: number;
  readonly name: string;
  readonly rpcUrl: string;
}

export interface Deployment {
  readonly chain: ChainDescription;
  /** The programme (registry + attestation log) and its paged reader; undefined until deployed. */
  readonly programme?: Address;
  readonly reader?: Address;
  /** Block of the programme's deployment: where event scans start. */
  readonly deploymentBlock: bigint;
  /** Contract name -> address. Empty until the generated file lands. */
  readonly contracts: Readonly<Record<string, Address>>;
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
  readonly governance?: DeploymentGovernance;
  /** Where the description came from. */
  readonly source: "generated" | "fallback" | "dev-override";
}

export interface DeploymentGovernance {
  readonly governor: Address;
  readonly timelock: Address;
  readonly seats: Address;
}

export const HARDHAT_LOCAL: ChainDescription = {
  chainId: 31337,
  name: "Hardhat local",
  rpcUrl: "http://127.0.0.1:8545",
};

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readChain(value: unknown): ChainDescription | undefined {
  if (!isRecord(value)) return undefined;
  const { chainId, name, rpcUrl } = value;
  if (typeof chainId !== "number" || !Number.isSafeInteger(chainId) || chainId <= 0) return undefined;
  if (typeof name !== "string" || name.trim() === "") return undefined;
  if (typeof rpcUrl !== "string" || !/^https?:\/\//.test(rpcUrl)) return undefined;
  return { chainId, name, rpcUrl };
}

function readAddressMap(value: unknown): Record<string, Address> {
  const out: Record<string, Address> = {};
  if (!isRecord(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "string" && ADDRESS_RE.test(v)) out[key] = v as Address;
  }
  return out;
}

function readLabels(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  // Either { "0xabc…": "Programme office" } or [{ address, label | display | role }].
  if (Array.isArray(value)) {
    for (const item of value) {
      if (!isRecord(item) || typeof item["address"] !== "string" || !ADDRESS_RE.test(item["address"])) continue;
      const label = [item["display"], item["label"], item["role"]].find((x): x is string => typeof x === "string" && x !== "");
      if (label) out[item["address"].toLowerCase()] = label;
    }
    return out;
  }
  if (!isRecord(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    if (ADDRESS_RE.test(key) && typeof v === "string") out[key.toLowerCase()] = v;
  }
  return out;
}

function pickAddress(map: Record<string, Address>, raw: Record<string, unknown>, names: readonly string[]): Address | undefined {
  for (const n of names) {
    const direct = raw[n];
    if (typeof direct === "string" && ADDRESS_RE.test(direct)) return direct as Address;
    if (map[n]) return map[n];
  }
  return undefined;
}

function readBlock(value: unknown): bigint | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  if (typeof value === "bigint" && value >= 0n) return value;
  if (typeof value === "string" && /^(0x[0-9a-fA-F]+|\d+)$/.test(value)) return BigInt(value);
  return undefined;
}

function readGovernance(value: unknown): DeploymentGovernance | undefined {
  if (!isRecord(value)) return undefined;
  const { governor, timelock, seats } = value;
  const ok = (v: unknown): v is Address => typeof v === "string" && ADDRESS_RE.test(v);
  return ok(governor) && ok(timelock) && ok(seats) ? { governor, timelock, seats } : undefined;
}

/** An http(s) URL without its trailing slashes, or undefined. */
function readBaseUrl(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim().replace(/\/+$/, "");
  if (!/^https?:\/\/[^\s/]+/.test(trimmed)) return undefined;
  try {
    new URL(trimmed);
  } catch {
    return undefined;
  }
  return trimmed;
}

export type DeploymentEnv = Partial<Record<"VITE_CHAIN_ID" | "VITE_CHAIN_NAME" | "VITE_RPC_URL" | "VITE_DEPLOYMENT" | "VITE_INDEXER_URL", string | undefined>>;

/**
 * Picks the deployment out of the modules matched by `import.meta.glob`
 * (an empty record when the generated file does not exist) and applies
 * optional build-time env overrides. Pure, so it is unit-tested.
 */
export function resolveDeployment(
  modules: Readonly<Record<string, unknown>>,
  env: DeploymentEnv = {},
  devOverride?: string | null,
): Deployment {
  let chain: ChainDescription = HARDHAT_LOCAL;
  let contracts: Record<string, Address> = {};
  let accountLabels: Record<string, string> = {};
  let operator: string | undefined;
  let programme: Address | undefined;
  let reader: Address | undefined;
  let deploymentBlock = 0n;
  let indexerUrl: string | undefined;
  let governance: DeploymentGovernance | undefined;
  let source: Deployment["source"] = "fallback";

  // A whole deployment description given at build time (VITE_DEPLOYMENT, JSON) wins over the generated file.
  let fromEnv: unknown;
  if (env.VITE_DEPLOYMENT) {
    try {
      fromEnv = JSON.parse(env.VITE_DEPLOYMENT);
    } catch {
      fromEnv = undefined;
    }
  }
  // VITE_DEPLOYMENT=none: ignore the generated file (e.g. a test build against another node).
  const mod = env.VITE_DEPLOYMENT === "none" ? undefined : Object.values(modules)[0];
  const raw = isRecord(fromEnv) ? fromEnv : isRecord(mod) ? (mod["deployment"] ?? mod["default"]) : undefined;
  if (isRecord(raw)) {
    const parsed = readChain(isRecord(raw["chain"]) ? raw["chain"] : raw);
    if (parsed) {
      chain = parsed;
      contracts = readAddressMap(raw["contracts"]);
      accountLabels = readLabels(raw["accountLabels"] ?? raw["accounts"]);
      const op = raw["operator"];
      operator = typeof op === "string" ? op : isRecord(op) && typeof op["name"] === "string" ? op["name"] : undefined;
      programme = pickAddress(contracts, raw, ["programme", "PilotProgramme", "pilotProgramme"]);
      reader = pickAddress(contracts, raw, ["reader", "ProgrammeReader", "programmeReader"]);
      deploymentBlock = readBlock(raw["deploymentBlock"]) ?? 0n;
      indexerUrl = readBaseUrl(raw["indexerUrl"]);
      governance = readGovernance(raw["governance"]);
      source = "generated";
    }
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
  if (devOverride && isLocalDevChain(chain)) {
    let dev: unknown;
    try {
      dev = JSON.parse(devOverride);
    } catch {
      dev = undefined;
    }
    if (isRecord(dev) && typeof dev["programme"] === "string" && ADDRESS_RE.test(dev["programme"])) {
      const devContracts = readAddressMap(dev["contracts"]);
      programme = dev["programme"] as Address;
      reader = pickAddress(devContracts, dev, ["reader", "ProgrammeReader"]);
      contracts = devContracts;
      accountLabels = readLabels(dev["accountLabels"]);
      deploymentBlock = readBlock(dev["deploymentBlock"]) ?? 0n;
      governance = readGovernance(dev["governance"]);
      indexerUrl = undefined;
      source = "dev-override";
    }
  }

  const base = { chain, contracts, accountLabels, deploymentBlock, source };
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
