/**
 * The end-to-end tests' programme on a REAL Hardhat node (started on a free 127.0.0.1 port by
 * scripts/node/hardhat-node.ts with hardhat.config.ts, so with the sample's 207 unlocked accounts),
 * deployed and seeded exactly as `npm start` does it with a one-account office: the suite with
 * Ignition (ignitionDeploy.ts: scripts/deploy/deploy-suite.ts, office = account #0, the sample's
 * programme office), then the sample (data/sample-programme.json) by scripts/seed/seed-sample.ts
 * `seedSample`: one block per day of the programme's calendar, `attestBatch` per attester and day,
 * delegated attestations signed by the node and relayed with `attestBySig`, the clock left in
 * January 2025.
 *
 * The scenarios act as the sample's own accounts (scripts/seed/account-plan.ts: HD index = position
 * in the sample's `accounts`), found by label; the account with no role is the first one past the
 * sample and the governed office's sixteen seats (hardhat.config.ts holds 224 dev accounts).
 *
 * scripts/seed/ and scripts/sample/ import sdk/domain.ts, whose enums Node's type stripping cannot
 * run, with `.js` specifiers: they are loaded with tsx's scoped loader (as localNode.ts does), and the
 * shapes of those modules used here are restated, so that the e2e's type check (which would reach their enums) stays
 * on erasable TypeScript.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getAddress, getContractAddress, type Address } from "viem";
import { tsImport } from "tsx/esm/api";
import { GOVERNING_BODIES } from "@pilot/sdk/governance";
import { rpcCall as rpc } from "../../scripts/node/rpc.ts";
import { REPO_ROOT } from "./appServer.ts";
import { deployWithIgnition } from "./ignitionDeploy.ts";

/** The sample npm start seeds. */
export const SAMPLE_PATH = join(REPO_ROOT, "data", "sample-programme.json");

/** The parts of the sample (scripts/sample/schema.ts Sample) the harness reads. */
interface SampleFile {
  readonly accounts: readonly { readonly label: string; readonly role: string; readonly fields?: readonly string[] }[];
  readonly zones: readonly { readonly key: string; readonly name: string; readonly status: string }[];
  readonly entities: readonly {
    readonly key: string;
    readonly name: string;
    readonly zone: string;
    readonly signers: readonly string[];
    readonly status: string;
    readonly fictional?: boolean;
  }[];
  readonly projects: readonly { readonly key: string; readonly entity: string; readonly field: string; readonly title: string; readonly status: string }[];
  readonly attestations: readonly unknown[];
}

const readSample = (path: string): SampleFile => JSON.parse(readFileSync(path, "utf8")) as SampleFile;

/** HD index of the governed office's first seat (scripts/seed/account-plan.ts planSeats: right after the sample's accounts). */
export const FIRST_SEAT_ACCOUNT = readSample(SAMPLE_PATH).accounts.length;
/** HD index of the account with no role: past the sample's accounts and the sixteen seats. */
const NO_ROLE_ACCOUNT = FIRST_SEAT_ACCOUNT + GOVERNING_BODIES.length;

/** What the harness uses of scripts/seed/account-plan.ts. */
interface AccountPlanModule {
  planAccounts(sample: unknown, nodeAccounts: readonly string[], governed?: boolean): Map<string, { address: string; display: string }>;
}
interface Totals {
  readonly zones: number;
  readonly entities: number;
  readonly projects: number;
  readonly attestations: number;
}
/** What the harness uses of scripts/seed/seed-sample.ts. */
interface SeedSampleModule {
  seedSample(options: { rpcUrl: string; programme: string; sample: unknown; log?: (line: string) => void }): Promise<{
    transactions: number;
    blocks: number;
    ms: number;
    totals: Totals;
  }>;
}
/** What the harness uses of scripts/sample/validate.ts. */
interface ValidateModule {
  loadSample(file?: string): Promise<unknown>;
}

export interface SeedPlan {
  readonly chainId: number;
  readonly programme: Address;
  readonly reader: Address;
  readonly deploymentBlock: number;
  /** Lower-cased address -> role label, as npm start publishes them (scripts/deploy/publish.ts sampleAccounts). */
  readonly accountLabels: Record<string, string>;
  /** The sample's accounts that act in the scenarios, and one account with no role. */
  readonly actors: {
    readonly office: Address;
    readonly relayer: Address;
    readonly signer: Address;
    readonly zoneAdmin: Address;
    readonly regulator: Address;
    readonly nobody: Address;
  };
  /** The entity the `signer` signs for, one of its active projects, and its zone. */
  readonly entity: { readonly id: number; readonly name: string; readonly zone: string; readonly zoneId: number };
  readonly project: { readonly id: number; readonly title: string };
}

export interface SeededProgramme extends SeedPlan {
  /** What the programme holds once seeded, and what the sample holds. */
  readonly totals: Totals;
  readonly sampleTotals: Totals;
  readonly blocks: number;
  readonly transactions: number;
  readonly seedMs: number;
}

