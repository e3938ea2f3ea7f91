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
  /** Contract name -> address. Empty until the generated file lands. */
  readonly contracts: Readonly<Record<string, Address>>;
  /** Lower-cased address -> human role label (filled by the seed script). */
  readonly accountLabels: Readonly<Record<string, string>>;
  /** Who operates this deployment (published for the public service filing). */
  readonly operator?: string;
  /** Where the description came from. */
  readonly source: "generated" | "fallback";
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
  if (!isRecord(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    if (ADDRESS_RE.test(key) && typeof v === "string") out[key.toLowerCase()] = v;
  }
  return out;
}

/**
 * Picks the deployment out of the modules matched by `import.meta.glob`
 * (an empty record when the generated file does not exist) and applies
 * optional build-time env overrides. Pure, so it is unit-tested.
 */
export function resolveDeployment(
  modules: Readonly<Record<string, unknown>>,
  env: Partial<Record<"VITE_CHAIN_ID" | "VITE_CHAIN_NAME" | "VITE_RPC_URL", string | undefined>> = {},
): Deployment {
  let chain: ChainDescription = HARDHAT_LOCAL;
  let contracts: Record<string, Address> = {};
  let accountLabels: Record<string, string> = {};
  let operator: string | undefined;
  let source: Deployment["source"] = "fallback";

  const mod = Object.values(modules)[0];
  const raw = isRecord(mod) ? (mod["deployment"] ?? mod["default"]) : undefined;
  if (isRecord(raw)) {
    const parsed = readChain(isRecord(raw["chain"]) ? raw["chain"] : raw);
    if (parsed) {
      chain = parsed;
      contracts = readAddressMap(raw["contracts"]);
      accountLabels = readLabels(raw["accountLabels"]);
      operator = typeof raw["operator"] === "string" ? raw["operator"] : undefined;
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

  return operator === undefined
    ? { chain, contracts, accountLabels, source }
    : { chain, contracts, accountLabels, operator, source };
}

export const isLocalDevChain = (chain: ChainDescription): boolean => chain.chainId === 31337;
