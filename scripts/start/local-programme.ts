/**
 * Brings a local dev node to "a seeded, readable programme": reuses the
 * recorded deployment when its code is there and it is seeded; seeds it when
 * it is empty; deploys anew when the chain is fresh (record without code), the
 * programme is half-seeded or its office is not the one asked for. Then
 * rewrites the dApp's generated file.
 *
 * The office (issue 10) is by default the timelock governed by the sixteen
 * bodies' seats, held by the dev accounts right after the sample's
 * (account-plan.ts planSeats), the cyberspace authority's seat the guardian,
 * with the local governor settings (sdk/governance.ts LOCAL_GOVERNOR_SETTINGS);
 * the sample is then seeded through proposals. `office: "account"` keeps the
 * one-account office (dev account #0) for whoever needs it.
 */
import { Interface } from "ethers";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { pilotProgrammeAbi, programmeReaderAbi } from "@pilot/sdk/generated/abis";
import type { DeploymentRecord } from "../deploy/deployment-record.js";
import { LOCAL_GOVERNOR_SETTINGS } from "@pilot/sdk/governance";
import { deploySuite, type DeployParameters, type Office } from "../deploy/deploy-suite.js";
import { publish, sampleAccounts } from "../deploy/publish.js";
import type { Sample } from "../sample/schema.js";
import { planSeats } from "../seed/account-plan.js";
import { Rpc } from "../node/rpc.js";
import { seedSample, type SeedSummary } from "../seed/seed-sample.js";
import { readTotals, seedState, type Totals } from "../node/totals.js";
import { pageSize, readAllPages } from "@pilot/sdk/readPaging";

export interface LocalProgrammeOptions {
  hre: HardhatRuntimeEnvironment;
  url: string;
  sample: Sample;
  deploymentId?: string;
  generatedFile?: string;
  /** Who the programme office is (default `governor`: the timelock governed by the seats). */
  office?: Office;
  log: (line: string) => void;
  /** Called once the deployment is known, just before seeding starts (not when nothing is seeded). */
  beforeSeeding?: (record: DeploymentRecord) => void;
}

export interface LocalProgramme {
  record: DeploymentRecord;
  deployed: boolean;
  seeded: SeedSummary | null;
  totals: Totals;
  generatedFile: string;
  nodeAccounts: string[];
  /** True when the office is the governed timelock (the seats' holders are labelled). */
  governed: boolean;
}

export async function ensureLocalProgramme({
  hre,
  url,
  sample,
  deploymentId,
  generatedFile,
  office = "governor",
  log,
  beforeSeeding,
}: LocalProgrammeOptions): Promise<LocalProgramme> {
  const rpc = new Rpc(url);
  const iface = new Interface(pilotProgrammeAbi);
  const nodeAccounts = await rpc.call<string[]>("eth_accounts");
  const deployOptions = {
    network: "localhost",
    url,
    log,
    office,
    parameters: officeParameters(office, sample, nodeAccounts),
    ...(deploymentId ? { deploymentId } : {}),
  };

  let result = await deploySuite(hre, deployOptions);
  if (!result.devNode) throw new Error(`${url} is not a local dev node; npm start only seeds local chains`);
  let totals = await readTotals(rpc, iface, result.record.programme);
  const officeOf = (governed: boolean) => (governed ? "the governed timelock" : "one account");
  if (result.reused && (result.record.governance !== undefined) !== (office === "governor")) {
    log(
      `  the deployment at ${result.record.programme} has ${officeOf(result.record.governance !== undefined)} as its office, not ${officeOf(office === "governor")}: deploying a fresh one`,
    );
    result = await deploySuite(hre, { ...deployOptions, fresh: true });
    totals = await readTotals(rpc, iface, result.record.programme);
  } else if (result.reused && seedState(totals, sample) === "half-seeded") {
    log(`  the deployment at ${result.record.programme} is half-seeded (${JSON.stringify(totals)}): deploying a fresh one`);
    result = await deploySuite(hre, { ...deployOptions, fresh: true });
    totals = await readTotals(rpc, iface, result.record.programme);
  }
  const governance = result.record.governance;
  log(
    result.reused
      ? `  reusing the deployment at ${result.record.programme} (block ${result.record.deploymentBlock})`
      : `  deployed PilotProgramme at ${result.record.programme}, ProgrammeReader at ${result.record.reader} (block ${result.record.deploymentBlock})`,
  );
  if (governance)
    log(`  the programme office is the timelock ${governance.timelock}, governed by ${governance.governor} with the 16 seats of ${governance.seats}`);

  let seeded: SeedSummary | null = null;
  if (seedState(totals, sample) === "seeded") {
    log(`  already seeded: ${totals.zones} zones, ${totals.entities} entities, ${totals.projects} projects, ${totals.attestations} attestations`);
  } else {
    log("  seeding the sample programme");
    beforeSeeding?.(result.record);
    seeded = await seedSample({ rpcUrl: url, programme: result.record.programme, sample, log, ...(governance ? { governance } : {}) });
    totals = seeded.totals;
  }

  const file = await publish(result.record, url, sampleAccounts(sample, nodeAccounts, governance !== undefined), true, generatedFile);
  return { record: result.record, deployed: !result.reused, seeded, totals, generatedFile: file, nodeAccounts, governed: governance !== undefined };
}

/** The Ignition parameters of a local office: the seats' holders, the guardian and the local governor settings. */
function officeParameters(office: Office, sample: Sample, nodeAccounts: readonly string[]): DeployParameters {
  if (office !== "governor") return {};
  const seats = planSeats(sample, nodeAccounts);
  return {
    ProgrammeOffice: { seatHolders: seats.map((s) => s.address), ...LOCAL_GOVERNOR_SETTINGS },
    GovernedProgramme: { guardian: seats.find((s) => s.guardian)?.address },
  };
}

/**
 * Reads back through the ProgrammeReader: zones, entities and projects of the whole registry, in
 * pages sized by the sdk from the measured gas per row (never above the reader's maxima, halved
 * when the node still refuses one), until every row has been read.
 */
export async function readRegistry(url: string, reader: string): Promise<{ zones: number; entities: number; projects: number }> {
  const rpc = new Rpc(url);
  const iface = new Interface(programmeReaderAbi);
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
