/**
 * `npm start`: a running, seeded local pilot programme in one command.
 *
 *  1. validates the sample (data/sample-programme.json) before anything is sent;
 *  2. starts the local chain in this process (Hardhat's EDR, the `node` network) behind the
 *     JSON-RPC guard on 127.0.0.1:<port> (scripts/start/local-chain.ts, scripts/node-guard/: only
 *     the dApp's origin and non-browser clients are answered), or reuses a node already listening
 *     there (warning when it answers any web page), while compiling;
 *  3. deploys the suite with Ignition (or reuses the recorded deployment), seeds it,
 *     writes the deployment record and frontend/src/generated/deployment.ts;
 *  4. starts the indexer (scripts/indexer/indexer-process.ts: Ponder, PGlite; when this run seeds,
 *     beside the seeding, its chain reads held until the seed is on chain) and waits until it
 *     is ready and has reached the chain head; a fresh chain never gets a stale index (it is
 *     detected and rebuilt); writes its URL into the dApp's generated file (`indexerUrl`);
 *  5. starts the dApp dev server (when frontend/ exists) and lets its origin through the guard,
 *     prints URLs and dev accounts;
 *  6. on Ctrl-C (SIGINT/SIGTERM) stops everything it started.
 *
 * Options: --port <n> (8545)  --no-frontend  --no-indexer  --exit (stop after setup)
 *          --indexer-port <n> (42069 with the default node port, when free; else a free port)
 *          --index-dir <dir> (PGlite; default indexer/.ponder/pglite, -<port> for other node ports)
 *          --allow-origin <origin> (repeatable: another page the guard answers, e.g. `vite preview`)
 *          --sample <file>  --generated <file>  --deployment-id <id>
 *          --office governor|account (default governor: the timelock governed by the sixteen seats)
 * Env: PILOT_DEPLOYMENTS_DIR moves the deployment records (tests); PILOT_INDEX_DIR the index.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { formatAccountsTable, curatedAccounts } from "./dev-accounts-table.js";
import { answersForeignPages, startLocalChain, type LocalChain } from "./local-chain.js";
import { ensureLocalProgramme, readRegistry } from "./local-programme.js";
import type { DeploymentRecord } from "../deploy/deployment-record.js";
import { hasChildren, killAllNow, startChild, stopAll, type Child } from "./processes.js";
import { chainName, sampleAccounts } from "../deploy/publish.js";
import { writeGeneratedFile } from "../deploy/generated-file.js";
import { DEFAULT_DATA_DIR, ensurePgliteTemplate, startIndexer, type RunningIndexer } from "../indexer/indexer-process.js";
import { freePort, isPortFree, LOOPBACK } from "../node/free-port.js";
import { originOf } from "../node-guard/request-policy.js";
import { blockNumber } from "../node/dev-methods.js";
import { isRpcUp, Rpc } from "../node/rpc.js";
import { DEFAULT_SAMPLE_PATH, loadSample, SampleValidationError } from "../sample/validate.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const HOST = LOOPBACK;

interface Options {
  port: number;
  frontend: boolean;
  indexer: boolean;
  indexerPort?: number;
  indexDir?: string;
  exitAfterSetup: boolean;
  sample: string;
  generated?: string;
  deploymentId?: string;
  allowOrigins: string[];
  office?: "account" | "governor";
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { port: 8545, frontend: true, indexer: true, exitAfterSetup: false, sample: DEFAULT_SAMPLE_PATH, allowOrigins: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--port") opts.port = Number(value());
    else if (arg === "--no-frontend") opts.frontend = false;
    else if (arg === "--no-indexer") opts.indexer = false;
    else if (arg === "--indexer-port") opts.indexerPort = Number(value());
    else if (arg === "--index-dir") opts.indexDir = path.resolve(value());
    else if (arg === "--exit") opts.exitAfterSetup = true;
    else if (arg === "--sample") opts.sample = path.resolve(value());
    else if (arg === "--generated") opts.generated = path.resolve(value());
    else if (arg === "--deployment-id") opts.deploymentId = value();
    else if (arg === "--office") {
      const office = value();
      if (office !== "account" && office !== "governor") throw new Error(`--office: "governor" (the default) or "account", not "${office}"`);
      opts.office = office;
    } else if (arg === "--allow-origin") {
      const origin = originOf(value());
      if (!origin) throw new Error("--allow-origin: not an origin (scheme://host:port)");
      opts.allowOrigins.push(origin);
    } else throw new Error(`unknown option ${arg} (see scripts/start/start.ts)`);
  }
  if (!Number.isInteger(opts.port) || opts.port <= 0 || opts.port > 65535) throw new Error("--port: not a port number");
  if (opts.indexerPort !== undefined && (!Number.isInteger(opts.indexerPort) || opts.indexerPort <= 0 || opts.indexerPort > 65535)) {
    throw new Error("--indexer-port: not a port number");
  }
  return opts;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, child?: Child): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    if (child && (child.process.exitCode !== null || child.process.signalCode !== null)) throw new Error(`${child.name} exited early`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${seconds(timeoutMs)}`);
}

/** The chain behind the guard, started here; or the node already listening on the port, reused. */
async function startNode(hre: HardhatRuntimeEnvironment, opts: Options): Promise<{ reused: boolean; unguarded?: boolean }> {
  const url = `http://${HOST}:${opts.port}`;
  if (await isRpcUp(url)) return { reused: true, unguarded: await answersForeignPages(url) };
  try {
    chain = await startLocalChain({ hre, port: opts.port, dappOrigins: opts.allowOrigins });
  } catch (error) {
    // a node that was too slow to answer the first check (a busy machine) holds the port: reuse it
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE" && (await isRpcUp(url, 15_000)))
      return { reused: true, unguarded: await answersForeignPages(url) };
    throw new Error(`local chain on ${url}: ${(error as Error).message}`);
  }
  return { reused: false };
}

