/**
 * `npm start`: a running, seeded local pilot programme in one command.
 *
 *  1. validates the sample (data/sample-programme.json) before anything is sent;
 *  2. starts `hardhat node` on 127.0.0.1:<port> (or reuses one already listening)
 *     while compiling in-process;
 *  3. deploys the suite with Ignition (or reuses the recorded deployment), seeds it,
 *     writes the deployment record and frontend/src/generated/deployment.ts;
 *  4. starts the dApp dev server (when frontend/ exists), prints URLs and dev accounts;
 *  5. on Ctrl-C (SIGINT/SIGTERM) stops everything it started.
 *
 * Options: --port <n> (8545)  --no-frontend  --exit (stop after setup)
 *          --sample <file>  --generated <file>  --deployment-id <id>
 * Env: PILOT_DEPLOYMENTS_DIR moves the deployment records (tests).
 */
import { existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatAccountsTable, curatedAccounts } from "./dev-accounts-table.js";
import { ensureLocalProgramme, readRegistry } from "./local-programme.js";
import { hasChildren, killAllNow, startChild, stopAll, type Child } from "./processes.js";
import { isRpcUp } from "../seed/rpc.js";
import { DEFAULT_SAMPLE_PATH, loadSample, SampleValidationError } from "../sample/validate.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const HOST = "127.0.0.1";
const BIN = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

interface Options {
  port: number;
  frontend: boolean;
  exitAfterSetup: boolean;
  sample: string;
  generated?: string;
  deploymentId?: string;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { port: 8545, frontend: true, exitAfterSetup: false, sample: DEFAULT_SAMPLE_PATH };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--port") opts.port = Number(value());
    else if (arg === "--no-frontend") opts.frontend = false;
    else if (arg === "--exit") opts.exitAfterSetup = true;
    else if (arg === "--sample") opts.sample = path.resolve(value());
    else if (arg === "--generated") opts.generated = path.resolve(value());
    else if (arg === "--deployment-id") opts.deploymentId = value();
    else throw new Error(`unknown option ${arg} (see scripts/start/start.ts)`);
  }
  if (!Number.isInteger(opts.port) || opts.port <= 0 || opts.port > 65535) throw new Error("--port: not a port number");
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

async function startNode(port: number): Promise<{ reused: boolean; log?: string }> {
  const url = `http://${HOST}:${port}`;
  if (await isRpcUp(url)) return { reused: true };
  mkdirSync(path.join(ROOT, "cache"), { recursive: true });
  const log = path.join(ROOT, "cache", `hardhat-node-${port}.log`);
  const out = openSync(log, "w");
  const child = startChild("hardhat node", BIN("hardhat"), ["node", "--hostname", HOST, "--port", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", out, out],
  });
  await waitFor(() => isRpcUp(url, 500), 90_000, child).catch((error: Error) => {
    throw new Error(`hardhat node on ${url}: ${error.message} (see ${path.relative(ROOT, log)})`);
  });
  return { reused: false, log };
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
  // eslint-disable-next-line no-control-regex
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

async function main(): Promise<number> {
  // from the start of this process (tsx and module loading included), not of main()
  const t0 = Math.round(performance.timeOrigin);
  const opts = parseArgs(process.argv.slice(2));
  const url = `http://${HOST}:${opts.port}`;
  const log = (line: string) => console.log(line);

  // 1. the sample, validated before any transaction
  const sample = await loadSample(opts.sample);
  log(`sample: ${sample.zones.length} zones, ${sample.entities.length} entities, ${sample.projects.length} projects, ${sample.attestations.length} attestations (valid)`);

  // 2. node (child process) and compilation (in-process), side by side
  const nodeReady = startNode(opts.port);
  const { default: hre } = await import("hardhat");
  const built = hre.tasks.getTask("build").run({ quiet: true, noTests: true });
  const [node] = await Promise.all([nodeReady, built]);
  log(node.reused ? `node: reusing the one listening on ${url}` : `node: started hardhat node on ${url} (log: ${path.relative(ROOT, node.log as string)}) in ${seconds(Date.now() - t0)}`);

  // 3. deploy / reuse, seed, generated file
  const programme = await ensureLocalProgramme({
    hre,
    url,
    sample,
    log,
    ...(opts.deploymentId ? { deploymentId: opts.deploymentId } : {}),
    ...(opts.generated ? { generatedFile: opts.generated } : {}),
  });
  const read = await readRegistry(url, programme.record.reader);
  const elapsed = Date.now() - t0;
  log(`wrote ${path.relative(ROOT, programme.generatedFile)}`);
  log(
    `READY: seeded, readable registry in ${seconds(elapsed)} — ${read.zones} zones, ${read.entities} entities, ${read.projects} projects, ` +
      `${programme.totals.attestations} attestations` +
      (programme.seeded ? ` (seeding: ${programme.seeded.transactions} transactions in ${programme.seeded.blocks} blocks, ${seconds(programme.seeded.ms)})` : ""),
  );

  // 4. the dApp
  let dappUrl: string | undefined;
  if (opts.frontend && !opts.exitAfterSetup) {
    if (existsSync(path.join(ROOT, "frontend", "package.json"))) dappUrl = await startFrontend();
    else log("dApp: frontend/ does not exist yet; skipping the dev server");
  }

  log("");
  log(`  JSON-RPC   ${url}   (chain ${programme.record.chainId})`);
  if (dappUrl) log(`  dApp       ${dappUrl}`);
  log(`  PilotProgramme  ${programme.record.programme}`);
  log(`  ProgrammeReader ${programme.record.reader}`);
  log("");
  log("Dev accounts (well-known Hardhat test keys: for this local chain ONLY, never for real funds):");
  log(formatAccountsTable(curatedAccounts(sample, programme.nodeAccounts)));
  log(`(${sample.accounts.length} accounts in all; every role label is in ${path.relative(ROOT, programme.generatedFile)})`);

  if (opts.exitAfterSetup || !hasChildren()) return 0;
  log("\nRunning. Press Ctrl-C to stop everything npm start started.");
  waiting = true;
  await stopRequested;
  log("stopping...");
  return 0;
}

// Ctrl-C (SIGINT) or SIGTERM: while running, main() returns and `finally` stops the children;
// during set-up, stop them right away. A synchronous exit still KILLs them.
let waiting = false;
const stopRequested = new Promise<void>((resolve) => {
  let seen = false;
  const onSignal = () => {
    if (seen) return;
    seen = true;
    resolve();
    if (!waiting) void stopAll().then(() => process.exit(130));
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
  await stopAll();
}
process.exit(code);
