/**
 * A programme at scale, for the bench and the CI scale test: a fresh Hardhat
 * node (started in the past, see node.ts), the suite deployed with Ignition and
 * the sample seeded exactly as `npm start` does (scripts/start/local-programme.ts),
 * then a fill executor ready to add attestations up to the asked total.
 *
 * Nothing of the developer's is touched: the deployment record lives in a
 * temporary folder (isolate.ts, imported first by the entry points), the
 * Ignition journal under ignition/deployments/test-scale-<pid> (removed by
 * stop()), the dApp's generated file in the temporary folder.
 *
 * `attestations` counts the whole log: the sample's 1,973 plus the fill's.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import type { DeploymentRecord } from "../../scripts/deploy/deployment-record.js";
import { ignitionDir } from "../../scripts/deploy/deploy-suite.js";
import { FillExecutor } from "../../scripts/fill/executor.js";
import { fillWorld, type FillWorld } from "../../scripts/fill/world.js";
import type { Sample } from "../../scripts/sample/schema.js";
import { loadSample } from "../../scripts/sample/validate.js";
import { planAccounts, planSeats } from "../../scripts/seed/account-plan.js";
import { Rpc } from "../../scripts/node/rpc.js";
import { ensureLocalProgramme } from "../../scripts/start/local-programme.js";
import { BENCH_TMP } from "./isolate.js";
import { startBenchNode, type BenchNode } from "./node.js";

/** Fill attestations per simulated day: 250,000 attestations span about 2.7 years (7 million 12-second blocks). */
export const ATTESTATIONS_PER_DAY = 250;
const DAY = 86_400;

export interface ScaleEnvironmentOptions {
  /** Attestations in the whole log at the end (sample included). */
  attestations: number;
  /** Totals at which to stop on the way (e.g. attestations / 10 for a baseline). */
  stops?: readonly number[];
  seed?: number;
  /** Seconds between blocks (empty ones included) over the fill's span (default 12). */
  blockSeconds?: number;
  log?: (line: string) => void;
}

export interface ScaleEnvironment {
  node: BenchNode;
  record: DeploymentRecord;
  sample: Sample;
  world: FillWorld;
  executor: FillExecutor;
  /** Attestations the seeded sample holds. */
  sampleAttestations: number;
  /** Milliseconds spent on deploy and seed. */
  seedMs: number;
  /** The generated deployment file written for this chain (a temporary file). */
  generatedFile: string;
  tmpDir: string;
  /** Fills until the log holds `total` attestations (a stop or the end). */
  fillTo(total: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startScaleEnvironment(options: ScaleEnvironmentOptions): Promise<ScaleEnvironment> {
  const log = options.log ?? (() => {});
  const sample = await loadSample();
  const sampleAttestations = sample.attestations.length;
  if (options.attestations < sampleAttestations) throw new Error(`--attestations must be at least the sample's ${sampleAttestations}`);
  const fillCount = options.attestations - sampleAttestations;
  const spanSeconds = Math.round((fillCount / ATTESTATIONS_PER_DAY) * DAY);
  const deploymentId = `test-scale-${process.pid}`;

  // the seed happens a day into the chain's life, the fill then spans `spanSeconds`, ending about now
  const node = await startBenchNode({ initialDate: new Date(Date.now() - (spanSeconds + DAY) * 1000), logFile: path.join(BENCH_TMP, "node.log") });
  const cleanup = async () => {
    await node.stop();
    await rm(ignitionDir(deploymentId), { recursive: true, force: true });
  };
  try {
    const { default: hre } = await import("hardhat");
    await hre.tasks.getTask("build").run({ quiet: true, noTests: true });
    const t = performance.now();
    const programme = await ensureLocalProgramme({
      hre,
      url: node.url,
      sample,
      deploymentId,
      generatedFile: path.join(BENCH_TMP, "deployment.ts"),
      log: (line) => log(line.trim()),
    });
    const seedMs = performance.now() - t;
    const rpc = new Rpc(node.url);
    const world = fillWorld(sample);
    const nodeAccounts = await rpc.call<string[]>("eth_accounts");
    const accounts = new Map([...planAccounts(sample, nodeAccounts).values()].map((a) => [a.label, a.address]));
    const governance = programme.record.governance;
    const stops = (options.stops ?? []).map((s) => s - sampleAttestations).filter((s) => s > 0 && s < fillCount);
    const executor = await FillExecutor.create({
      rpcUrl: node.url,
      programme: programme.record.programme,
      world,
      accounts,
      count: fillCount,
      stops,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      spanSeconds,
      blockSeconds: options.blockSeconds ?? 12,
      ...(governance ? { governance: { addresses: governance, seats: planSeats(sample, nodeAccounts) } } : {}),
      log,
    });
    return {
      node,
      record: programme.record,
      sample,
      world,
      executor,
      sampleAttestations,
      seedMs,
      generatedFile: programme.generatedFile,
      tmpDir: BENCH_TMP,
      fillTo: async (total) => {
        if (total > sampleAttestations) await executor.fillTo(total - sampleAttestations);
      },
      stop: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