async function startFrontend(): Promise<string> {
  const child = startChild("dApp dev server", "npm", ["run", "dev", "-w", "frontend"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const urlPattern = new RegExp(`https?://${HOST.replace(/\./g, "\\.")}:\\d+/?`);
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.process.stdout?.on("data", onData);
  child.process.stderr?.on("data", onData);
  // eslint-disable-next-line no-control-regex -- the escape character is what the pattern matches: ANSI colour codes in the dev server's output
  const clean = () => output.replace(/\u001b\[[0-9;]*m/g, "");
  await waitFor(async () => urlPattern.test(clean()), 60_000, child).catch((error: Error) => {
    throw new Error(`dApp dev server: ${error.message}\n${clean().slice(-2000)}`);
  });
  // keep draining so the pipe never fills; show the dev server's later messages
  child.process.stdout?.off("data", onData);
  child.process.stderr?.off("data", onData);
  child.process.stdout?.on("data", (c: Buffer) => process.stdout.write(`[dApp] ${c.toString()}`));
  child.process.stderr?.on("data", (c: Buffer) => process.stderr.write(`[dApp] ${c.toString()}`));
  return (clean().match(urlPattern) as RegExpMatchArray)[0];
}

/** 42069 (Ponder's usual port) with the default node port when it is free, else any free port. */
async function indexerPort(opts: Options): Promise<number> {
  if (opts.indexerPort) return opts.indexerPort;
  if (opts.port === 8545) {
    if (await isPortFree(42069)) return 42069;
  }
  return freePort();
}

/** The PGlite directory of this node's index: one per node port, so two local chains never share one. */
function indexDir(opts: Options): string {
  if (opts.indexDir) return opts.indexDir;
  if (process.env.PILOT_INDEX_DIR) return path.resolve(process.env.PILOT_INDEX_DIR);
  return opts.port === 8545 ? DEFAULT_DATA_DIR : `${DEFAULT_DATA_DIR}-${opts.port}`;
}

async function main(): Promise<number> {
  // from the start of this process (tsx and module loading included), not of main()
  const t0 = Math.round(performance.timeOrigin);
  const opts = parseArgs(process.argv.slice(2));
  const url = `http://${HOST}:${opts.port}`;
  const log = (line: string) => console.log(line);

  // 1. the sample, validated before any transaction
  const sample = await loadSample(opts.sample);
  log(
    `sample: ${sample.zones.length} zones, ${sample.entities.length} entities, ${sample.projects.length} projects, ${sample.attestations.length} attestations (valid)`,
  );

  // 2. the chain behind its guard and compilation, side by side, in this process
  // the indexer's empty database, made once, beside compilation (a failure shows when the indexer starts)
  if (opts.indexer) ensurePgliteTemplate().catch(() => undefined);
  const { default: hre } = await import("hardhat");
  if (!existsSync(path.join(ROOT, "artifacts", "contracts"))) {
    // (solc's warnings about OpenZeppelin's names are dropped: scripts/hardhat/solidity-build.ts)
    log("compiling the contracts (first run)");
  }
  const nodeReady = startNode(hre, opts);
  const built = hre.tasks.getTask("build").run({ quiet: true, noTests: true });
  const [node] = await Promise.all([nodeReady, built]);
  if (node.reused) {
    log(`node: reusing the one listening on ${url}`);
    if (node.unguarded) {
      log(`  WARNING: it answers any web page (a plain \`hardhat node\` does): while it runs, a page open in your browser can sign as its dev accounts.`);
      log(`  Stop it and let npm start run its own chain, which answers only the dApp (docs/threat-model.md §3.13).`);
    }
  } else {
    log(
      `node: started the local chain (Hardhat EDR, in this process) on ${url} in ${seconds(Date.now() - t0)}, behind the JSON-RPC guard: it answers the dApp's page and non-browser clients only`,
    );
  }

  // 3. deploy / reuse, seed, generated file. When this run seeds, the indexer starts as soon as the
  //    deployment is known: Ponder's own start-up (about 7 s) runs beside the seeding, and its chain
  //    reads wait (scripts/indexer/rpc-gate.ts) until the seed is on chain, so it is indexed in bulk.
  const dataDir = indexDir(opts);
  let indexerStarted = 0;
  let indexing: Promise<RunningIndexer> | undefined;
  let seedingDone!: () => void;
  const seeding = new Promise<void>((resolve) => (seedingDone = resolve));
  const launchIndexer = (record: DeploymentRecord, holdUntil?: Promise<void>) => {
    indexerStarted = Date.now();
    indexing = indexerPort(opts).then((port) =>
      startIndexer({
        rpcUrl: url,
        chainId: record.chainId,
        programme: record.programme as `0x${string}`,
        startBlock: record.deploymentBlock,
        port,
        dataDir,
        log: indexerLine,
        ...(holdUntil ? { holdUntil } : {}),
      }),
    );
    // known to Ctrl-C and to the final clean-up as soon as it runs; a failure is reported below
    indexing.then(
      (running) => (indexer = running),
      () => undefined,
    );
  };
  const programme = await ensureLocalProgramme({
    hre,
    url,
    sample,
    log,
    ...(opts.deploymentId ? { deploymentId: opts.deploymentId } : {}),
    ...(opts.generated ? { generatedFile: opts.generated } : {}),
    ...(opts.office ? { office: opts.office } : {}),
    ...(opts.indexer ? { beforeSeeding: (record: DeploymentRecord) => launchIndexer(record, seeding) } : {}),
  }).finally(seedingDone);
  const read = await readRegistry(url, programme.record.reader);
  log(`wrote ${path.relative(ROOT, programme.generatedFile)}`);

  // 4. the indexer (started above when this run seeded), once it has reached the chain head
  let indexedTo: bigint | undefined;
  if (opts.indexer) {
    if (!indexing) launchIndexer(programme.record);
    const running = await (indexing as Promise<RunningIndexer>).catch((error: Error) => {
      throw new Error(`${error.message}\n(start without it: npm start -- --no-indexer)`);
    });
    indexer = running;
    const head = await blockNumber(new Rpc(url));
    await running.waitForBlock(head, 300_000);
    indexedTo = head;
    log(
      `indexer: ${running.resumed ? "resumed" : "built"} the index in ${path.relative(ROOT, dataDir) || dataDir}, ready at block ${head} in ${seconds(Date.now() - indexerStarted)}`,
    );
    if (!opts.exitAfterSetup) {
      await writeGeneratedFile(
        {
          record: programme.record,
          chainName: chainName(programme.record),
          rpcUrl: url,
          accounts: sampleAccounts(sample, programme.nodeAccounts, programme.governed),
          seeded: true,
          indexerUrl: running.url,
        },
        programme.generatedFile,
      );
      log(`wrote indexerUrl ${running.url} into ${path.relative(ROOT, programme.generatedFile)}`);
    }
  }

  const elapsed = Date.now() - t0;
  log(
    `READY: seeded, readable registry in ${seconds(elapsed)} — ${read.zones} zones, ${read.entities} entities, ${read.projects} projects, ` +
      `${programme.totals.attestations} attestations` +
      (programme.seeded
        ? ` (seeding: ${programme.seeded.transactions} transactions in ${programme.seeded.blocks} blocks, ${seconds(programme.seeded.ms)})`
        : "") +
      (indexedTo !== undefined ? `; indexed to block ${indexedTo}` : ""),
  );

  // 5. the dApp
  let dappUrl: string | undefined;
  if (opts.frontend && !opts.exitAfterSetup) {
    if (existsSync(path.join(ROOT, "frontend", "package.json"))) dappUrl = await startFrontend();
    else log("dApp: frontend/ does not exist yet; skipping the dev server");
  }
  // the guard answers the dApp's page from now on (and no other page, ever)
  if (dappUrl) chain?.allowDapp(dappUrl, opts.allowOrigins);
  if (dappUrl && node.reused && !node.unguarded) {
    log(`note: the node on ${url} is guarded by another npm start: it answers that one's dApp page, not ${dappUrl}`);
  }
  const browserOrigins = chain ? chain.guard.dappOrigins() : [];

  log("");
  log(
    `  JSON-RPC   ${url}   (chain ${programme.record.chainId}; ` +
      (chain
        ? `answers non-browser clients${browserOrigins.length ? ` and pages from ${browserOrigins.join(", ")}` : ""}, no other page)`
        : node.unguarded
          ? "not npm start's: answers any page)"
          : "not npm start's)"),
  );
  if (indexer) log(`  Indexer    ${indexer.url}   (GraphQL /graphql, SQL /sql, /meta${opts.exitAfterSetup ? "; stopped on exit" : ""})`);
  if (dappUrl) log(`  dApp       ${dappUrl}`);
  log(`  PilotProgramme  ${programme.record.programme}`);
  log(`  ProgrammeReader ${programme.record.reader}`);
  log("");
  log("Dev accounts (well-known Hardhat test keys: for this local chain ONLY, never for real funds):");
  log(formatAccountsTable(curatedAccounts(sample, programme.nodeAccounts, programme.governed)));
  log(
    `(${sampleAccounts(sample, programme.nodeAccounts, programme.governed).length} accounts in all; every role label is in ${path.relative(ROOT, programme.generatedFile)})`,
  );

  if (opts.exitAfterSetup || (!hasChildren() && !indexer && !chain)) return 0;
  log("\nRunning. Press Ctrl-C to stop everything npm start started.");
  waiting = true;
  await stopRequested;
  log("stopping...");
  return 0;
}

// Ctrl-C (SIGINT) or SIGTERM: while running, main() returns and `finally` stops the children;
// during set-up, stop them right away. A synchronous exit still KILLs them.
let waiting = false;
let indexer: RunningIndexer | undefined;
let chain: LocalChain | undefined;
/** The indexer's log: its warnings and errors only (an idle dev chain's "no new block" and our own stop aside). */
const QUIET = /No new block received|Received SIGTERM|Started shutdown sequence/;
const indexerLine = (line: string) => {
  if (/^(warn|error) /.test(line) && !QUIET.test(line)) console.log(`[indexer] ${line}`);
  else if (line.startsWith("indexer: ")) console.log(`  ${line.slice("indexer: ".length)}`);
};
const stopEverything = async () => {
  await Promise.all([indexer?.stop(), stopAll()]);
  await chain?.close();
};
const stopRequested = new Promise<void>((resolve) => {
  let seen = false;
  const onSignal = () => {
    if (seen) return;
    seen = true;
    resolve();
    if (!waiting) void stopEverything().then(() => process.exit(130));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
});
process.on("exit", killAllNow);
let code = 1;
try {
  code = await main();
} catch (error) {
  const message = error instanceof SampleValidationError ? `invalid sample, nothing sent: ${error.message}` : ((error as Error).stack ?? String(error));
  console.error(`npm start failed: ${message}`);
} finally {
  await stopEverything();
}
process.exit(code);
