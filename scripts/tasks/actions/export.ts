import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { CliError } from "../runtime/cli-error.js";
import { runAction } from "../runtime/run-action.js";
import { openProgramme, type ProgrammeContext } from "../runtime/context.js";
import { openExportFiles } from "../runtime/export-files.js";
import { print, printError } from "../runtime/format.js";
import { indexedAttestationPages, indexedCounts, indexedProjectStatuses, indexerMeta } from "../runtime/indexer-source.js";
import {
  attestationRows,
  checkProjects,
  checkRows,
  EXPORT_COLUMNS,
  Mismatches,
  scanRegistry,
  withStandings,
  type ExportedRow,
  type StandingCache,
  type ExportRow,
  type Range,
  type RegistryScan,
} from "../runtime/log-export.js";
import { blockClock, eventPages } from "../runtime/logs.js";
import { parsePositiveInt, required } from "../runtime/parse.js";
import { progressBar } from "../runtime/progress.js";

interface Args {
  out?: string;
  blockRange?: string;
  quiet: boolean;
  indexer?: string;
}

/** The `Attested` events in block-range pages, as rows with their revocation and relay joined in. */
async function* rowsFromLogs(ctx: ProgrammeContext, scan: RegistryScan, range: Range, mismatches: Mismatches): AsyncGenerator<ExportRow[]> {
  const clock = blockClock(ctx);
  const order = { block: -1, index: -1 };
  for await (const page of eventPages(ctx, { events: ["Attested"], fromBlock: range.fromBlock, toBlock: range.toBlock, pageSize: range.maxRange })) {
    const rows = await attestationRows(page.events, scan, clock, order, mismatches);
    clock.forget();
    yield rows;
  }
}

/** The indexer's attestation pages; their sequence numbers must run 0, 1, 2, … without a gap or a repeat. */
async function* rowsFromIndex(url: string, toBlock: number, mismatches: Mismatches): AsyncGenerator<ExportRow[]> {
  let next = 0;
  for await (const { rows, seqs } of indexedAttestationPages(url, toBlock)) {
    for (const seq of seqs) {
      if (seq !== next) mismatches.add(`the index skips or repeats attestations: sequence number ${seq} where ${next} was expected`);
      next = seq + 1;
    }
    yield rows;
  }
}

/**
 * The whole log as JSON and CSV, rebuilt from events and checked against contract state at one
 * block. Streams: events are read in block-range pages (shortened when the provider refuses a
 * range or an answer is too big), each page of attestations is checked and written before the
 * next is read, so memory holds one page plus the revocations, relays and project statuses.
 * With `--indexer <url>` the rows, counts and project statuses come from the indexer instead
 * (up to the block it has indexed), and are checked against contract state all the same.
 */
