/**
 * Brings a local dev node to "a seeded, readable programme": reuses the
 * recorded deployment when its code is there and it is seeded; seeds it when
 * it is empty; deploys anew when the chain is fresh (record without code) or
 * the programme is half-seeded. Then rewrites the dApp's generated file.
 */
import { Interface } from "ethers";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { readAbi } from "../lib/artifacts.js";
import type { DeploymentRecord } from "../lib/deployment-record.js";
import { deploySuite } from "../deploy/deploy-suite.js";
import { publish, sampleAccounts } from "../deploy/publish.js";
import type { Sample } from "../sample/schema.js";
import { Rpc } from "../seed/rpc.js";
import { readTotals, seedSample, type SeedSummary } from "../seed/seed-sample.js";
import { pageSize, readAllPages } from "../../sdk/readPaging.js";

export interface LocalProgrammeOptions {
  hre: HardhatRuntimeEnvironment;
  url: string;
  sample: Sample;
  deploymentId?: string;
  generatedFile?: string;
  log: (line: string) => void;
  /** Called once the deployment is known, just before seeding starts (not when nothing is seeded). */
  beforeSeeding?: (record: DeploymentRecord) => void;
}

export interface LocalProgramme {
  record: DeploymentRecord;
  deployed: boolean;
  seeded: SeedSummary | null;
  totals: SeedSummary["totals"];
  generatedFile: string;
  nodeAccounts: string[];
}

type Totals = SeedSummary["totals"];
const isEmpty = (t: Totals) => t.zones + t.entities + t.projects + t.attestations === 0;
const isSeeded = (t: Totals, s: Sample) =>
  t.zones >= s.zones.length && t.entities >= s.entities.length && t.projects >= s.projects.length && t.attestations >= s.attestations.length;

export async function ensureLocalProgramme({ hre, url, sample, deploymentId, generatedFile, log, beforeSeeding }: LocalProgrammeOptions): Promise<LocalProgramme> {
  const rpc = new Rpc(url);
  const iface = new Interface((await readAbi("PilotProgramme")) as never);
  const deployOptions = { network: "localhost", url, log, ...(deploymentId ? { deploymentId } : {}) };

  let result = await deploySuite(hre, deployOptions);
  if (!result.devNode) throw new Error(`${url} is not a local dev node; npm start only seeds local chains`);
  let totals = await readTotals(rpc, iface, result.record.programme);
  if (result.reused && !isEmpty(totals) && !isSeeded(totals, sample)) {
    log(`  the deployment at ${result.record.programme} is half-seeded (${JSON.stringify(totals)}): deploying a fresh one`);
    result = await deploySuite(hre, { ...deployOptions, fresh: true });
    totals = await readTotals(rpc, iface, result.record.programme);
  }
  log(
    result.reused
      ? `  reusing the deployment at ${result.record.programme} (block ${result.record.deploymentBlock})`
      : `  deployed PilotProgramme at ${result.record.programme}, ProgrammeReader at ${result.record.reader} (block ${result.record.deploymentBlock})`,
  );

  let seeded: SeedSummary | null = null;
  if (isSeeded(totals, sample)) {
    log(`  already seeded: ${totals.zones} zones, ${totals.entities} entities, ${totals.projects} projects, ${totals.attestations} attestations`);
  } else {
    log("  seeding the sample programme");
    beforeSeeding?.(result.record);
    seeded = await seedSample({ rpcUrl: url, programme: result.record.programme, sample, log });
    totals = seeded.totals;
  }

  const nodeAccounts = await rpc.call<string[]>("eth_accounts");
  const file = await publish(result.record, url, sampleAccounts(sample, nodeAccounts), true, generatedFile);
  return { record: result.record, deployed: !result.reused, seeded, totals, generatedFile: file, nodeAccounts };
}

/**
 * Reads back through the ProgrammeReader: zones, entities and projects of the whole registry, in
 * pages sized by the sdk from the measured gas per row (never above the reader's maxima, halved
 * when the node still refuses one), until every row has been read.
 */
export async function readRegistry(url: string, reader: string): Promise<{ zones: number; entities: number; projects: number }> {
  const rpc = new Rpc(url);
  const iface = new Interface((await readAbi("ProgrammeReader")) as never);
  const block = await rpc.call<string>("eth_blockNumber");
  const call = async (fn: string, args: unknown[]) =>
    iface.decodeFunctionResult(fn, await rpc.call<string>("eth_call", [{ to: reader, data: iface.encodeFunctionData(fn, args) }, block]));
  const count = async (view: "zones" | "entities" | "projects") => {
    const { rows } = await readAllPages(
      async (offset, limit) => {
        const result = await call(view, [offset, limit]);
        return { rows: result[0] as unknown[], total: result[result.length - 1] as bigint };
      },
      { pageSize: pageSize(view) },
    );
    return rows.length;
  };
  const [zones, entities, projects] = await Promise.all([count("zones"), count("entities"), count("projects")]);
  return { zones, entities, projects };
}
