/**
 * `npm run bench:scale -- --attestations N`: the programme at scale, measured
 * as a user meets it. A benchmark, not a test: it never fails on timing; it
 * writes bench/results/scale.json (shape of issue 8, details under "details").
 *
 *  1. a fresh Hardhat node on a free 127.0.0.1 port (genesis in the past: the
 *     fill's blocks span years and end about now), the suite deployed and the
 *     sample seeded as `npm start` does;
 *  2. the fill (scripts/fill) to N/10 attestations in the whole log: the baseline;
 *  3. the indexer from an empty folder, timed to the head; the six pages cold in
 *     headless Chromium (overview, entities, one entity, one zone, the busy
 *     project, Verify of the most attested document);
 *  4. the fill on to N; node RSS; a fresh indexer's catch-up (events/s, RSS);
 *     the six pages again;
 *  5. the same pages in the dApp's limited mode (a build without indexer), at N;
 *  6. `npx hardhat export` (time and peak RSS; also with --indexer when the task
 *     takes it).
 *
 * Options: --attestations N (default 250000; the whole log, the sample's 1,973
 * included)  --seed S  --out FILE (default bench/results/scale.json)
 * --runs K (cold loads per page, the median kept; default 3)  --no-export
 * --block-seconds S (seconds between blocks over the fill's years, empty ones included; default 12)
 * --postgres (the indexer on a throw-away local PostgreSQL server instead of its default PGlite)
 * --no-limited (skip the six pages in the dApp's limited mode, no indexer, at N: details only)
 */
import "./scale/isolate.js";
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startPostgres, type PostgresServer } from "../scripts/indexer/local-postgres.js";
import { blockNumber } from "../scripts/node/dev-methods.js";
import { Rpc } from "../scripts/node/rpc.js";
import { buildDapp, serveStatic, type StaticSite } from "./scale/app.js";
import { startScaleEnvironment, type ScaleEnvironment } from "./scale/environment.js";
import { exportTakesIndexer, measureExport, type ExportFigures } from "./scale/export.js";
import { startMeasuredIndexer, type MeasuredIndexer } from "./scale/indexer.js";
import { BENCH_TMP } from "./scale/isolate.js";
import { measurePage, scalePages, type PageFigures, type PageName, type PageTarget } from "./scale/pages.js";
import { freePort } from "../scripts/node/free-port.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