export default function exportLog(args: Args, hre: HardhatRuntimeEnvironment) {
  return runAction(async () => {
    const out = required(args.out, "out");
    await assertExportDirectory(out);
    const maxRange = parsePositiveInt(args.blockRange, "block-range", 5000);
    const ctx = await openProgramme(hre);
    const provider = ctx.connection.ethers.provider;
    const head = await provider.getBlockNumber();
    const fromBlock = ctx.record.deploymentBlock;
    let toBlock = head;
    let indexedNote = "";
    if (args.indexer) {
      const meta = await indexerMeta(args.indexer);
      if (meta.chainId !== Number(ctx.chainId) || meta.programme.toLowerCase() !== ctx.record.programme.toLowerCase()) {
        throw new CliError(
          `the indexer at ${args.indexer} indexes programme ${meta.programme} on chain ${meta.chainId}, not ${ctx.record.programme} on chain ${ctx.chainId}`,
        );
      }
      // the index's state and the chain's, at the same block
      toBlock = Math.min(head, meta.indexedBlock);
      indexedNote = toBlock < head ? ` (the indexer has reached block ${toBlock}; the chain is at ${head})` : "";
    }
    const range = { fromBlock, toBlock, maxRange };
    const blockTag = toBlock;
    const progress = progressBar({ quiet: args.quiet });
    const mismatches = new Mismatches();

    const [zones, entities, projects, attestations] = await ctx.programme.totals({ blockTag });
    const totals = { zones: Number(zones), entities: Number(entities), projects: Number(projects), attestations: Number(attestations) };

    // ---- the registry: counts and each project's status (and, from logs, revocations and relays)
    const scan = args.indexer ? null : await scanRegistry(ctx, range, mismatches, progress);
    const counted = scan ? scan.counted : await indexedCounts(args.indexer as string);
    const projectStatus = scan ? scan.projectStatus : await indexedProjectStatuses(args.indexer as string);
    const source = scan ? "logs" : "index";
    for (const key of ["zones", "entities", "projects"] as const) {
      if (totals[key] !== counted[key]) mismatches.add(`the contract counts ${totals[key]} ${key}, the ${source} hold ${counted[key]}`);
    }

    // ---- attestations, page by page: rebuilt, checked against state, written
    const dir = path.resolve(out);
    await mkdir(dir, { recursive: true });
    const header = {
      format: "pilot-programme/log-export@1",
      chainId: ctx.chainId.toString(),
      network: ctx.networkName,
      programme: ctx.record.programme,
      reader: ctx.record.reader,
      operator: ctx.record.operator ?? null,
      fromBlock,
      toBlock,
      source: args.indexer ? { indexer: args.indexer } : { logs: "eth_getLogs" },
      exportedAt: new Date().toISOString(),
      totals,
    };
    const files = await openExportFiles<ExportedRow>(dir, header, EXPORT_COLUMNS);
    const standingCache: StandingCache = { scopes: new Map() };
    let exported = 0;
    let revoked = 0;
    let checkedProjects = 0;
    try {
      progress.phase("attestations", totals.attestations, "attestations");
      for await (const rows of scan ? rowsFromLogs(ctx, scan, range, mismatches) : rowsFromIndex(args.indexer as string, toBlock, mismatches)) {
        await checkRows(ctx, rows, blockTag, mismatches);
        await files.write(await withStandings(ctx, rows, blockTag, standingCache));
        exported += rows.length;
        revoked += rows.filter((r) => r.revoked).length;
        progress.update(exported);
      }
      if (scan) {
        for (const uid of scan.revocations.keys()) mismatches.add(`revocation logged for unknown attestation ${uid}`);
        for (const uid of scan.relays.keys()) mismatches.add(`signature use logged for unknown attestation ${uid}`);
      }
      if (totals.attestations !== exported) mismatches.add(`the contract counts ${totals.attestations} attestations, the ${source} hold ${exported}`);

      // ---- every project's status
      checkedProjects = await checkProjects(ctx, projectStatus, totals.projects, blockTag, mismatches, progress);
      progress.stop();
      await files.close({
        revoked,
        projectsChecked: checkedProjects,
        consistent: mismatches.count === 0,
        mismatchCount: mismatches.count,
        mismatches: mismatches.list,
      });
    } catch (error) {
      progress.stop();
      await files.abort();
      throw error;
    }

    print(`exported ${exported} attestation(s) (${revoked} revoked) from the ${source}, blocks ${fromBlock}..${toBlock} of chain ${ctx.chainId}${indexedNote}`);
    print(`  ${files.jsonPath}`);
    print(`  ${files.csvPath}`);
    if (mismatches.count) {
      for (const m of mismatches.list.slice(0, 20)) printError(`MISMATCH ${m}`);
      if (mismatches.count > 20) printError(`MISMATCH … and ${mismatches.count - 20} more (see attestations.json)`);
      throw new CliError(`the export does NOT match contract state: ${mismatches.count} mismatch(es); do not rely on this copy`);
    }
    print(`checked against contract state at block ${toBlock}: totals and every attestation agree, and so does every project's status`);
    return totals;
  });
}

/** `--out` names a directory (the export writes several files into it): refused before any read when it is a file. */
async function assertExportDirectory(out: string): Promise<void> {
  const existing = await stat(out).catch(() => null);
  if (existing && !existing.isDirectory()) {
    throw new CliError(`--out ${out} is a file; give a directory (new or existing): the export writes attestations.json and attestations.csv into it`);
  }
}