/** The scenarios' entity: the first fictional active entity in an active zone with an active project. */
function scenarioTargets(sample: SampleFile) {
  const activeZones = new Set(sample.zones.filter((z) => z.status === "Active").map((z) => z.key));
  const project =
    sample.projects.find((p) => {
      const e = sample.entities.find((x) => x.key === p.entity);
      return p.status === "Active" && e?.status === "Active" && activeZones.has(e.zone) && e.fictional !== false;
    }) ?? sample.projects.find((p) => p.status === "Active");
  if (!project) throw new Error("the sample has no active project");
  const entity = sample.entities.find((e) => e.key === project.entity);
  if (!entity) throw new Error(`unknown entity ${project.entity}`);
  const zone = sample.zones.find((z) => z.key === entity.zone);
  if (!zone) throw new Error(`unknown zone ${entity.zone}`);
  const regulator = sample.accounts.find((a) => a.role === "regulator" && a.fields?.includes(project.field));
  if (!regulator) throw new Error(`the sample has no regulator of ${project.field}`);
  return { project, entity, zone, regulator };
}

/**
 * What the seed will produce on a fresh node, known before any transaction: the contract addresses
 * (Ignition deploys them from account #0 at nonces 0 and 1), the actors and the labels. Lets the app
 * build while the node is being seeded.
 */
export async function planSeed(url: string, samplePath = SAMPLE_PATH): Promise<SeedPlan> {
  const sample = readSample(samplePath);
  const chainId = Number(await rpc(url, "eth_chainId", []));
  const nodeAccounts = ((await rpc(url, "eth_accounts", [])) as string[]).map((a) => getAddress(a));
  const nobody = nodeAccounts[NO_ROLE_ACCOUNT];
  if (!nobody) throw new Error(`the node has ${nodeAccounts.length} accounts; the e2e needs ${NO_ROLE_ACCOUNT + 1} (hardhat.config.ts)`);
  const { planAccounts } = (await tsImport("../../scripts/seed/account-plan.ts", import.meta.url)) as AccountPlanModule;
  const planned = planAccounts(sample, nodeAccounts, false);
  const at = (label: string): Address => {
    const a = planned.get(label);
    if (!a) throw new Error(`the sample has no account ${label}`);
    return getAddress(a.address);
  };
  const { entity, zone, project, regulator } = scenarioTargets(sample);
  const office = at("programme-office");
  return {
    chainId,
    programme: getContractAddress({ from: office, nonce: 0n }),
    reader: getContractAddress({ from: office, nonce: 1n }),
    deploymentBlock: 1,
    accountLabels: Object.fromEntries([...planned.values()].map((a) => [a.address.toLowerCase(), a.display])),
    actors: {
      office,
      relayer: at("relayer"),
      signer: at(entity.signers[0] ?? ""),
      zoneAdmin: at(`zone-admin:${zone.key}`),
      regulator: at(regulator.label),
      nobody,
    },
    entity: { id: sample.entities.indexOf(entity) + 1, name: entity.name, zone: zone.name, zoneId: sample.zones.indexOf(zone) + 1 },
    project: { id: sample.projects.indexOf(project) + 1, title: project.title },
  };
}

export interface SeedHooks {
  /** Called once the contracts are deployed, before any seeding transaction (e.g. to start an indexer meanwhile). */
  readonly onDeployed?: (deployed: { readonly programme: Address; readonly reader: Address; readonly deploymentBlock: number }) => void;
}

/** Deploys the suite with Ignition and seeds the sample with seedSample, as npm start does (office: one account). */
export async function deployAndSeed(url: string, samplePath = SAMPLE_PATH, hooks: SeedHooks = {}): Promise<SeededProgramme> {
  const started = Date.now();
  const [plan, { loadSample }, { seedSample }] = await Promise.all([
    planSeed(url, samplePath),
    tsImport("../../scripts/sample/validate.ts", import.meta.url) as Promise<ValidateModule>,
    tsImport("../../scripts/seed/seed-sample.ts", import.meta.url) as Promise<SeedSampleModule>,
  ]);
  const sample = await loadSample(samplePath);
  const { record, cleanup } = await deployWithIgnition(url);
  cleanup(); // the record and the Ignition journal are read; the node is thrown away after the run
  const programme = getAddress(record.programme);
  const reader = getAddress(record.reader);
  if (programme !== plan.programme || reader !== plan.reader || record.deploymentBlock !== plan.deploymentBlock) {
    throw new Error("the deployment differs from the plan: was the node fresh?");
  }
  hooks.onDeployed?.({ programme, reader, deploymentBlock: record.deploymentBlock });
  const summary = await seedSample({ rpcUrl: url, programme, sample });
  const rows = readSample(samplePath);
  return {
    ...plan,
    totals: summary.totals,
    sampleTotals: { zones: rows.zones.length, entities: rows.entities.length, projects: rows.projects.length, attestations: rows.attestations.length },
    blocks: summary.blocks,
    transactions: summary.transactions,
    seedMs: Date.now() - started,
  };
}
