/**
 * One seeded chain for the indexer's tests, shared by every file of test/indexer in a run: a
 * `hardhat node` on a free port of 127.0.0.1 (scripts/node/hardhat-node.ts), deployed and seeded with the sample exactly as
 * `npm start` does (scripts/start/start.ts --no-indexer --exit, records and Ignition journal in
 * temporary places), and one PGlite indexer over it. Started on first use; stopped, with its
 * temporary files, after the whole run (a root `after` hook), or killed if the process dies.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Contract, Interface, JsonRpcProvider } from "ethers";
import { pilotProgrammeAbi } from "@pilot/sdk/generated/abis";
import type { DeploymentRecord } from "../../../scripts/deploy/deployment-record.js";
import { startIndexer, type IndexerOptions, type RunningIndexer } from "../../../scripts/indexer/indexer-process.js";
import { blockNumber } from "../../../scripts/node/dev-methods.js";
import { startHardhatNode } from "../../../scripts/node/hardhat-node.js";
import { Rpc } from "../../../scripts/node/rpc.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const BIN = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

export interface SeededChain {
  url: string;
  dir: string;
  record: DeploymentRecord;
  rpc: Rpc;
  provider: JsonRpcProvider;
  programme: Contract;
  iface: Interface;
  /** The node's accounts (unlocked: eth_sendTransaction from any of them). */
  accounts: string[];
  head(): Promise<bigint>;
  /** Sends a programme call from `from` (an unlocked node account) and waits for it to be mined. */
  send(from: string, fn: string, args: unknown[]): Promise<{ hash: string; blockNumber: bigint }>;
}

const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    /* gone */
  }
}
process.on("exit", () => children.forEach(killGroup));

function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let output = "";
    child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
    child.once("exit", (code) => resolve({ code, output }));
  });
}

async function startChain(): Promise<SeededChain> {
  const dir = await mkdtemp(path.join(tmpdir(), "pilot-indexer-test-"));
  const deploymentId = `test-indexer-${process.pid}`;
  cleanups.push(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(path.join(ROOT, "ignition", "deployments", deploymentId), { recursive: true, force: true });
  });
  const node = await startHardhatNode();
  cleanups.push(() => node.stop());
  const { url, port } = node;

  const seeded = await runToEnd(
    BIN("tsx"),
    [
      "scripts/start/start.ts",
      "--port",
      String(port),
      "--no-frontend",
      "--no-indexer",
      "--exit",
      "--generated",
      path.join(dir, "deployment.ts"),
      "--deployment-id",
      deploymentId,
    ],
    { PILOT_DEPLOYMENTS_DIR: dir },
  );
  if (seeded.code !== 0) throw new Error(`seeding failed:\n${seeded.output}`);
  const record = JSON.parse(await readFile(path.join(dir, "chain-31337.json"), "utf8")) as DeploymentRecord;

  const rpc = new Rpc(url);
  const provider = new JsonRpcProvider(url, 31337, { staticNetwork: true, batchMaxCount: 1 });
  cleanups.push(async () => provider.destroy());
  const iface = new Interface(pilotProgrammeAbi);
  const programme = new Contract(record.programme, pilotProgrammeAbi, provider);
  const accounts = await rpc.call<string[]>("eth_accounts");
  return {
    url,
    dir,
    record,
    rpc,
    provider,
    programme,
    iface,
    accounts,
    head: () => blockNumber(rpc),
    send: async (from, fn, args) => {
      const hash = await rpc.call<string>("eth_sendTransaction", [{ from, to: record.programme, data: iface.encodeFunctionData(fn, args), gas: "0x1000000" }]);
      for (;;) {
        const receipt = await rpc.call<{ status: string; blockNumber: string } | null>("eth_getTransactionReceipt", [hash]);
        if (receipt) {
          if (receipt.status !== "0x1") throw new Error(`${fn} reverted (${hash})`);
          return { hash, blockNumber: BigInt(receipt.blockNumber) };
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

let chain: Promise<SeededChain> | undefined;
let indexer: Promise<RunningIndexer> | undefined;

/** The shared seeded chain (started on first call). */
export function seededChain(): Promise<SeededChain> {
  chain ??= startChain();
  return chain;
}

/** Starts an indexer over the shared chain; stopped after the run unless stopped before. */
export async function indexerOver(c: SeededChain, options: Partial<IndexerOptions> = {}): Promise<RunningIndexer> {
  const running = await startIndexer({
    rpcUrl: c.url,
    chainId: c.record.chainId,
    programme: c.record.programme as `0x${string}`,
    startBlock: c.record.deploymentBlock,
    dataDir: path.join(c.dir, "pglite"),
    ...options,
  });
  cleanups.push(() => running.stop());
  return running;
}

/** The shared PGlite indexer over the shared chain, caught up with its head. */
export function sharedIndexer(): Promise<RunningIndexer> {
  indexer ??= (async () => {
    const c = await seededChain();
    const running = await indexerOver(c);
    await running.waitForBlock(await c.head());
    return running;
  })();
  return indexer;
}

/** POSTs a GraphQL query to an indexer; throws on GraphQL errors. */
export async function graphql<T = Record<string, unknown>>(url: string, query: string): Promise<T> {
  const post = () => fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  // a pooled keep-alive socket the server has just closed fails a POST once ("other side closed"): retry that once
  const res = await post().catch(post);
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join("; ")}`);
  return body.data as T;
}

/** Every row of a GraphQL list, through its cursor pages. */
export async function graphqlAll<T>(url: string, list: string, args: string, fields: string): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const cursor: string = after ? `, after: "${after}"` : "";
    const data: Record<string, { items: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> = await graphql(
      url,
      `{ ${list}(limit: 1000${args ? `, ${args}` : ""}${cursor}) { items { ${fields} } pageInfo { hasNextPage endCursor } } }`,
    );
    const page = data[list] as { items: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    out.push(...page.items);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return out;
    after = page.pageInfo.endCursor;
  }
}

// after the whole mocha run (a root hook: registered when the first test file imports this module)
after(async function () {
  this.timeout(60_000);
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  children.forEach(killGroup);
});
