/**
 * Where the suite lives on one chain. Two views of one fact, each built by one function:
 * - the record (`DeploymentRecord`, deployments/chain-<id>.json): written by scripts/deploy, read by the
 *   terminal tool and the indexer's runner; built by {@link deploymentRecord}; the file is read and
 *   written by scripts/deploy/deployment-record.ts;
 * - the `Deployment` the dApp is built for: the record's facts plus the chain's name and public RPC URL,
 *   who is who and where the indexer is. The generated file (scripts/deploy/generated-file.ts, declared
 *   `satisfies Deployment`), VITE_DEPLOYMENT and the end-to-end tests build it with {@link deployment};
 *   the dApp reads it with {@link parseDeployment}, a local dev chain's other suite with {@link parseSuite}.
 * No schema library: the dApp bundles this parser, which is a few lines.
 */
import type { Hex } from "./eip712.js";

export const DEPLOYMENT_FORMAT = "pilot-programme/deployment@1" as const;

export interface DeploymentOperator {
  /** Who runs this deployment (a filed public service must say so). */
  name: string;
  contact?: string;
  /** e.g. the filing number with the cyberspace authority. */
  filing?: string;
}

/**
 * The programme office when it is governed (Ignition module `GovernedProgramme`): the timelock is
 * the programme's admin, the governor its proposer and canceller, the seats the governor's votes.
 * Absent when the office is one account or a multisig (module `PilotProgramme`).
 */
export interface DeploymentGovernance {
  governor: Hex;
  timelock: Hex;
  seats: Hex;
}

export interface DeploymentRecord {
  format: typeof DEPLOYMENT_FORMAT;
  chainId: number;
  network: string;
  programme: Hex;
  reader: Hex;
  /** Block of the programme's deployment: where log scans start. */
  deploymentBlock: number;
  deployedAt: string;
  operator?: DeploymentOperator;
  governance?: DeploymentGovernance;
}

/** A record, its format stamped and absent options left out (what every deploy step writes). */
export function deploymentRecord(
  fields: Omit<DeploymentRecord, "format" | "operator" | "governance"> & {
    operator?: DeploymentOperator | undefined;
    governance?: DeploymentGovernance | undefined;
  },
): DeploymentRecord {
  const { chainId, network, programme, reader, deploymentBlock, deployedAt, operator, governance } = fields;
  return {
    format: DEPLOYMENT_FORMAT,
    chainId,
    network,
    programme,
    reader,
    deploymentBlock,
    deployedAt,
    ...(operator ? { operator } : {}),
    ...(governance ? { governance } : {}),
  };
}

/** The suite on its chain: what a local dev chain's other deployment (the dApp's dev override) gives. */
export interface DeploymentSuite {
  programme: Hex;
  reader: Hex;
  /** Block of the programme's deployment: where event scans start. */
  deploymentBlock: number;
  /** Lower-cased address -> the account's role as shown to people ("Zone admin: Chengdu"). */
  accountLabels: Record<string, string>;
  governance?: DeploymentGovernance;
}

/** What the dApp is built for: the suite, its chain and, optionally, the record's other facts and the indexer. */
export interface Deployment extends DeploymentSuite {
  chainId: number;
  /** The chain's name as shown to people ("Hardhat local"). */
  name: string;
  /** The public RPC URL the dApp reads through (http or https). */
  rpcUrl: string;
  network?: string;
  deployedAt?: string;
  operator?: DeploymentOperator;
  /** Base URL of the programme's indexer (Ponder: /graphql, /sql, /meta); absent: the dApp reads the chain (limited mode). */
  indexerUrl?: string;
}

type Optional<T, K extends keyof T> = Omit<T, K> & { [P in K]?: T[P] | undefined };
export type DeploymentFields = Optional<Deployment, "accountLabels" | "governance" | "network" | "deployedAt" | "operator" | "indexerUrl">;