interface Options {
  attestations: number;
  seed?: number;
  out: string;
  runs: number;
  exportLog: boolean;
  blockSeconds: number;
  postgres: boolean;
  limited: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    attestations: 250_000,
    out: path.join(ROOT, "bench", "results", "scale.json"),
    runs: 3,
    exportLog: true,
    blockSeconds: 12,
    postgres: false,
    limited: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const whole = (v: string, what: string) => {
      const n = Number(v.replace(/[_,]/g, ""));
      if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${what}: expected a whole number > 0, got "${v}"`);
      return n;
    };
    if (arg === "--attestations") opts.attestations = whole(value(), "--attestations");
    else if (arg === "--seed") opts.seed = whole(value(), "--seed");
    else if (arg === "--out") opts.out = path.resolve(value());
    else if (arg === "--runs") opts.runs = whole(value(), "--runs");
    else if (arg === "--no-export") opts.exportLog = false;
    else if (arg === "--postgres") opts.postgres = true;
    else if (arg === "--no-limited") opts.limited = false;
    else if (arg === "--block-seconds") opts.blockSeconds = whole(value(), "--block-seconds");
    else throw new Error(`unknown option ${arg} (see bench/scale.ts)`);
  }
  return opts;
}

const t0 = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`);
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MB`;

interface PageRecord {
  ms: number;
  requests: number;
  bytes: number;
}

async function measurePages(site: StaticSite, nodeUrl: string, indexerUrl: string, targets: readonly PageTarget[], runs: number) {
  const pages = {} as Record<PageName, PageRecord>;
  const details = {} as Record<PageName, Omit<PageFigures, "text" | "bodyText"> & { runs: number[] }>;
  for (const target of targets) {
    const all: PageFigures[] = [];
    for (let r = 0; r < runs; r++) all.push(await measurePage({ appUrl: site.url, nodeUrl, indexerUrl, target }));
    const sorted = [...all].sort((a, b) => a.ms - b.ms);
    const median = sorted[Math.floor((sorted.length - 1) / 2)] as PageFigures;
    pages[target.name] = { ms: median.ms, requests: median.requests, bytes: median.bytes };
    const { text: _text, bodyText: _body, ...rest } = median;
    details[target.name] = { ...rest, runs: all.map((f) => f.ms) };
    log(
      `  ${target.name.padEnd(8)} ${String(median.ms).padStart(6)} ms  ${String(median.requests).padStart(3)} requests (node ${median.node.requests}, indexer ${median.indexer.requests})  ` +
        `${mb(median.bytes)}  [app files ${mb(median.app.bytes)}; next 3 s: ${median.after.requests} requests, ${mb(median.after.bytes)}]` +
        (median.errors.length ? `  errors: ${median.errors.slice(0, 3).join(" | ")}` : ""),
    );
  }
  return { pages, details };
}

async function countLogs(rpc: Rpc, address: string, fromBlock: number, toBlock: number): Promise<number> {
  let n = 0;
  for (let from = fromBlock; from <= toBlock; from += 50) {
    const to = Math.min(toBlock, from + 49);
    n += (await rpc.call<unknown[]>("eth_getLogs", [{ address, fromBlock: `0x${from.toString(16)}`, toBlock: `0x${to.toString(16)}` }])).length;
  }
  return n;
}

/** Where an indexer of `name` ("baseline", "full") reads and keeps its index. */
const indexerAt = (e: ScaleEnvironment, port: number, name: string) => ({
  rpcUrl: e.node.url,
  chainId: e.record.chainId,
  programme: e.record.programme,
  startBlock: e.record.deploymentBlock,
  port,
  dataDir: path.join(BENCH_TMP, `index-${name}`),
  ...(postgres ? { databaseUrl: postgres.url, databaseSchema: `bench_${name}` } : {}),
});

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const N = opts.attestations;
  const baselineTotal = Math.round(N / 10);
  log(
    `bench:scale: ${N.toLocaleString("en")} attestations (baseline ${baselineTotal.toLocaleString("en")}); ${os.cpus().length} cores, ${mb(os.totalmem())} RAM, Node ${process.version}`,
  );

  try {
    env = await startScaleEnvironment({
      attestations: N,
      stops: [baselineTotal],
      blockSeconds: opts.blockSeconds,
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      log,
    });
    const rpc = new Rpc(env.node.url);
    const record = env.record;
    const seedBlock = Number(await blockNumber(rpc));
    const seedEvents = await countLogs(rpc, record.programme, record.deploymentBlock, seedBlock);
    const marks = env.executor.landmarks;
    log(
      `node ${env.node.url} (pid ${env.node.pid}); deployed and seeded in ${(env.seedMs / 1000).toFixed(1)} s: ${env.sampleAttestations} attestations, ${seedEvents} events`,
    );
    log(
      `busy project #${marks.busyProject.id} "${marks.busyProject.title}" (${marks.busyProject.sampleAttestations} + ${marks.busyProject.fillQuota} attestations); ` +
        `busy document ${marks.busyDocument.contentHash} (${marks.busyDocument.fillQuota} attestations); ${marks.acceptances} acceptances`,
    );

    // the dApp, built once for this chain and an indexer port chosen now
    const indexerPort = await freePort();
    const indexerUrl = `http://127.0.0.1:${indexerPort}`;
    const tBuild = performance.now();
    dist = await buildDapp(
      { chainId: record.chainId, rpcUrl: env.node.url, programme: record.programme, reader: record.reader, deploymentBlock: record.deploymentBlock },
      indexerUrl,
    );
    site = await serveStatic(dist);
    log(`dApp built in ${((performance.now() - tBuild) / 1000).toFixed(1)} s, served at ${site.url}; indexer will listen at ${indexerUrl}`);
    const targets = scalePages({
      entityId: marks.busyProject.entityId,
      zoneId: marks.busyProject.zoneId,
      projectId: marks.busyProject.id,
      documentHash: marks.busyDocument.contentHash,
    });

    // ---- step 1: the baseline, N/10
    await env.fillTo(baselineTotal);
    const fill1 = { ...env.executor.stats };
    const head1 = await blockNumber(rpc);
    const nodeBaseline = env.node.memory();
    const events1 = seedEvents + fill1.events;
    log(`baseline: ${baselineTotal.toLocaleString("en")} attestations, block ${head1}, node RSS ${nodeBaseline.rssMB} MB; starting the indexer`);
    if (opts.postgres) {
      postgres = await startPostgres();
      log(`PostgreSQL ${postgres.version} at ${postgres.url} for the indexer`);
    }
    indexer = await startMeasuredIndexer({ ...indexerAt(env, indexerPort, "baseline"), head: head1 });
    const indexer1 = { catchUpSeconds: indexer.catchUpSeconds, events: events1, eventsPerSecond: events1 / indexer.catchUpSeconds, rssMB: indexer.peakRssMB };
    log(
      `indexer caught up in ${indexer.catchUpSeconds.toFixed(1)} s (${Math.round(indexer1.eventsPerSecond)} events/s, peak RSS ${indexer.peakRssMB} MB); pages at the baseline:`,
    );
    const baseline = await measurePages(site, env.node.url, indexerUrl, targets, opts.runs);
    await indexer.stop();
    indexer = undefined;

    // ---- step 2: on to N
    log(`filling on to ${N.toLocaleString("en")}`);
    await env.fillTo(N);
    const fill = env.executor.stats;
    const head = await blockNumber(rpc);
    const nodeMemory = env.node.memory();
    const events = seedEvents + fill.events;
    const fillSeconds = fill.ms / 1000;
    log(
      `filled ${fill.attestations.toLocaleString("en")} attestations in ${fillSeconds.toFixed(1)} s (${Math.round(fill.attestations / fillSeconds)}/s): ` +
        `${fill.revocations} revoked, ${fill.acceptances} acceptances, ${fill.transactions} transactions in ${fill.blocks} blocks (and ${fill.emptyBlocks.toLocaleString("en")} empty ones); node RSS ${nodeMemory.rssMB} MB (peak ${nodeMemory.peakRssMB} MB)`,
    );
    // the baseline's indexer, restarted on its own folder: it resumes and catches up the new events
    indexer = await startMeasuredIndexer({ ...indexerAt(env, indexerPort, "baseline"), head });
    const resumed = {
      resumed: indexer.indexer.resumed,
      events: events - events1,
      catchUpSeconds: round1(indexer.catchUpSeconds),
      eventsPerSecond: Math.round((events - events1) / indexer.catchUpSeconds),
      rssMB: indexer.peakRssMB,
    };
    log(
      `indexer restarted on the baseline's index (runner: resumed=${resumed.resumed}): ${resumed.events.toLocaleString("en")} new events in ${resumed.catchUpSeconds} s (${resumed.eventsPerSecond} events/s, peak RSS ${resumed.rssMB} MB)`,
    );
    await indexer.stop();
    indexer = undefined;
    // and a fresh one, from an empty folder: the figure in the file
    const head2 = await blockNumber(rpc);
    indexer = await startMeasuredIndexer({ ...indexerAt(env, indexerPort, "full"), head: head2 });
    const indexerFull = { catchUpSeconds: indexer.catchUpSeconds, eventsPerSecond: events / indexer.catchUpSeconds, rssMB: indexer.peakRssMB };
    log(
      `indexer caught up ${events.toLocaleString("en")} events in ${indexer.catchUpSeconds.toFixed(1)} s (${Math.round(indexerFull.eventsPerSecond)} events/s, peak RSS ${indexer.peakRssMB} MB); pages at ${N.toLocaleString("en")}:`,
    );
    const full = await measurePages(site, env.node.url, indexerUrl, targets, opts.runs);
    const indexerSteadyRss = indexer.rssMB();
    let limited: Awaited<ReturnType<typeof measurePages>> | undefined;
    if (opts.limited) {
      limitedDist = await buildDapp(
        { chainId: record.chainId, rpcUrl: env.node.url, programme: record.programme, reader: record.reader, deploymentBlock: record.deploymentBlock },
        null,
      );
      limitedSite = await serveStatic(limitedDist);
      log(`pages at ${N.toLocaleString("en")} in the limited mode (no indexer):`);
      limited = await measurePages(limitedSite, env.node.url, indexerUrl, targets, opts.runs);
      await limitedSite.stop();
      limitedSite = undefined;
    }

    // ---- step 3: export
    let exportChain: ExportFigures | undefined;
    let exportIndexer: ExportFigures | undefined;
    if (opts.exportLog) {
      log("export (from the chain):");
      exportChain = await measureExport(env.node.url, path.join(BENCH_TMP, "export-chain"));
      log(
        `  exit ${exportChain.exitCode}, ${exportChain.seconds.toFixed(1)} s, peak RSS ${exportChain.peakRssMB} MB, files ${JSON.stringify(exportChain.files)}`,
      );
      if (exportChain.exitCode !== 0) log(`  its output:\n${exportChain.output}`);
      if (await exportTakesIndexer()) {
        log("export --indexer:");
        exportIndexer = await measureExport(env.node.url, path.join(BENCH_TMP, "export-indexer"), ["--indexer", indexerUrl]);
        log(`  exit ${exportIndexer.exitCode}, ${exportIndexer.seconds.toFixed(1)} s, peak RSS ${exportIndexer.peakRssMB} MB`);
        if (exportIndexer.exitCode !== 0) log(`  its output:\n${exportIndexer.output}`);
      }
    }

    // ---- the file
    const ratio = (name: PageName) => Math.round((full.pages[name].ms / Math.max(1, baseline.pages[name].ms)) * 100) / 100;
    const names = Object.keys(full.pages) as PageName[];
    const result = {
      attestations: N,
      nodeRssMB: nodeMemory.rssMB,
      fill: { seconds: round1(fillSeconds), perSecond: Math.round(fill.attestations / fillSeconds) },
      indexer: { catchUpSeconds: round1(indexerFull.catchUpSeconds), eventsPerSecond: Math.round(indexerFull.eventsPerSecond), rssMB: indexerFull.rssMB },
      pages: full.pages,
      baseline: { attestations: baselineTotal, pages: baseline.pages },
      export: exportChain ? { seconds: round1(exportChain.seconds), peakRssMB: exportChain.peakRssMB } : null,
      details: {
        measuredAt: new Date().toISOString(),
        machine: { cores: os.cpus().length, memoryMB: Math.round(os.totalmem() / 1_048_576), node: process.version },
        indexerStorage: postgres ? `PostgreSQL ${postgres.version}` : "PGlite",
        definitions: {
          attestations: "attestations in the whole log (the sample's 1,973 included)",
          pages:
            "cold load (fresh Chromium profile) from navigation start until every data-testid=page-data region is data-ready=true (Verify: and the verdict shows, after pasting the hash); requests and bytes: to the node and the indexer until then (bytes = encodedDataLength); CORS preflights not counted",
          indexer:
            "a fresh indexer (empty PGlite folder) from start until it has folded in the head block; events = every log of the programme; rssMB = peak RSS of its processes during catch-up (details: the baseline's indexer resumed on its folder after the fill)",
          fill: "attestBatch transactions from the attesters' own node accounts, automine off, pipelined JSON-RPC; seconds = both steps, planning included",
        },
        seed: { seconds: round1(env.seedMs / 1000), attestations: env.sampleAttestations, events: seedEvents },
        fill: {
          attestations: fill.attestations,
          revocations: fill.revocations,
          acceptances: fill.acceptances,
          transactions: fill.transactions,
          blocks: fill.blocks,
          emptyBlocks: fill.emptyBlocks,
          blockSeconds: opts.blockSeconds,
          gasUsed: fill.gasUsed.toString(),
          maxTransactionGas: Number(fill.maxTxGas),
          events: fill.events,
          steps: [
            { to: baselineTotal, seconds: round1(fill1.ms / 1000), perSecond: Math.round(fill1.attestations / Math.max(0.001, fill1.ms / 1000)) },
            {
              to: N,
              seconds: round1((fill.ms - fill1.ms) / 1000),
              perSecond: Math.round((fill.attestations - fill1.attestations) / Math.max(0.001, (fill.ms - fill1.ms) / 1000)),
            },
          ],
        },
        landmarks: {
          project: {
            id: marks.busyProject.id,
            title: marks.busyProject.title,
            attestations: marks.busyProject.sampleAttestations + marks.busyProject.fillQuota,
          },
          entity: marks.busyProject.entityId,
          zone: marks.busyProject.zoneId,
          document: { contentHash: marks.busyDocument.contentHash, attestations: marks.busyDocument.fillQuota },
        },
        node: { rssMB: nodeMemory.rssMB, peakRssMB: nodeMemory.peakRssMB, baselineRssMB: nodeBaseline.rssMB, blocks: Number(head) },
        indexer: {
          events,
          steadyRssMB: indexerSteadyRss,
          resumedFromBaseline: resumed,
          baseline: { ...indexer1, catchUpSeconds: round1(indexer1.catchUpSeconds), eventsPerSecond: Math.round(indexer1.eventsPerSecond) },
        },
        pages: full.details,
        baselinePages: baseline.details,
        limitedPages: limited ? limited.details : null,
        export: { chain: exportChain ?? null, indexer: exportIndexer ?? null },
        targets: {
          pageMsAtMost1500: Object.fromEntries(names.map((n) => [n, full.pages[n].ms <= 1_500])),
          requestsAtMost10: Object.fromEntries(names.map((n) => [n, full.pages[n].requests <= 10])),
          bytesAtMost1MB: Object.fromEntries(names.map((n) => [n, full.pages[n].bytes <= 1_000_000])),
          slowdownVsBaseline: Object.fromEntries(names.map((n) => [n, ratio(n)])),
          slowdownAtMost1_5: Object.fromEntries(names.map((n) => [n, ratio(n) <= 1.5])),
          indexerAtLeast5000EventsPerSecond: indexerFull.eventsPerSecond >= 5_000,
          exportPeakRssAtMost1GiB: exportChain ? exportChain.exitCode === 0 && exportChain.peakRssMB <= 1_024 : null,
        },
      },
    };
    await mkdir(path.dirname(opts.out), { recursive: true });
    await writeFile(opts.out, JSON.stringify(result, null, 2) + "\n");
    log(`wrote ${path.relative(process.cwd(), opts.out)}`);
  } finally {
    await cleanup();
  }
}

// what is running, for the clean-up (also on Ctrl-C: the node and the indexer run in their own process groups)
let env: ScaleEnvironment | undefined;
let site: StaticSite | undefined;
let indexer: MeasuredIndexer | undefined;
let dist: string | undefined;
let limitedSite: StaticSite | undefined;
let limitedDist: string | undefined;
let postgres: PostgresServer | undefined;
let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  return (cleaning ??= (async () => {
    await indexer?.stop().catch(() => undefined);
    await site?.stop().catch(() => undefined);
    await limitedSite?.stop().catch(() => undefined);
    await postgres?.stop().catch(() => undefined);
    await env?.stop().catch(() => undefined);
    for (const d of [dist, limitedDist]) if (d) await rm(d, { recursive: true, force: true });
    await rm(BENCH_TMP, { recursive: true, force: true });
  })());
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // on (not once): tsx relays the signal the process group already got, and a second one must not kill us mid-clean-up
  process.on(signal, () => {
    if (cleaning) return;
    console.error(`bench:scale: ${signal}, stopping what it started`);
    void cleanup().finally(() => process.exit(130));
  });
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

try {
  await main();
  process.exit(0);
} catch (error) {
  console.error(`bench:scale failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
}
