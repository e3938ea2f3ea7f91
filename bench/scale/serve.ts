/**
 * A programme at scale, kept running: node, deploy, seed, fill to N, indexer.
 * The CI scale test (e2e/harness/scaleChain.ts) runs this as a child
 * process and reads two lines from its stdout:
 *
 *   SCALE_CHAIN {json}   as soon as the suite is deployed and seeded (chain, addresses,
 *                        the indexer's URL to come, the fill's landmarks): build the dApp now
 *   SCALE_FILLED {json}  once the fill is done (the limited mode can be measured now)
 *   SCALE_READY {json}   once the indexer has caught up too (figures)
 *
 * It stops everything it started on SIGTERM, SIGINT or when its stdin closes.
 * Also handy by hand: `tsx bench/scale/serve.ts --attestations 50000` and point a
 * dApp build at the printed URLs.
 *
 * Options: --attestations N (whole log, default 20000)  --seed S  --no-indexer
 *          --block-seconds S (seconds between blocks, empty ones included; default 12)
 */
import "./isolate.js";
import { rm } from "node:fs/promises";
import path from "node:path";
import { Interface } from "ethers";
import { pilotProgrammeAbi } from "@pilot/sdk/generated/abis";
import { blockNumber } from "../../scripts/node/dev-methods.js";
import { Rpc } from "../../scripts/node/rpc.js";
import { readTotals } from "../../scripts/node/totals.js";
import { startScaleEnvironment, type ScaleEnvironment } from "./environment.js";
import { startMeasuredIndexer, type MeasuredIndexer } from "./indexer.js";
import { BENCH_TMP } from "./isolate.js";
import { freePort } from "../../scripts/node/free-port.js";

let env: ScaleEnvironment | undefined;
let indexer: MeasuredIndexer | undefined;
let stopping: Promise<void> | undefined;
const stop = () =>
  (stopping ??= (async () => {
    await indexer?.stop().catch(() => undefined);
    await env?.stop().catch(() => undefined);
    await rm(BENCH_TMP, { recursive: true, force: true });
  })());
// on (not once): tsx relays the signal the process group already got, and a second one must not kill us mid-clean-up
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop().finally(() => process.exit(0)));
process.stdin.on("end", () => void stop().finally(() => process.exit(0)));
process.stdin.resume();

const log = (line: string) => process.stderr.write(`[scale] ${line}\n`);

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const attestations = Number(arg("--attestations") ?? 20_000);
  const seed = arg("--seed");
  const withIndexer = !argv.includes("--no-indexer");
  const blockSeconds = Number(arg("--block-seconds") ?? 12);
  const t0 = performance.now();

  env = await startScaleEnvironment({ attestations, blockSeconds, ...(seed ? { seed: Number(seed) } : {}), log });
  const seeded = performance.now();
  const indexerPort = await freePort();
  const indexerUrl = withIndexer ? `http://127.0.0.1:${indexerPort}` : null;
  const m = env.executor.landmarks;
  const chain = {
    chainId: env.record.chainId,
    rpcUrl: env.node.url,
    programme: env.record.programme,
    reader: env.record.reader,
    deploymentBlock: env.record.deploymentBlock,
    indexerUrl,
    landmarks: {
      projectId: m.busyProject.id,
      projectTitle: m.busyProject.title,
      projectAttestations: m.busyProject.sampleAttestations + m.busyProject.fillQuota,
      entityId: m.busyProject.entityId,
      entityName: env.world.projects[m.busyProject.id - 1]?.entityName ?? "",
      zoneId: m.busyProject.zoneId,
      zoneName: env.world.projects[m.busyProject.id - 1]?.zoneName ?? "",
      documentHash: m.busyDocument.contentHash,
      documentAttestations: m.busyDocument.fillQuota,
    },
  };
  process.stdout.write(`SCALE_CHAIN ${JSON.stringify(chain)}\n`);

  await env.fillTo(attestations);
  const filled = performance.now();
  const stats = env.executor.stats;
  process.stdout.write(`SCALE_FILLED ${JSON.stringify({ attestations: stats.attestations, seconds: stats.ms / 1000 })}\n`);
  let indexerFigures: { catchUpSeconds: number; peakRssMB: number } | null = null;
  if (indexerUrl) {
    const head = await blockNumber(new Rpc(env.node.url));
    indexer = await startMeasuredIndexer({
      rpcUrl: env.node.url,
      chainId: env.record.chainId,
      programme: env.record.programme,
      startBlock: env.record.deploymentBlock,
      port: indexerPort,
      dataDir: path.join(BENCH_TMP, "index"),
      head,
    });
    indexerFigures = { catchUpSeconds: indexer.catchUpSeconds, peakRssMB: indexer.peakRssMB };
  }
  const ready = {
    attestations,
    seconds: {
      seed: (seeded - t0) / 1000,
      fill: (filled - seeded) / 1000,
      indexer: indexerFigures?.catchUpSeconds ?? 0,
      total: (performance.now() - t0) / 1000,
    },
    fill: {
      attestations: stats.attestations,
      revocations: stats.revocations,
      acceptances: stats.acceptances,
      transactions: stats.transactions,
      blocks: stats.blocks,
      perSecond: stats.attestations / (stats.ms / 1000),
    },
    nodeRssMB: env.node.memory().rssMB,
    onChain: await readTotals(new Rpc(env.node.url), new Interface(pilotProgrammeAbi), env.record.programme),
    indexer: indexerFigures,
  };
  process.stdout.write(`SCALE_READY ${JSON.stringify(ready)}\n`);
}

main().catch(async (error: unknown) => {
  process.stdout.write(`SCALE_FAILED ${JSON.stringify((error as Error).stack ?? String(error))}\n`);
  await stop();
  process.exit(1);
});