/** The suite part of a deployment, labels' addresses lower-cased, absent options left out. */
export function deploymentSuite({
  programme,
  reader,
  deploymentBlock,
  accountLabels = {},
  governance,
}: Optional<DeploymentSuite, "accountLabels" | "governance">): DeploymentSuite {
  const labels = Object.fromEntries(Object.entries(accountLabels).map(([address, label]) => [address.toLowerCase(), label]));
  return { programme, reader, deploymentBlock, accountLabels: labels, ...(governance ? { governance } : {}) };
}

/** A deployment, as every writer builds it (from a record and the chain's name and URL, or from a test's own chain). */
export function deployment(fields: DeploymentFields): Deployment {
  const { chainId, name, rpcUrl, network, deployedAt, operator, indexerUrl } = fields;
  return {
    chainId,
    name,
    rpcUrl,
    ...(network !== undefined ? { network } : {}),
    ...(deployedAt !== undefined ? { deployedAt } : {}),
    ...deploymentSuite(fields),
    ...(operator ? { operator } : {}),
    ...(indexerUrl !== undefined ? { indexerUrl } : {}),
  };
}

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isAddress = (v: unknown): v is Hex => typeof v === "string" && ADDRESS_RE.test(v);

function readLabels(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    if (ADDRESS_RE.test(key) && typeof v === "string") out[key.toLowerCase()] = v;
  }
  return out;
}

function readGovernance(value: unknown): DeploymentGovernance | undefined {
  if (!isRecord(value)) return undefined;
  const { governor, timelock, seats } = value;
  return isAddress(governor) && isAddress(timelock) && isAddress(seats) ? { governor, timelock, seats } : undefined;
}

function readOperator(value: unknown): DeploymentOperator | undefined {
  if (!isRecord(value) || typeof value["name"] !== "string") return undefined;
  const { name, contact, filing } = value;
  return { name, ...(typeof contact === "string" ? { contact } : {}), ...(typeof filing === "string" ? { filing } : {}) };
}

/** An http(s) URL without its trailing slashes, or undefined. */
export function readBaseUrl(value: unknown): string | undefined {
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

/**
 * A suite, or undefined unless programme, reader (addresses) and deploymentBlock (a whole number) are
 * there; labels that are not an address's are dropped, and governance unless all three addresses are.
 */
export function parseSuite(value: unknown): DeploymentSuite | undefined {
  if (!isRecord(value)) return undefined;
  const { programme, reader, deploymentBlock } = value;
  if (!isAddress(programme) || !isAddress(reader)) return undefined;
  if (typeof deploymentBlock !== "number" || !Number.isSafeInteger(deploymentBlock) || deploymentBlock < 0) return undefined;
  const governance = readGovernance(value["governance"]);
  return { programme, reader, deploymentBlock, accountLabels: readLabels(value["accountLabels"]), ...(governance ? { governance } : {}) };
}

/**
 * A deployment (the shape {@link deployment} builds), or undefined unless its chain (a positive chain id,
 * a name, an http(s) RPC URL) and its suite ({@link parseSuite}) are; a malformed option (operator,
 * indexer URL, …) is dropped.
 */
export function parseDeployment(value: unknown): Deployment | undefined {
  if (!isRecord(value)) return undefined;
  const { chainId, name, rpcUrl, network, deployedAt } = value;
  if (typeof chainId !== "number" || !Number.isSafeInteger(chainId) || chainId <= 0) return undefined;
  if (typeof name !== "string" || name.trim() === "") return undefined;
  if (typeof rpcUrl !== "string" || !/^https?:\/\//.test(rpcUrl)) return undefined;
  const suite = parseSuite(value);
  if (!suite) return undefined;
  return deployment({
    chainId,
    name,
    rpcUrl,
    ...suite,
    network: typeof network === "string" ? network : undefined,
    deployedAt: typeof deployedAt === "string" ? deployedAt : undefined,
    operator: readOperator(value["operator"]),
    indexerUrl: readBaseUrl(value["indexerUrl"]),
  });
}
